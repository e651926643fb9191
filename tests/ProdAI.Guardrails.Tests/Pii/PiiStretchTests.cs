using System.Reflection;
using System.Text;
using ProdAI.Guardrails.Pii;
using ProdAI.Guardrails.Tests.PromptInjection;

namespace ProdAI.Guardrails.Tests.Pii;

// The number, IP, wallet and secret patterns run only over stretches of text that can hold a match (PatternRecognizers
// .UseStretches). These tests switch that off and check, on every Presidio case and on generated text full of near
// misses, that the candidates and the detector's result are exactly those of the whole-text search.
[Collection(nameof(PrefilterCollection))]
public class PiiStretchTests
{
    private static readonly string[] Pieces =
    [
        "4012888888881881", "4012-8888-8888-1881", "4012 8888 8888 1881", "371449635398431", "078-05-1120", "078 05 1120", "078.05.1120", "078051120",
        "123-45-6789", "192.168.0.1", "10.0.0.256", "1.2.3.4.5", "01.02.03.04", "2001:db8::1", "fe80::1%eth0", "::1", "1:2:3:4:5:6:7:8", "10:30", "a:b:c",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "0x" + new string('a', 40), "0x" + new string('1', 39),
        "AKIAIOSFODNN7EXAMPLE", "ghp_" + new string('A', 36), "xoxb-1234567890-abcdef", "sk-" + new string('a', 24), "risk-" + new string('a', 24),
        "task-specific", "eyJhbGciOi.eyJzdWIiOi.SflKxwRJSMeKKF2QT4", "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----", "_sk-" + new string('b', 22),
        "+1 425 882 9090", "(425) 882-9090", "0341 8387176", "phone", "card", "ssn", "ip", "-", ".", " ", "  ", "\n", ":", "%", "_", "é", "ж", "x", "7",
        "1.8 microm2/ms", "n = 17", "1999-2004", "3.14159265358979", "12 345 678 901 234", "1-2-3-4-5-6-7-8-9-0-1-2", "......", "----------", "555 555 5555",
        "٥", "٤٥٦", "١٢٣-٤٥-٦٧٨٩", "１２３", "४५६", "x", "1.2.3.4٥x", "371449635398431٠x",
    ];

    public static TheoryData<string> PresidioTexts()
    {
        var data = new TheoryData<string>();
        foreach (string text in typeof(PresidioRecognizerCasesTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .Select(a => (string)a.GetData(null!).First()[0])
            .Distinct())
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PresidioTexts))]
    public void PresidioCases_FindTheSameAsTheWholeTextSearch(string text) => AssertSameAsWholeText(text);

    [Fact]
    public void GeneratedNearMisses_FindTheSameAsTheWholeTextSearch()
    {
        var random = new Random(20261127);
        int withEntities = 0;
        for (int n = 0; n < 1500; n++)
        {
            var text = new StringBuilder();
            int pieces = random.Next(1, 12);
            for (int p = 0; p < pieces; p++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    text.Append(random.Next(4) switch { 0 => " ", 1 => ", ", 2 => "\n", _ => "" });
                }
            }

            withEntities += AssertSameAsWholeText(text.ToString()) > 0 ? 1 : 0;
        }

        Assert.True(withEntities > 500, $"only {withEntities} generated texts held entities");
    }

    [Theory]
    [InlineData("1.2.3.4٥x")]
    [InlineData("1.2.3.٤")]
    [InlineData("123456789 123-45-678٩x")]
    [InlineData("١٢٣-٤٥-٦٧٨٩ 123456789")]
    [InlineData("371449635398431٠x")]
    [InlineData("٥ 4111 1111 1111 1111")]
    public void NonAsciiDigits_AreReadAsTheirDigits_AndNeverThrow(string text)
    {
        // Arabic-Indic, Devanagari and full-width digits are read as the ASCII digits they are (one character for one):
        // the result is the result of the same text in ASCII digits, at the same offsets.
        string ascii = string.Concat(text.Select(c => c > '\u007F' && char.IsDigit(c) ? (char)('0' + System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(c)) : c));
        Assert.Equal(PiiDetector.Default.Detect(ascii), PiiDetector.Default.Detect(text));
    }

    [Theory]
    [InlineData("Build it with ASP.NET Core and System.IO.File, then add using Microsoft.Extensions.AI;", false)]
    [InlineData("SELECT * FROM orders o JOIN users u ON o.user_id = u.id", false)]
    [InlineData("expect(x).to.be.true", false)]
    [InlineData("Visit example.com or Example.org for details.", true)]
    [InlineData("Short links like t.co and x.ai are hosts too.", true)]
    public void BareDomains_ThatAreNamesInCode_AreNotUrls(string text, bool expected)
    {
        Assert.Equal(expected, PiiDetector.Default.Detect(text).Any(e => e.Type == PiiEntityTypes.Url));
    }

    [Fact]
    public void FullWidthCard_IsFound_AtItsOffsets()
    {
        const string text = "カード番号は４０１２ ８８８８ ８８８８ １８８１です";
        PiiEntity card = Assert.Single(PiiDetector.Default.Detect(text), e => e.Type == PiiEntityTypes.CreditCard);
        Assert.Equal("４０１２ ８８８８ ８８８８ １８８１", text[card.Start..card.End]);
    }

    private static int AssertSameAsWholeText(string text)
    {
        List<PiiEntity> candidates = Candidates(text);
        IReadOnlyList<PiiEntity> detected = PiiDetector.Default.Detect(text);
        PatternRecognizers.UseStretches = false;
        try
        {
            Assert.Equal(Candidates(text), candidates);
            Assert.Equal(PiiDetector.Default.Detect(text), detected);
        }
        finally
        {
            PatternRecognizers.UseStretches = true;
        }

        return candidates.Count;
    }

    private static List<PiiEntity> Candidates(string text)
    {
        var found = new List<PiiEntity>();
        PatternRecognizers.NumberEntities(text, found);
        PatternRecognizers.IpAddresses(text, found);
        PatternRecognizers.CryptoWallets(text, found);
        PatternRecognizers.Secrets(text, found);
        return found;
    }
}
