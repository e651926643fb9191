using System.Collections.Frozen;
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
        // over the whole text costs ~30 µs per region per KB). A parse costs 4–30 µs per region: a number met again in the
        // same text (a signature, a table, a repeated run) is judged once.
        Dictionary<string, (double Score, string? Region)>? judged = null;
        string? first = null;
        (double Score, string? Region) firstVerdict = default;
        foreach (ValueMatch candidate in Candidate().EnumerateMatches(text))
        {
            int start = candidate.Index, end = candidate.Index + candidate.Length;
            string raw = text[start..end];

            // A date written just before the number joins the candidate ("2024-01-15 020 7946 0958"): the rest is the number.
            if (DatePrefix().Match(raw) is { Success: true } date && date.Length < raw.Length)
            {
                start += date.Length;
                raw = text[start..end];
            }

            int digits = PatternRecognizers.CountDigits(raw, int.MaxValue);
            if (digits is < 7 or > 21 || MostlySingleDigits(raw) || (raw[0] != '+' && DigitGroups(raw) > 5) || IsoDate().IsMatch(raw) || IsPostalCode(raw) ||
                (start > 0 && char.IsLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])) ||
                LooksLikeStreetAddress(text, start, end))
            {
                continue;
            }

            // The memo is made at the second candidate: a prompt with one number allocates nothing for it.
            (double Score, string? Region) verdict;
            if (first is null)
            {
                first = raw;
                verdict = firstVerdict = Check(raw);
            }
            else if (raw == first)
            {
                verdict = firstVerdict;
            }
            else if (!(judged ??= new Dictionary<string, (double, string?)>(StringComparer.Ordinal)).TryGetValue(raw, out verdict))
            {
                verdict = Check(raw);
                if (judged.Count < MaxJudged)
                {
                    judged[raw] = verdict;
                }
            }

            (double score, string? region) = verdict;
            if (score > 0.5 && IsFiveAndFive(raw) && AmongAddressWords(text, start, end))
            {
                score = 0.4; // "Cyprus (Greek) 72423 95287, Denmark": an Indian mobile's shape, but among address words
            }

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
                number = Util.ParseAndKeepRawInput(raw, region);
            }
            catch (NumberParseException)
            {
                continue;
            }

            if (Util.IsValidNumber(number))
            {
                string found = region == "ZZ" ? Util.GetRegionCodeForNumber(number) : region;
                if (!IsPlainlyGrouped(raw) || number.CountryCodeSource == PhoneNumber.Types.CountryCodeSource.FROM_NUMBER_WITH_IDD ||
                    HasConventionalGrouping(raw, number))
                {
                    return (0.9, found);
                }

                // "97197 6138", "20040 62314", "61864-1788": digit groups split the way no numbering plan that accepts the
                // digits writes them are as often a postcode, a ZIP+4 or a postcode next to a house number; without a
                // context word they stay unreported.
                if (!possible)
                {
                    possible = true;
                    possibleRegion = found;
                }

                continue;
            }

            if (!possible && Util.IsPossibleNumber(number))
            {
                possible = true;
                possibleRegion = region == "ZZ" ? Util.GetRegionCodeForNumber(number) : region;
            }
        }

        return possible ? (0.4, possibleRegion) : (0, null);
    }

    // Only digits, spaces, hyphens and slashes: no '+', brackets, dots or extension that would show a writer formatting a
    // phone number. A slash is the German habit of setting off the area code ("030/12345678", "0171/1234567").
    private static bool IsPlainlyGrouped(ReadOnlySpan<char> raw) =>
        raw.IndexOfAny(' ', '-', '/') >= 0 && raw.IndexOfAnyExcept(PlainGrouping) < 0;

    private static readonly System.Buffers.SearchValues<char> PlainGrouping = System.Buffers.SearchValues.Create(" -/0123456789");

    // True when every split in the raw text falls where the number's national format splits it, the first (area code)
    // split included; groups after it may be merged ("020-1234567" for "020 123 4567"). Examples: "0341 8387176" (DE),
    // "201-948-1927" and "1-201-948-1927" (US, with its national prefix 1). The trunk prefix "0" may be left out only where
    // the numbering plan's own format says it is optional ("98765 43210", an Indian mobile) — stricter than
    // libphonenumber's exact-grouping leniency, which always allows it.
    private static bool HasConventionalGrouping(string raw, PhoneNumber number)
    {
        List<int> rawSplits = Splits(raw, out int rawDigits);
        string formatted = Util.Format(number, PhoneNumberFormat.NATIONAL);
        List<int> splits = Splits(formatted, out int digits);
        string? prefix = Util.GetNddPrefixForRegion(Util.GetRegionCodeForNumber(number), stripNonDigits: true);
        if (rawDigits == digits + 1 && prefix is { Length: 1 } && raw.TrimStart()[0] == prefix[0])
        {
            Shift(rawSplits); // "1-201-948-1927": the national prefix written before a format that leaves it out
        }
        else if (digits == rawDigits + 1 && formatted.TrimStart('(')[0] == '0' && NationalPrefixOptional(number))
        {
            Shift(splits);
        }
        else if (digits != rawDigits)
        {
            return false;
        }

        if (splits.Count > 0 && !rawSplits.Contains(splits[0]))
        {
            return false; // groups may merge after the area code, not across it: "64389 0269" is no "643 89 02 69" (ES)
        }

        foreach (int split in rawSplits)
        {
            if (!splits.Contains(split))
            {
                return false;
            }
        }

        return true;

        static void Shift(List<int> positions)
        {
            for (int i = 0; i < positions.Count; i++)
            {
                positions[i]--;
            }

            positions.Remove(0);
        }
    }

    // Positions (counted in digits) where a digit group ends and another begins: "020 7946 0958" → [3, 7].
    private static List<int> Splits(string text, out int digits)
    {
        var splits = new List<int>(4);
        digits = 0;
        bool inGroup = false;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (!inGroup && digits > 0)
                {
                    splits.Add(digits);
                }

                inGroup = true;
                digits++;
            }
            else
            {
                inGroup = false;
            }
        }

        return splits;
    }

    // Whether the format libphonenumber picks for this number (by leading digits and pattern, as its
    // ChooseFormattingPatternForNumber does; not public in the C# port) marks the national prefix optional when formatting.
    private static bool NationalPrefixOptional(PhoneNumber number)
    {
        PhoneMetadata? metadata = Util.GetMetadataForRegion(Util.GetRegionCodeForNumber(number));
        if (metadata is null)
        {
            return false;
        }

        string significant = Util.GetNationalSignificantNumber(number);
        foreach (NumberFormat format in metadata.NumberFormatList)
        {
            int leading = format.LeadingDigitsPatternCount;
            if ((leading == 0 || PatternCache.Get("^(?:" + format.GetLeadingDigitsPattern(leading - 1) + ")").IsMatch(significant)) &&
                PatternCache.Get("^(?:" + format.Pattern + ")$").IsMatch(significant))
            {
                return format.NationalPrefixOptionalWhenFormatting;
            }
        }

        return false;
    }

    // libphonenumber's metadata patterns are small and few; each is compiled once. They run on a national number of at
    // most 21 digits, so backtracking is bounded (and the metadata may use constructs the non-backtracking engine lacks).
    private static class PatternCache
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

        public static Regex Get(string pattern) =>
            Patterns.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant));
    }

    // How many verdicts one text keeps (a bound on the memory a text of distinct numbers can take).
    private const int MaxJudged = 4096;

    // The digit groups of a candidate. A number written without its country code is split in at most five ("01 23 45 67 89",
    // "1-800-555-0100 x12"): six or more ("12 34 56 78 90 12 34", a table of numbers) is no number a person writes, and
    // parsing such runs in every region cost 1.3 s per MB.
    private static int DigitGroups(ReadOnlySpan<char> raw)
    {
        int groups = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            if (char.IsAsciiDigit(raw[i]) && (i == 0 || !char.IsAsciiDigit(raw[i - 1])))
            {
                groups++;
            }
        }

        return groups;
    }

    // Five groups of digits or more, most of them one digit long ("1-1-1-1-1-1-1", "3 . 1 4 1 5 9"): no numbering plan writes
    // a number so, and such runs, repeated, made libphonenumber parse a candidate every 14 characters (2 s per MB).
    private static bool MostlySingleDigits(string raw)
    {
        int groups = 0, singles = 0;
        for (int i = 0; i < raw.Length;)
        {
            if (!char.IsAsciiDigit(raw[i]))
            {
                i++;
                continue;
            }

            int run = i;
            while (i < raw.Length && char.IsAsciiDigit(raw[i]))
            {
                i++;
            }

            groups++;
            singles += i - run == 1 ? 1 : 0;
        }

        return groups >= 5 && singles * 2 > groups;
    }

    [GeneratedRegex(@"(?:\+\d{1,3}[ .-]?)?(?:\(0?\d{1,4}\)[ .-]?)?\d{1,5}(?:[ ./-]?\(?\d{1,5}\)?){1,6}(?: ?(?:x|ext\.?) ?\d{1,6})?", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"^\d{4}[-/]\d{2}[-/]\d{2}|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[0-9]{4}[-/][0-9]{2}[-/][0-9]{2} +", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();

    // How far around a number the address checks look (characters): words farther away say nothing about it.
    private const int AddressWindow = 64;

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
        int limit = Math.Min(text.Length, end + AddressWindow); // bounded: a text of nothing but numbers stays linear
        while (i < limit && words < 3)
        {
            while (i < limit && !char.IsLetter(text[i]))
            {
                if (text[i] == '\n')
                {
                    words = 3; // the address line ends here; still look at what came before
                    break;
                }

                i++;
            }

            int wordStart = i;
            while (i < limit && char.IsLetter(text[i]))
            {
                i++;
            }

            // A number in international format ("+44 20 7946 0958 via WhatsApp") is a phone number whatever street-like word
            // follows it; a phone label before it is not enough ("call a taxi to 17031 2202 Rissik St").
            if (words < 3 && i > wordStart && StreetWords.Contains(text[wordStart..i]))
            {
                if (text[start] == '+')
                {
                    break;
                }

                return true;
            }

            words++;
        }

        bool labelledAfter = PiiDetector.LabelledAfter(text, end, PiiDetector.PhoneLabelsAfter);
        // Not for numbers of ten digits or more with a trunk "0", or in the North American 3-3-4 shape: "UK 020 7946 0958",
        // "US 201-948-1927" and "020 7946 0958 Mon-Fri 9-5" are written as phone numbers are; "WY 77490-24609" as a postcode
        // is, and so are a pair of five-digit groups and shorter numbers even with a leading "0" ("TX 07459-09361",
        // "Armenia 05649-47697", "NH 0462 634", "Luxembourg 02563 2633": postcodes of the many regions that start them with 0).
        ReadOnlySpan<char> candidate = text.AsSpan(start, end - start);
        if (!labelledAfter && (text[start] != '0' || IsFiveAndFive(candidate) || PatternRecognizers.CountDigits(candidate, 10) < 10) &&
            IsPlainlyGrouped(candidate) && !IsNorthAmericanShape(candidate) &&
            (PrecededByPlaceName(text, start) || FollowedByStreetAndNumber(text, end)) &&
            !PiiDetector.ContainsAny(text.AsSpan(Math.Max(0, start - 24), Math.Min(start, 24)), PiiDetector.PhoneLabelsBefore, WindowStartsAWord(text, start - 24)))
        {
            return true;
        }

        ReadOnlySpan<char> before = text.AsSpan(Math.Max(0, start - 24), Math.Min(start, 24));
        // Upper-cased once, then each word searched ordinally (a case-insensitive LastIndexOf is a character-by-character
        // loop: 26 of them were about 1 µs a number).
        Span<char> upper = stackalloc char[24];
        upper = upper[..before.ToUpperInvariant(upper)];
        int lastAddressWord = -1;
        foreach ((string word, bool wholeWord) in AddressContext)
        {
            int at = ((ReadOnlySpan<char>)upper).LastIndexOf(word);
            if (at >= 0 && ((at > 0 && char.IsLetter(before[at - 1])) || (at == 0 && !WindowStartsAWord(text, start - 24))))
            {
                continue; // "reCEPtion", "disORDER": inside another word
            }

            int after = at + word.Length;
            if (at >= 0 && after < before.Length && char.IsLetter(before[after]) && char.IsLetter(word[^1]) &&
                (wholeWord || !(char.ToUpperInvariant(before[after]) == 'S' && (after + 1 == before.Length || !char.IsLetter(before[after + 1])))))
            {
                continue; // "licensed", "accountant", "ordered": not the identifier's label ("accounts", "orders" are)
            }

            lastAddressWord = Math.Max(lastAddressWord, at < 0 ? -1 : at + word.Length);
        }

        // "APO AA 61487 416 60 039 office", "Box 1225 DPO AE 44085 Mobile: 0688 843 79 56": a phone label between the
        // address word and the number, or right after the number, outweighs the address word.
        return lastAddressWord >= 0 && !labelledAfter &&
            !PiiDetector.ContainsAny(before[lastAddressWord..], PiiDetector.PhoneLabelsBefore, lastAddressWord > 0 || WindowStartsAWord(text, start - 24));
    }

    private static bool WindowStartsAWord(string text, int from) => from <= 0 || !char.IsLetter(text[from - 1]);

    // Three, three and four digits ("201 948 1927", "201-948-1927"), optionally after a leading "1".
    private static bool IsNorthAmericanShape(ReadOnlySpan<char> raw) => GroupsAre(raw, [3, 3, 4]) || GroupsAre(raw, [1, 3, 3, 4]);

    // Whether a street word ("Apt", "Suite", "Str.", "Drive" …) or a country's name is among the four words either side.
    private static bool AmongAddressWords(string text, int start, int end)
    {
        int i = start, words = 0;
        int low = Math.Max(0, start - AddressWindow), high = Math.Min(text.Length, end + AddressWindow);
        while (i > low && words < 4)
        {
            while (i > low && !char.IsLetter(text[i - 1]))
            {
                i--;
            }

            int wordEnd = i;
            while (i > low && char.IsLetter(text[i - 1]))
            {
                i--;
            }

            if (i < wordEnd && IsAddressWord(text.AsSpan(i, wordEnd - i)))
            {
                return true;
            }

            words++;
        }

        i = end;
        words = 0;
        while (i < high && words < 4)
        {
            while (i < high && !char.IsLetter(text[i]))
            {
                i++;
            }

            int wordStart = i;
            while (i < high && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > wordStart && IsAddressWord(text.AsSpan(wordStart, i - wordStart)))
            {
                return true;
            }

            words++;
        }

        return false;

        static bool IsAddressWord(ReadOnlySpan<char> word) =>
            StreetWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    // Two groups of five digits ("07459-09361", "60349 21143"): how address generators and forms write a postcode beside
    // another code; as a phone number only German and Indian plans split ten digits this way.
    private static bool IsFiveAndFive(ReadOnlySpan<char> raw) => GroupsAre(raw, [5, 5]);

    private static bool GroupsAre(ReadOnlySpan<char> raw, ReadOnlySpan<int> expected)
    {
        Span<int> groups = stackalloc int[5];
        int count = 0, run = 0;
        foreach (char c in raw)
        {
            if (char.IsAsciiDigit(c))
            {
                run++;
            }
            else if (run > 0)
            {
                if (count == groups.Length)
                {
                    return false;
                }

                groups[count++] = run;
                run = 0;
            }
        }

        if (run > 0 && count < groups.Length)
        {
            groups[count++] = run;
        }

        return groups[..count].SequenceEqual(expected);
    }

    // "Lake Hannatown, OR 61864-1788", "Kissousa, Cyprus 91815 0304": digits right after a state code (two capitals) or a
    // country's name sit where an address puts its postcode. Words that are also first names (Chad,
    // Jordan, Georgia, India …) are left out of the list.
    private static bool PrecededByPlaceName(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && (text[i] == ',' || char.IsWhiteSpace(text[i])))
        {
            i--;
        }

        int wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        ReadOnlySpan<char> word = text.AsSpan(i + 1, wordEnd - i - 1);
        if (word.IsEmpty || wordEnd == start)
        {
            return false;
        }

        return (word.Length == 2 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterUpper(word[1])) ||
            CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    // "95787 27534 Þorsteinsgata 63", "82590 15755\nArenales 9462": digits followed (on the same or the next line) by one
    // to three capitalised words and a house number read as a postcode written before a street.
    private static bool FollowedByStreetAndNumber(string text, int end)
    {
        int i = end, words = 0;
        while (words < 3)
        {
            int gap = i;
            while (i < text.Length && (text[i] is ' ' or '\t' || (words == 0 && text[i] is '\n' or '\r')))
            {
                i++;
            }

            if (i == gap || i >= text.Length || !char.IsUpper(text[i]))
            {
                i = gap;
                break;
            }

            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '.' or '-' or '\''))
            {
                i++;
            }

            words++;
        }

        if (words == 0 || i >= text.Length || text[i] is not (' ' or '\t'))
        {
            return false;
        }

        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        int digits = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - digits is >= 1 and <= 4 && (i >= text.Length || !char.IsLetterOrDigit(text[i]));
    }

    private static readonly FrozenSet<string> CountryWords =
        "afghanistan|africa|albania|algeria|andorra|angola|anguilla|antarctica|antilles|arabia|argentina|armenia|aruba|australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|barbuda|barthélemy|belarus|belgique|belgium|belize|benin|bermuda|bhutan|bissau|bolivia|bonaire|botswana|brasil|brazil|brazzaville|brunei|bulgaria|burma|burundi|caledonia|cambodia|cameroon|canada|chile|colombia|comoros|croatia|cuba|curaçao|cyprus|czech|czechia|danmark|denmark|deutschland|djibouti|dominica|ecuador|egypt|emirates|eritrea|españa|estonia|eswatini|ethiopia|fiji|finland|france|futuna|gabon|gambia|germany|ghana|gibraltar|greece|greenland|grenada|grenadines|guadeloupe|guam|guatemala|guernsey|guiana|guinea|guyana|haiti|herzegovina|honduras|hungary|iceland|indonesia|iran|iraq|ireland|island|islands|italia|italy|ivoire|jamahiriya|jamaica|japan|jersey|kazakhstan|kingdom|kinshasa|kiribati|kong|korea|kosovo|kuwait|kyrgyzstan|lanka|laos|latvia|lebanon|lesotho|leste|liberia|libya|liechtenstein|lithuania|luxembourg|maarten|macao|macau|macedonia|madagascar|malawi|malaysia|maldives|mali|malta|marino|martinique|mauritania|mauritius|mayen|mayotte|melilla|mexico|micronesia|miquelon|moldova|monaco|mongolia|montenegro|montserrat|morocco|mozambique|myanmar|namibia|nauru|nederland|nepal|netherlands|nevis|nicaragua|niger|nigeria|niue|norge|norway|oman|pakistan|palau|panama|paraguay|peru|philippines|pitcairn|poland|polska|polynesia|portugal|principe|príncipe|qatar|repubblica|republic|republik|republika|república|reunion|rica|rico|romania|russia|rwanda|république|réunion|sahara|samoa|schweiz|senegal|serbia|seychelles|singapore|slovakia|slovenia|somalia|spain|states|sudan|suisse|suomi|suriname|svalbard|sverige|swaziland|sweden|switzerland|syria|taiwan|tajikistan|tanzania|territories|territory|thailand|timor|tobago|togo|tokelau|tonga|tunisia|turkey|turkmenistan|tuvalu|türkiye|uganda|uk|ukraine|uruguay|usa|uzbekistan|vanuatu|vatican|venezuela|verde|vietnam|yemen|zambia|zealand|zimbabwe|österreich".Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "75534-030": a Brazilian CEP (five digits, hyphen, three) is a postal code; Brazilian phones are 4-4 or 5-4.
    // "61864-1788": a US ZIP+4 code; no numbering plan writes a phone number as 5-4 digits.
    private static bool IsPostalCode(string raw) =>
        raw.Length is 9 or 10 && raw[5] == '-' && raw.AsSpan(0, 5).IndexOfAnyExceptInRange('0', '9') < 0 && raw.AsSpan(6).IndexOfAnyExceptInRange('0', '9') < 0;

    // Words before a number that make it an address part or another identifier; the identity documents count only as whole
    // words ("licence", not "licensed"). Upper case: they are looked for in the upper-cased text before the number.
    private static readonly (string Word, bool WholeWord)[] AddressContext =
    [
        .. new[] { "apt", "suite", "address", "is at", "arrived at", "lives at", "located at", "live at", "box ", "apo ", "fpo ", "dpo ", "zip", "postal",
            "postcode", "post code", "cep", "card", "account", "iban", "order", "invoice" }.Select(w => (w.ToUpperInvariant(), false)),
        .. new[] { "licence", "license", "passport", "permit" }.Select(w => (w.ToUpperInvariant(), true)),
    ];

}
