using System.Buffers;
using PhoneNumbers;

namespace ProdAI.Guardrails.Pii;

/// <summary>
/// Telephone numbers in international format (+CC …) and in the national formats of the configured regions, found and
/// checked by libphonenumber (Google's metadata for every region). Skipped unless the text holds seven or more digits.
/// </summary>
internal sealed class PhoneRecognizer : IPiiRecognizer
{
    private const int MaxTries = 65_536;
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    private readonly IReadOnlyList<string> _regions;

    public PhoneRecognizer(IReadOnlyList<string> regions) => _regions = regions;

    public void Recognize(string text, List<PiiEntity> results)
    {
        if (CountDigits(text, 7) < 7)
        {
            return;
        }

        foreach (string region in _regions)
        {
            // POSSIBLE finds numbers of a plausible length; a number valid in the region's numbering plan scores 0.9, a merely
            // possible one 0.4, so it is reported only with a context word ("phone", "call" …) nearby.
            foreach (PhoneNumberMatch match in Util.FindNumbers(text, region, PhoneNumberUtil.Leniency.POSSIBLE, MaxTries))
            {
                if (CountDigits(match.RawString, int.MaxValue) < 7)
                {
                    continue; // "possible" short numbers are mostly house numbers, boxes and postcodes
                }

                int end = match.Start + match.Length;
                if ((match.Start > 0 && char.IsLetterOrDigit(text[match.Start - 1])) || (end < text.Length && char.IsLetter(text[end])))
                {
                    continue; // digits inside a token (hex strings, identifiers) are not phone numbers
                }

                if (LooksLikeStreetAddress(text, match.Start, end))
                {
                    continue;
                }

                double score = Util.IsValidNumber(match.Number) ? 0.9 : 0.4;
                results.Add(new PiiEntity(PiiEntityTypes.PhoneNumber, match.Start, match.Start + match.Length, score, region));
            }
        }
    }

    private static readonly HashSet<string> StreetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive", "dr", "boulevard", "blvd", "way", "court", "ct", "place", "pl",
        "crescent", "terrace", "highway", "hwy", "square", "sq", "parkway", "rue", "strasse", "straße", "str", "weg", "via", "calle", "avenida", "rua",
        "gade", "vej", "u", "utca", "laan", "straat", "apt", "suite", "box",
    };

    // "17151 2450 Crown St": a digit group followed within two words by a street word is a house number, not a phone.
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
                    return false;
                }

                i++;
            }

            int wordStart = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > wordStart && StreetWords.Contains(text[wordStart..i]))
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

    private static readonly string[] AddressContext = ["apt", "suite", "address", "is at", "arrived at", "zip", "postal", "postcode", "post code", "cep"];

    private static int CountDigits(ReadOnlySpan<char> text, int stopAt)
    {
        int count = 0, i;
        while ((i = text.IndexOfAny(Digits)) >= 0 && count < stopAt)
        {
            count++;
            text = text[(i + 1)..];
        }

        return count;
    }
}
