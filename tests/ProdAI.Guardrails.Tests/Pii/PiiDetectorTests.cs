using ProdAI.Guardrails.Pii;

namespace ProdAI.Guardrails.Tests.Pii;

public class PiiDetectorTests
{
    private static readonly PiiDetector Detector = PiiDetector.Default;

    private static PiiEntity Single(string text, string type)
    {
        IReadOnlyList<PiiEntity> found = Detector.Detect(text).Where(e => e.Type == type).ToList();
        return Assert.Single(found);
    }

    // Cases in the spirit of Presidio's recogniser tests (presidio-analyzer/tests/test_*_recognizer.py).
    [Theory]
    [InlineData("4012888888881881", "visa")]
    [InlineData("4012-8888-8888-1881", "visa")]
    [InlineData("4012 8888 8888 1881", "visa")]
    [InlineData("5555555555554444", "mastercard")]
    [InlineData("2223003122003222", "mastercard")]
    [InlineData("371449635398431", "amex")]
    [InlineData("30569309025904", "diners")]
    [InlineData("6011111111111117", "discover")]
    [InlineData("3530111333300000", "jcb")]
    public void CreditCard_ValidNumbers_Detected(string card, string issuer)
    {
        string text = $"my card is {card}, thanks";
        PiiEntity entity = Single(text, PiiEntityTypes.CreditCard);
        Assert.Equal(card, text[entity.Start..entity.End]);
        Assert.Equal(issuer, entity.Subtype);
        Assert.Equal(1.0, entity.Score);
    }

    [Theory]
    [InlineData("4012-8888-8888-1882")]   // Luhn fails
    [InlineData("1234567890123456")]      // no issuer, Luhn fails
    [InlineData("0000000000000000")]      // one repeated digit
    [InlineData("9111111111111111")]      // unknown issuer
    public void CreditCard_InvalidNumbers_NotDetected(string card)
    {
        Assert.DoesNotContain(Detector.Detect($"card {card}"), e => e.Type == PiiEntityTypes.CreditCard);
    }

    [Theory]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("DE89370400440532013000")]
    [InlineData("FR1420041010050500013M02606")]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("gb82west12345698765432")]
    public void Iban_Valid_DetectedWithExactSpan(string iban)
    {
        string text = $"Please wire it to {iban} today.";
        PiiEntity entity = Single(text, PiiEntityTypes.IbanCode);
        Assert.Equal(iban, text[entity.Start..entity.End]);
    }

    [Theory]
    [InlineData("GB82WEST12345698765433")] // mod-97 fails
    [InlineData("GB82WEST123456987654")]   // wrong length for GB
    [InlineData("XX82WEST12345698765432")] // unknown country
    public void Iban_Invalid_NotDetected(string iban)
    {
        Assert.DoesNotContain(Detector.Detect($"iban {iban}"), e => e.Type == PiiEntityTypes.IbanCode);
    }

    [Theory]
    [InlineData("078-05-1123")]
    [InlineData("536 90 4399")]
    [InlineData("536.90.4399")]
    public void UsSsn_Valid_Detected(string ssn) => Single($"SSN: {ssn}", PiiEntityTypes.UsSsn);

    [Theory]
    [InlineData("000-12-3456")]
    [InlineData("666-12-3456")]
    [InlineData("912-12-3456")]
    [InlineData("123-00-4567")]
    [InlineData("123-45-0000")]
    [InlineData("111-11-1111")]
    [InlineData("123-45.6789")]
    public void UsSsn_InvalidAreaGroupSerialOrSeparators_NotDetected(string ssn)
    {
        Assert.DoesNotContain(Detector.Detect($"my ssn is {ssn}"), e => e.Type == PiiEntityTypes.UsSsn);
    }

    [Fact]
    public void UsSsn_BareNineDigits_OnlyWithContext()
    {
        Assert.DoesNotContain(Detector.Detect("order 536904399 shipped"), e => e.Type == PiiEntityTypes.UsSsn);
        Single("social security number 536904399", PiiEntityTypes.UsSsn);
    }

    [Theory]
    [InlineData("info@presidio.site")]
    [InlineData("john.doe+tag@example.co.uk")]
    public void Email_Detected_AndWinsOverItsDomain(string email)
    {
        string text = $"write to {email} please";
        IReadOnlyList<PiiEntity> found = Detector.Detect(text);
        PiiEntity entity = Assert.Single(found);
        Assert.Equal(PiiEntityTypes.EmailAddress, entity.Type);
        Assert.Equal(email, text[entity.Start..entity.End]);
    }

    [Theory]
    [InlineData("Call me at (425) 882-9090")]
    [InlineData("my phone: +1 425 882 9090")]
    [InlineData("Tel +44 20 7946 0958")]
    [InlineData("Téléphone : +33 1 42 68 53 00")]
    [InlineData("ruf mich an: +49 30 2270 0")]
    [InlineData("Ligue para +55 11 91234-5678")]
    public void Phone_InternationalAndNational_Detected(string text) => Single(text, PiiEntityTypes.PhoneNumber);

    [Theory]
    [InlineData("The restaurant is at 17151 2450 Crown St")]
    [InlineData("It costs 42 dollars and weighs 7 kg")]
    [InlineData("My zip code is 90010-170")]
    [InlineData("Rua Augusta 1508\nSão Paulo\n, SP\n Brazil 75534-030")]
    [InlineData("75534-030")]
    public void Phone_HouseNumbersAndShortNumbers_NotDetected(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiEntityTypes.PhoneNumber);
    }

    // Plain digit groups written the way the numbering plan writes them, a national prefix before a format that omits it,
    // an optional trunk prefix left out, a label after the number or between an address word and the number.
    [Theory]
    [InlineData("0341 8387176", "0341 8387176")]
    [InlineData("020 7946 0958", "020 7946 0958")]
    [InlineData("201-948-1927", "201-948-1927")]
    [InlineData("1-201-948-1927", "1-201-948-1927")]
    [InlineData("020-1234567", "020-1234567")]
    [InlineData("98765 43210", "98765 43210")]
    [InlineData("001-518-640-0854", "001-518-640-0854")]
    [InlineData("Desk 9472 7916 mobile", "9472 7916")]
    [InlineData("PSC 3294, Box 9168 APO AA 61487\n416 60 039 office", "416 60 039")]
    [InlineData("Unit 5022 Box 1225 DPO AE 44085 Mobile: 0688 843 79 56", "0688 843 79 56")]
    [InlineData("Phone: 97197 6138", "97197 6138")]
    [InlineData("Offices: UK 020 7946 0958", "020 7946 0958")]
    [InlineData("Call 020 7946 0958 Mon-Fri 9-5", "020 7946 0958")]
    [InlineData("my new number is 98765 43210, save it", "98765 43210")]
    [InlineData("Ravi, 12 MG Road, Bengaluru. Mobile: 98765 43210", "98765 43210")]
    [InlineData("Zentrale Wolfsburg 05361 12345", "05361 12345")]
    [InlineData("License renewed. Call me at 372 440 431", "372 440 431")]
    [InlineData("Tel. 030/12345678", "030/12345678")]
    [InlineData("Mobil 0171/1234567, ab 18 Uhr", "0171/1234567")]
    [InlineData("Licensed electrician, 0171 1234567", "0171 1234567")]
    public void Phone_ConventionallyGroupedOrLabelled_Detected(string text, string phone)
    {
        PiiEntity entity = Single(text, PiiEntityTypes.PhoneNumber);
        Assert.Equal(phone, text[entity.Start..entity.End]);
    }

    // A context word counts only where a word starts: "tel" in "Tel:" raises a merely possible number, "tel" in "hotel" does not.
    [Fact]
    public void Phone_ContextWordInsideAnotherWord_DoesNotCount()
    {
        Assert.Single(Detector.Detect("Tel: 358 0594"), e => e.Type == PiiEntityTypes.PhoneNumber);
        Assert.DoesNotContain(Detector.Detect("Hotel room 358 0594"), e => e.Type == PiiEntityTypes.PhoneNumber);
        Assert.DoesNotContain(Detector.Detect("Castelo Branco, UT 9838-930"), e => e.Type == PiiEntityTypes.PhoneNumber);
    }

    // Postcodes and house numbers next to each other: split where no numbering plan that accepts the digits splits them,
    // a ZIP+4 code, digits after a state code or a country, digits after an address word.
    [Theory]
    [InlineData("Almussafes  Spain 97197 6138")]
    [InlineData("Susannafurt, BN 94787 24723")]
    [InlineData("Lake Hannatown, OR 61864-1788. Please call me when you're here.")]
    [InlineData("Colorado Springs , CO\n 70079 5521")]
    [InlineData("Kissousa  Cyprus 91815 0304")]
    [InlineData("Jarmila Fiedlerová lives at 5521 2274, ASKER")]
    [InlineData("PSC 6293, Box 8158 APO AP 04336 009, Belgium")]
    [InlineData("Stensås terrasse 38 64389 0269")]
    [InlineData("Order 201-948-1927, tell me when it ships")]
    [InlineData("2224 4596")]
    [InlineData("Billing address: Tzigane Lantos\n    82590 15755 Arenales 9462\n   Mazée")]
    [InlineData("95787 27534 Þorsteinsgata 63\nMOSS")]
    [InlineData("I'll meet you at 1955 Pine Road, TX 07459-09361 after the concert.")]
    [InlineData("The letter arrived at 6421 Main St, Swaziland 96092-10507 last night.")]
    [InlineData("lives at 1610 ul. Zakrzowska 92 Apt. 399, Cyprus (Greek) 72423 95287, Denmark")]
    [InlineData("Leipziger Str. 326\n    Montserrat     Fiss     06706-82319")]
    [InlineData("Hestemyrbråten 5 Tandvåg, NH 0462 634 Carlos Marginal")]
    [InlineData("14441 Hanifat Fall Apt. 110, Ebute Leki, Luxembourg 02563 2633")]
    [InlineData("I'll meet you at 1126 Summit Suite 614, Reunion 051-5204 after the concert.")]
    [InlineData("My driver's license number is 973841492")]
    [InlineData("My driver's license number is 372 440 431")]
    [InlineData("Passport: 09-221-0083")]
    public void Phone_AddressDigitGroups_NotDetected(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiEntityTypes.PhoneNumber);
    }

    // A list of numbers separated by " / " stays two numbers.
    [Fact]
    public void Phone_ListSeparatedBySlash_BothFound()
    {
        const string text = "Tel.: 0711 123456 / 0171 1234567";
        string[] phones = [.. Detector.Detect(text).Where(e => e.Type == PiiEntityTypes.PhoneNumber).Select(e => text[e.Start..e.End])];
        Assert.Equal(["0711 123456", "0171 1234567"], phones);
    }

    // Many numbers in one text: every address check looks a bounded distance around its number, so this stays linear.
    [Fact]
    public void Phone_ManyNumbers_FinishWithEveryNumberFound()
    {
        string text = string.Concat(Enumerable.Repeat("05361 12345, ", 20_000));
        Assert.Equal(20_000, Detector.Detect(text).Count(e => e.Type == PiiEntityTypes.PhoneNumber));
    }

    // Slashes set off an area code in German numbers; dates, fractions and URL paths with slashes stay what they are.
    [Theory]
    [InlineData("due on 2023/12/31 at the latest")]
    [InlineData("the ratio was 1234/5678 in the trial")]
    [InlineData("see https://example.com/2023/1234567 for details")]
    [InlineData("born 12/31/1999")]
    public void Phone_SlashedNonPhones_NotDetected(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiEntityTypes.PhoneNumber);
    }

    [Theory]
    [InlineData("192.168.0.1", "ipv4")]
    [InlineData("2001:db8:85a3::8a2e:370:7334", "ipv6")]
    [InlineData("fe80:0:0:0:200:f8ff:fe21:67cf", "ipv6")]
    public void IpAddress_Detected(string ip, string kind)
    {
        string text = $"server {ip} is down";
        PiiEntity entity = Single(text, PiiEntityTypes.IpAddress);
        Assert.Equal(ip, text[entity.Start..entity.End]);
        Assert.Equal(kind, entity.Subtype);
    }

    [Theory]
    [InlineData("999.1.1.1")]
    [InlineData("1.2.3")]
    [InlineData("01.02.03.04")]
    [InlineData("meet at 10:30:00")]
    public void IpAddress_Invalid_NotDetected(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiEntityTypes.IpAddress);
    }

    [Theory]
    [InlineData("see https://microsoft.com/path?x=1.", "https://microsoft.com/path?x=1")]
    [InlineData("visit www.microsoft.com today", "www.microsoft.com")]
    [InlineData("the site microsoft.com is up", "microsoft.com")]
    [InlineData("My website is виктор.рф", "виктор.рф")]
    [InlineData("Сайт: ПРЕЗИДЕНТ.РФ", "ПРЕЗИДЕНТ.РФ")]
    [InlineData("рф и р.ф, потом сайт.Рф и всё", "сайт.Рф")]
    [InlineData("see www.münchen.de/rathaus for hours", "www.münchen.de/rathaus")]
    [InlineData("I've shared files with you tamāra.lv", "tamāra.lv")]
    [InlineData("Website: ευάγγελος.net.", "ευάγγελος.net")]
    [InlineData("请访问example.com。", "example.com")]
    [InlineData("Website: 현우.net", "현우.net")]
    [InlineData("看 https://zh.wikipedia.org/wiki/中国 吧", "https://zh.wikipedia.org/wiki/中国")]
    public void Url_AndDomains_DetectedWithoutTrailingPunctuation(string text, string expected)
    {
        PiiEntity entity = Single(text, PiiEntityTypes.Url);
        Assert.Equal(expected, text[entity.Start..entity.End]);
    }

    [Theory]
    [InlineData("no keyword here", -1)]
    [InlineData("р.ф рф", -1)]
    [InlineData("a.рф", 1)]
    [InlineData("a.РФ then www.b.com", 1)]
    [InlineData("www.b.com then a.рф", 0)]
    [InlineData("x.р", -1)]
    [InlineData("x.рy.ф.Рф", 6)]
    public void UrlKeyword_CyrillicDomain_FoundApartFromTheAsciiSet(string text, int expected)
    {
        Assert.Equal(expected, PatternRecognizers.IndexOfUrlKeyword(text));
    }

    // File names and member accesses whose extension is also a top-level domain stay out of the bare-domain list.
    [Theory]
    [InlineData("edit src/main.rs and lib.rs")]
    [InlineData("print(user.name) then os.path.name")]
    [InlineData("the class div.bg sets the colour")]
    public void Url_FileNamesAndMemberAccess_NotDetected(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Type == PiiEntityTypes.Url);
    }

    [Theory]
    [InlineData("1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "bitcoin")]
    [InlineData("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bitcoin")]
    [InlineData("0x742d35Cc6634C0532925a3b844Bc454e4438f44e", "ethereum")]
    public void Crypto_ValidAddresses_Detected(string address, string kind)
    {
        PiiEntity entity = Single($"send to {address}", PiiEntityTypes.Crypto);
        Assert.Equal(kind, entity.Subtype);
    }

    [Theory]
    [InlineData("1BoatSLRHtKNngkdXEeobR76b53LETtpyX")]         // base58check fails
    [InlineData("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx")]  // bech32 checksum fails
    public void Crypto_BadChecksum_NotDetected(string address)
    {
        Assert.DoesNotContain(Detector.Detect($"send to {address}"), e => e.Type == PiiEntityTypes.Crypto);
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE", "aws_access_key")]
    [InlineData("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "github_token")]
    [InlineData("xoxb-123456789012-1234567890123-abcdefghijklmnop", "slack_token")]
    [InlineData("sk-proj-abcdefghijklmnopqrstuvwxyz1234", "openai_api_key")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "jwt")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----", "private_key")]
    public void Secrets_Detected(string secret, string kind)
    {
        string text = $"config: {secret} end";
        PiiEntity entity = Single(text, PiiEntityTypes.Secret);
        Assert.Equal(secret, text[entity.Start..entity.End]);
        Assert.Equal(kind, entity.Subtype);
    }

    [Fact]
    public void Detect_EntityTypesOption_FiltersTypes()
    {
        var detector = new PiiDetector(new PiiDetectorOptions { EntityTypes = [PiiEntityTypes.EmailAddress] });
        IReadOnlyList<PiiEntity> found = detector.Detect("mail a@b.com, card 4012888888881881");
        Assert.Equal(PiiEntityTypes.EmailAddress, Assert.Single(found).Type);
    }

    [Fact]
    public void Detect_AdversarialInputs_BoundedDefinedResults()
    {
        string[] inputs =
        [
            new string('1', 200_000), string.Concat(Enumerable.Repeat("1-", 100_000)), string.Concat(Enumerable.Repeat("a@", 100_000)),
            string.Concat(Enumerable.Repeat(":", 200_000)), "GB82" + new string('A', 200_000),
            "eyJ" + new string('a', 100_000) + ".eyJ" + new string('b', 100_000),
            new string('\u200B', 1_000_000), "a\uD800b\uDC00c 4012888888881881",
        ];
        foreach (string input in inputs[..^1])
        {
            // Runs that cannot form a valid entity: the detector returns, and finds nothing.
            Assert.Empty(Detector.Detect(input));
        }

        // A private key's opening line before 200,000 base64 characters and no closing line: a key pasted in part, redacted
        // from its opening line over at most 64 KB of its body.
        Assert.Empty(Detector.Detect("-----BEGIN PRIVATE KEY-----" + new string('x', 200_000))); // no line break: not a key body
        string header = "-----BEGIN PRIVATE KEY-----\n" + new string('x', 200_000);
        PiiEntity key = Assert.Single(Detector.Detect(header));
        Assert.Equal((PiiEntityTypes.Secret, 0, 65_536), (key.Type, key.Start, key.End));

        // "1.1.1.1.1…" holds real IPv4 addresses and nothing else.
        string dotted = string.Concat(Enumerable.Repeat("1.", 100_000));
        IReadOnlyList<PiiEntity> addresses = Detector.Detect(dotted);
        Assert.NotEmpty(addresses);
        Assert.All(addresses, e => Assert.Equal((PiiEntityTypes.IpAddress, "1.1.1.1"), (e.Type, dotted[e.Start..e.End])));

        // Unpaired surrogates around a real card: it is still found, with an exact span.
        string mixed = inputs[^1];
        PiiEntity card = Assert.Single(Detector.Detect(mixed));
        Assert.Equal("4012888888881881", mixed[card.Start..card.End]);

        Assert.All(PatternRecognizersAccess.All, p => Assert.True(p.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking)));
    }

    [Fact]
    public void Detect_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Detector.Detect(null!));
}

internal static class PatternRecognizersAccess
{
    public static System.Text.RegularExpressions.Regex[] All => ProdAI.Guardrails.Pii.PatternRecognizers.All;
}
