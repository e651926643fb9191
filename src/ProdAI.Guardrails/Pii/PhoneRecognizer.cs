using System.Text.RegularExpressions;
using PhoneNumbers;

namespace ProdAI.Guardrails.Pii;

/// <summary>
/// Telephone numbers in international format (+CC …) and in the national formats of the configured regions, found and
/// checked by libphonenumber (Google's metadata for every region). Skipped unless the text holds seven or more digits.
/// </summary>
internal sealed partial class PhoneRecognizer : IPiiRecognizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private readonly IReadOnlyList<string> _regions;

    public PhoneRecognizer(IReadOnlyList<string> regions) => _regions = regions;

    public void Recognize(string text, List<PiiEntity> results)
    {
        if (PatternRecognizers.CountDigits(text, 7) < 7)
        {
            return;
        }

        // Cheap linear-time candidates first; libphonenumber parses only those (running its own matcher once per region
        // over the whole text costs ~30 µs per region per KB).
        foreach (ValueMatch candidate in Candidate().EnumerateMatches(text))
        {
            int start = candidate.Index, end = candidate.Index + candidate.Length;
            string raw = text[start..end];
            int digits = PatternRecognizers.CountDigits(raw, int.MaxValue);
            if (digits is < 7 or > 21 || IsoDate().IsMatch(raw) || IsBrazilianPostalCode(raw) ||
                (start > 0 && char.IsLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])) ||
                LooksLikeStreetAddress(text, start, end))
            {
                continue;
            }

            (double score, string? region) = Check(raw);
            if (score > 0)
            {
                results.Add(new PiiEntity(PiiEntityTypes.PhoneNumber, start, end, score, region));
            }
        }
    }

    // A number valid in a region's numbering plan scores 0.9; a merely possible one 0.4, so it is reported only with a
    // context word ("phone", "call" …) nearby.
    private (double Score, string? Region) Check(string raw)
    {
        bool possible = false;
        string? possibleRegion = null;
        IEnumerable<string> regions = raw.StartsWith('+') ? ["ZZ"] : _regions;
        foreach (string region in regions)
        {
            PhoneNumber number;
            try
            {
                number = Util.Parse(raw, region);
            }
            catch (NumberParseException)
            {
                continue;
            }

            if (Util.IsValidNumber(number))
            {
                return (0.9, region == "ZZ" ? Util.GetRegionCodeForNumber(number) : region);
            }

            if (!possible && Util.IsPossibleNumber(number))
            {
                possible = true;
                possibleRegion = region == "ZZ" ? Util.GetRegionCodeForNumber(number) : region;
            }
        }

        return possible ? (0.4, possibleRegion) : (0, null);
    }

    [GeneratedRegex(@"(?:\+\d{1,3}[ .-]?)?(?:\(0?\d{1,4}\)[ .-]?)?\d{1,5}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?: ?(?:x|ext\.?) ?\d{1,6})?", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    private static readonly HashSet<string> StreetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive", "dr", "boulevard", "blvd", "way", "court", "ct", "place", "pl",
        "crescent", "terrace", "highway", "hwy", "square", "sq", "parkway", "rue", "strasse", "straße", "str", "weg", "via", "calle", "avenida", "rua",
        "gade", "vej", "u", "utca", "laan", "straat", "apt", "suite", "box",
    };

    // "17151 2450 Crown St": a digit group followed within two words by a street word is a house number, not a phone;
    // one right after "apt", "zip", "card", "account" … is an address part or another identifier.
    private static bool LooksLikeStreetAddress(string text, int start, int end)
    {
        int words = 0;
        int i = end;
        while (i < text.Length && words < 3)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                if (text[i] == '\n')
                {
                    words = 3; // the address line ends here; still look at what came before
                    break;
                }

                i++;
            }

            int wordStart = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (words < 3 && i > wordStart && StreetWords.Contains(text[wordStart..i]))
            {
                return true;
            }

            words++;
        }

        ReadOnlySpan<char> before = text.AsSpan(Math.Max(0, start - 24), Math.Min(start, 24));
        foreach (string word in AddressContext)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "75534-030": a Brazilian CEP (five digits, hyphen, three) is a postal code; Brazilian phones are 4-4 or 5-4.
    private static bool IsBrazilianPostalCode(string raw) =>
        raw.Length == 9 && raw[5] == '-' && raw.AsSpan(0, 5).IndexOfAnyExceptInRange('0', '9') < 0 && raw.AsSpan(6).IndexOfAnyExceptInRange('0', '9') < 0;

    private static readonly string[] AddressContext =
        ["apt", "suite", "address", "is at", "arrived at", "zip", "postal", "postcode", "post code", "cep", "card", "account", "iban", "order", "invoice"];

}
