using ProdAI.Guardrails.Pii;

namespace ProdAI.Guardrails.Tests.Pii;

// Found by a review of the recognisers (2026-11-27).
public class PiiReviewTests
{
    [Theory]
    [InlineData("Card: 4111111111111111 12/28", 6, 22)]
    [InlineData("4111 1111 1111 1111 123", 0, 19)]
    [InlineData("Qty 2 4111 1111 1111 1111", 6, 25)]
    [InlineData("Order 88231 4111 1111 1111 1111", 12, 31)] // 21 digits in a row: the pattern's first candidate ends inside the card
    [InlineData("Ref 12 345 678 4111 1111 1111 1111 paid", 15, 34)]
    public void Card_NextToAShortDigitGroup_IsStillFound(string text, int start, int end)
    {
        PiiEntity card = Assert.Single(PiiDetector.Default.Detect(text), e => e.Type == PiiEntityTypes.CreditCard);
        Assert.Equal((start, end), (card.Start, card.End));
    }

    // Eighteenth session: cards are printed in one piece or in groups of three digits or more but the last; a run of one- and
    // two-digit groups is a table of numbers, and one in ten such runs passes the checksum (4012888888881881 below).
    [Theory]
    [InlineData("Scores: 40 12 88 88 88 88 18 81")]
    [InlineData("bits 4 0 1 2 8 8 8 8 8 8 8 8 1 8 8 1 end")]
    [InlineData("40-12-88-88-88-88-18-81")]
    [InlineData("version 4.012.888.888.881.881 and pi 4.012888888881881")]
    public void RunOfShortDigitGroups_IsNoCardAndNoPhone(string text) => Assert.Empty(PiiDetector.Default.Detect(text));

    // Found whole, with their exact span: cards in their printed groups (an 18-digit Maestro's last group of two included);
    // digits grouped with a no-break, narrow no-break or thin space (web pages, French typography) as with a space;
    // internationalised e-mail addresses (RFC 6531), not from their last ASCII letters.
    [Theory]
    [InlineData("Maestro 6759-9615-1618-7815-59 on file", PiiEntityTypes.CreditCard, "6759-9615-1618-7815-59")]
    [InlineData("Visa 4012 8888 8888 1881 exp 12", PiiEntityTypes.CreditCard, "4012 8888 8888 1881")]
    [InlineData("Amex 3714 496353 98431.", PiiEntityTypes.CreditCard, "3714 496353 98431")]
    [InlineData("Paid with 4012.8888.8888.1881 today.", PiiEntityTypes.CreditCard, "4012.8888.8888.1881")]
    [InlineData("Carte : 4012\u00A08888\u00A08888\u00A01881.", PiiEntityTypes.CreditCard, "4012\u00A08888\u00A08888\u00A01881")]
    [InlineData("Tél. : 06\u202F12\u202F34\u202F56\u202F78", PiiEntityTypes.PhoneNumber, "06\u202F12\u202F34\u202F56\u202F78")]
    [InlineData("SSN 078\u200905\u20091120 on file", PiiEntityTypes.UsSsn, "078\u200905\u20091120")]
    [InlineData("Écrivez à josé.garcía@correo.es demain.", PiiEntityTypes.EmailAddress, "josé.garcía@correo.es")]
    [InlineData("Пишите: иван@пример.рф", PiiEntityTypes.EmailAddress, "иван@пример.рф")]
    [InlineData("联系 用户@例子.广告 即可", PiiEntityTypes.EmailAddress, "用户@例子.广告")]
    [InlineData("mail müller@bücher.de now", PiiEntityTypes.EmailAddress, "müller@bücher.de")]
    public void Entity_IsFoundWhole(string text, string type, string expected)
    {
        PiiEntity found = Assert.Single(PiiDetector.Default.Detect(text), e => e.Type == type);
        Assert.Equal(expected, text[found.Start..found.End]);
    }

    // Mir (2200–2204) and RuPay (81, 82) cards are in the issuer table.
    [Theory]
    [InlineData("Карта 2200 1234 5600 0003", "2200 1234 5600 0003", "mir")]
    [InlineData("RuPay 8112 3456 7800 0008", "8112 3456 7800 0008", "rupay")]
    public void MirAndRuPayCards_AreFound(string text, string card, string issuer)
    {
        PiiEntity found = Assert.Single(PiiDetector.Default.Detect(text), e => e.Type == PiiEntityTypes.CreditCard);
        Assert.Equal((card, issuer), (text[found.Start..found.End], found.Subtype));
    }

    // A national number written in six digit groups or more is a table, not a phone; with its country code it may be one.
    [Fact]
    public void NationalNumberInSixGroups_IsNoPhone_InternationalIs()
    {
        Assert.DoesNotContain(PiiDetector.Default.Detect("call 0 20 79 46 09 58 now"), e => e.Type == PiiEntityTypes.PhoneNumber);
        PiiEntity phone = Assert.Single(PiiDetector.Default.Detect("call +33 1 23 45 67 89 now"), e => e.Type == PiiEntityTypes.PhoneNumber);
        Assert.Equal((5, 22), (phone.Start, phone.End));
    }

    // Found by the seventeenth session's review: numbers that are plainly phones were taken for parts of addresses.
    [Theory]
    [InlineData("Reach me on +44 20 7946 0958 via WhatsApp.", "+44 20 7946 0958")]
    [InlineData("Reception: +44 20 7946 0958", "+44 20 7946 0958")]
    [InlineData("Call Dr Jones on +1 212 555 0147 way before noon.", "+1 212 555 0147")]
    public void PlainlyAPhone_IsNotTakenForAnAddress(string text, string phone)
    {
        PiiEntity found = Assert.Single(PiiDetector.Default.Detect(text), e => e.Type == PiiEntityTypes.PhoneNumber);
        Assert.Equal(phone, text[found.Start..found.End]);
    }

    [Theory]
    [InlineData("x = arr[::2] + arr[1::2]")]
    [InlineData("evens = s[::2]; odds = s[1::2]")]
    public void PythonSlices_AreNotIpv6Addresses(string text) =>
        Assert.DoesNotContain(PiiDetector.Default.Detect(text), e => e.Type == PiiEntityTypes.IpAddress);

    [Theory]
    [InlineData("Server at fe80::1 and 2001:db8::5 answered.", 2)]
    public void CompressedIpv6WithAHexPrefix_IsStillFound(string text, int count) =>
        Assert.Equal(count, PiiDetector.Default.Detect(text).Count(e => e.Type == PiiEntityTypes.IpAddress));

    [Fact]
    public void Secrets_PgpBlocks_UnterminatedPemBlocks_AndAwsSecretKeys_AreFound()
    {
        const string Pgp = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGV1c2VyAQgAx9k2\n=abcd\n-----END PGP PRIVATE KEY BLOCK-----";
        PiiEntity pgp = Assert.Single(PiiDetector.Default.Detect("key: " + Pgp), e => e.Type == PiiEntityTypes.Secret);
        Assert.Equal(Pgp, ("key: " + Pgp)[pgp.Start..pgp.End]);

        const string Cut = "Here it is:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi\nZ1BjP5CE/Wm/Rr500P\n\nthat's all I have";
        PiiEntity cut = Assert.Single(PiiDetector.Default.Detect(Cut), e => e.Type == PiiEntityTypes.Secret);
        Assert.Contains("Rr500P", Cut[cut.Start..cut.End], StringComparison.Ordinal);
        Assert.DoesNotContain("all I have", Cut[cut.Start..cut.End], StringComparison.Ordinal);

        const string Aws = "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n";
        var secrets = PiiDetector.Default.Detect(Aws).Where(e => e.Type == PiiEntityTypes.Secret).Select(e => Aws[e.Start..e.End]).ToList();
        Assert.Equal(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"], secrets);
    }

    [Fact]
    public void AnEntityInsideAnother_LeavesTheContainer_NotTheRestOfItInTheText()
    {
        const string Text = "Reset here: https://app.example.com/reset?token=9f8e7d6c5b4a&email=jane@x.com today.";
        PiiEntity url = Assert.Single(PiiDetector.Default.Detect(Text));
        Assert.Equal(PiiEntityTypes.Url, url.Type);
        Assert.DoesNotContain("9f8e7d6c5b4a", new PiiRedactor().Redact(Text, PiiOperator.Placeholder), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1-1-1-1-1-1-1-1-1")]
    [InlineData("Pi is 3 . 1 4 1 5 9 2 6")]
    public void RunsOfSingleDigits_AreNotPhoneNumbers(string text) =>
        Assert.DoesNotContain(PiiDetector.Default.Detect(text), e => e.Type == PiiEntityTypes.PhoneNumber);

    [Theory]
    [InlineData("std::vector<int> v; std::cout << v.size();")]
    [InlineData("Call Foo::Bar::baz() from the controller.")]
    [InlineData("impl Display for a::b::c {}")]
    public void ScopeOperatorsInCode_AreNotIpv6Addresses(string text) =>
        Assert.DoesNotContain(PiiDetector.Default.Detect(text), e => e.Type == PiiEntityTypes.IpAddress);

    [Fact]
    public void Ipv4MappedIpv6_IsOneAddress_NoOctetLeftOver()
    {
        const string text = "The client connected from ::ffff:192.0.2.1 at noon.";
        PiiEntity ip = Assert.Single(PiiDetector.Default.Detect(text), e => e.Type == PiiEntityTypes.IpAddress);
        Assert.Equal("::ffff:192.0.2.1", text[ip.Start..ip.End]);
        Assert.Equal("The client connected from <IP_ADDRESS> at noon.", new PiiRedactor().Redact(text, PiiOperator.Placeholder));
    }

    [Fact]
    public void Bech32Address_InUpperCase_IsFound() =>
        Assert.Contains(PiiDetector.Default.Detect("Send it to BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ please."), e => e.Type == PiiEntityTypes.Crypto);

    [Fact]
    public void AMegabyteOfAddresses_IsResolvedInLinearTime()
    {
        // 150,000 candidates: the overlap check used to compare each with every entity kept before it.
        string text = string.Concat(Enumerable.Repeat("a@b.cc ", 150_000));
        IReadOnlyList<PiiEntity> found = PiiDetector.Default.Detect(text);
        Assert.Equal(150_000, found.Count(e => e.Type == PiiEntityTypes.EmailAddress));
    }

    [Fact]
    public void UrlWithAnAt_IsAUrl_AndAnAddressStaysAnAddress()
    {
        Assert.Contains(PiiDetector.Default.Detect("Follow https://mastodon.social/@alice for updates."), e => e.Type == PiiEntityTypes.Url);
        IReadOnlyList<PiiEntity> mail = PiiDetector.Default.Detect("Write to jane.doe@example.com, please.");
        Assert.Equal(PiiEntityTypes.EmailAddress, Assert.Single(mail).Type);
    }

    [Fact]
    public void PhoneNumber_RightAfterADate_IsFound()
    {
        const string text = "Call logged 2024-01-15 020 7946 0958 by the desk.";
        PiiEntity phone = Assert.Single(PiiDetector.Default.Detect(text), e => e.Type == PiiEntityTypes.PhoneNumber);
        Assert.Equal("020 7946 0958", text[phone.Start..phone.End]);
    }
}
