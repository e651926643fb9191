using System.Collections.Frozen;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ProdAI.Guardrails.Internal;

namespace ProdAI.Guardrails.Pii;

/// <summary>
/// The built-in pattern recognisers. Every pattern is source-generated and runs with
/// <see cref="RegexOptions.NonBacktracking"/> (linear time); a match becomes an entity only after validation (checksum,
/// issuer range, reserved-number rules, address parsing) — the pattern only proposes candidates.
/// </summary>
internal static partial class PatternRecognizers
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // Digits are ASCII digits ([0-9], not \d, which also matches Arabic-Indic, Devanagari or full-width digits): the
    // validators parse them as ASCII, and the stretches the patterns run over are made of ASCII digits and separators.

    [GeneratedRegex(@"\b[0-9](?:[ .-]?[0-9]){11,18}\b", Options)]
    private static partial Regex CardCandidate();

    [GeneratedRegex(@"\b[0-9]{3}[- .][0-9]{2}[- .][0-9]{4}\b|\b[0-9]{9}\b", Options)]
    private static partial Regex SsnCandidate();

    // Internationalised addresses too (RFC 6531: "josé.garcía@correo.es", "иван@пример.рф", "用户@例子.广告"): a local part or
    // domain with letters of any script is as personal as an ASCII one, and matching only its ASCII tail left the name.
    [GeneratedRegex(@"\b[\p{L}\p{M}\p{N}._%+-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)*\.\p{L}[\p{L}\p{M}]{1,23}\b", Options)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}\b", Options)]
    private static partial Regex Ipv4Candidate();

    [GeneratedRegex(@"(?:[0-9A-Fa-f]{0,4}:){2,6}(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%[0-9A-Za-z]+)?", Options)]
    private static partial Regex Ipv6Candidate();

    [GeneratedRegex(@"\b(?:https?|ftp)://[^\s<>""'\]\[{}|\\^`]+|\bwww\.[\p{L}\p{Mn}0-9-]+(?:\.[\p{L}\p{Mn}0-9-]+)+[^\s<>""']*|\b[\p{L}\p{Mn}0-9-]+(?:\.[\p{L}\p{Mn}0-9-]+)*\.(?:com|org|net|edu|gov|io|co|uk|de|fr|es|it|br|pt|nl|se|ch|ru|cn|jp|in|au|ca|us|info|biz|mobi|asia|ai|app|dev|eu|be|at|pl|cz|sk|si|hr|ee|lv|lt|lu|is|dk|no|fi|ie|nz|mx|ar|cl|za|il|kr|tw|hk|sg|tr|gr|hu|ro|ua|by|kz|az|ge|vn|th|id|my|ph|sa|ae|eg|ng|ke|ly|me|tv|to|gg|рф)\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex UrlCandidate();

    [GeneratedRegex(@"\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\b|\b(?:[bB][cC]|[tT][bB])1[a-zA-HJ-NP-Z0-9]{11,71}\b|\b0x[a-fA-F0-9]{40}\b", Options)]
    private static partial Regex CryptoCandidate();

    [GeneratedRegex(
        @"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{36,255}\b|\bgithub_pat_[A-Za-z0-9_]{22,255}\b|\bxox[abprs]-[A-Za-z0-9-]{10,255}\b" +
        @"|\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,255}\b|\bsk-ant-[A-Za-z0-9_-]{20,255}\b|\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}" +
        @"|-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----",
        Options)]
    private static partial Regex SecretCandidate();

    // A private key's opening line (PEM or PGP), for blocks whose closing line is missing (a key pasted in part).
    [GeneratedRegex(@"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----", Options)]
    private static partial Regex PrivateKeyHeader();

    // An AWS secret access key: 40 characters of base64 after its name (credentials file, environment, JSON, code).
    [GeneratedRegex(@"(?i:aws_?secret_?access_?key|secret_?access_?key|aws_?secret(?:_?key)?)[""']?\s*[:=]\s*[""']?(?<key>[A-Za-z0-9/+]{40})", Options)]
    private static partial Regex AwsSecretKey();

    private static readonly FrozenDictionary<string, int> IbanLengths = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22, ["BI"] = 27, ["BR"] = 29,
        ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DJ"] = 27, ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29,
        ["ES"] = 24, ["FI"] = 18, ["FK"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27, ["GT"] = 28,
        ["HN"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26, ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20,
        ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["LY"] = 25, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19,
        ["MN"] = 20, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NI"] = 28, ["NL"] = 18, ["NO"] = 15, ["OM"] = 23, ["PK"] = 24, ["PL"] = 28, ["PS"] = 29,
        ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["RU"] = 33, ["SA"] = 24, ["SC"] = 31, ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24,
        ["SM"] = 27, ["SO"] = 23, ["ST"] = 25, ["SV"] = 28, ["TL"] = 23, ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20,
        ["YE"] = 30,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Cheap prefilters: a recogniser whose entities need a character or keyword the text lacks does not run its pattern.
    private static readonly System.Buffers.SearchValues<char> DigitChars = System.Buffers.SearchValues.Create("0123456789");
    private static readonly System.Buffers.SearchValues<string> SecretKeywords = System.Buffers.SearchValues.Create(
        ["AKIA", "ASIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-", "sk-", "eyJ", "-----BEGIN"], StringComparison.Ordinal);
    private static readonly System.Buffers.SearchValues<string> UrlKeywords = System.Buffers.SearchValues.Create(
        ["http", "ftp", "www.", ".com", ".org", ".net", ".edu", ".gov", ".io", ".co", ".uk", ".de", ".fr", ".es", ".it", ".br", ".pt", ".nl", ".se", ".ch", ".ru",
         ".cn", ".jp", ".in", ".au", ".ca", ".us", ".info", ".biz", ".ai", ".app", ".dev", ".eu", ".be", ".at", ".pl", ".cz", ".dk", ".no", ".fi", ".ie", ".nz", ".mx",
         ".ar", ".cl", ".za", ".il", ".kr", ".tw", ".hk", ".sg", ".tr", ".gr", ".hu", ".ro", ".ua", ".vn", ".th", ".id", ".my", ".ph", ".sa", ".ae", ".eg",
         ".ng", ".ke", ".ly", ".me", ".tv", ".to", ".gg", ".mobi", ".asia", ".sk", ".si", ".hr", ".ee", ".lv", ".lt", ".lu", ".is",
         ".by", ".kz", ".az", ".ge"], StringComparison.OrdinalIgnoreCase);

    // ".рф", the one keyword outside ASCII, is looked for apart (IndexOfUrlKeyword): in the set above it turned the whole
    // search into a slower Unicode one (about 1 µs of a 1 KB prompt's scan).
    private static readonly System.Buffers.SearchValues<char> CyrillicEr = System.Buffers.SearchValues.Create("рР");

    /// <summary>
    /// Whether the patterns run only over the stretches of text that can hold a match (tests switch it off to check that
    /// the whole-text search finds the same).
    /// </summary>
    internal static bool UseStretches { get; set; } = true;

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly System.Buffers.SearchValues<char> DigitsAndDots = System.Buffers.SearchValues.Create("0123456789.");

    private static readonly System.Buffers.SearchValues<char> DigitsAndSeparators = System.Buffers.SearchValues.Create("0123456789 .-");

    // A stretch of text: a run of the characters a pattern is made of. A match cannot cross a character outside them, so
    // the whole-text search finds in the stretch exactly what the search over the stretch finds; the characters on either
    // side stay visible to \b (the search starts at the stretch and reads one character past it).
    private static Regex.ValueMatchEnumerator MatchesIn(Regex pattern, string text, int start, int end) =>
        pattern.EnumerateMatches(text.AsSpan(0, Math.Min(text.Length, end + 1)), start);

    // Runs a recogniser over each stretch of `chars` at least minLength long that `worth` accepts — or over the whole text
    // when stretches are switched off (tests).
    private static void OverStretches(string text, System.Buffers.SearchValues<char> chars, int minLength, Func<ReadOnlySpan<char>, bool> worth, Action<string, int, int, List<PiiEntity>> recognize, List<PiiEntity> results)
    {
        if (!UseStretches)
        {
            recognize(text, 0, text.Length, results);
            return;
        }

        int i = 0;
        while (TextRuns.NextLongRun(text, ref i, chars, minLength, out int start, out int end))
        {
            if (worth(text.AsSpan(start, end - start)))
            {
                recognize(text, start, end, results);
            }
        }
    }

    internal static int CountDigits(ReadOnlySpan<char> text, int stopAt)
    {
        int count = 0, i;
        while (count < stopAt && (i = text.IndexOfAny(DigitChars)) >= 0)
        {
            count++;
            text = text[(i + 1)..];
        }

        return count;
    }

    /// <summary>Cards need twelve digits and SSNs nine: count once, run both only when the text has that many.</summary>
    public static void NumberEntities(string text, List<PiiEntity> results)
    {
        int digits = CountDigits(text, 12);
        if (digits < 9)
        {
            return;
        }

        // Both patterns are made of digits, spaces, full stops and hyphens: only runs of those with nine digits or more
        // (twelve for a card) are searched, all SSNs first as in the whole-text search.
        OverStretches(text, DigitsAndSeparators, 9, static s => CountDigits(s, 9) >= 9, UsSsns, results);
        if (digits >= 12)
        {
            OverStretches(text, DigitsAndSeparators, 12, static s => CountDigits(s, 12) >= 12, CreditCards, results);
        }
    }

    private static void CreditCards(string text, int from, int to, List<PiiEntity> results)
    {
        Span<(int Start, int End)> groups = stackalloc (int, int)[19];
        ReadOnlySpan<char> upTo = text.AsSpan(0, Math.Min(text.Length, to + 1));
        for (int position = from; position < to;)
        {
            Regex.ValueMatchEnumerator matches = CardCandidate().EnumerateMatches(upTo, position);
            if (!matches.MoveNext())
            {
                break;
            }

            ValueMatch m = matches.Current;
            int count = 0;
            for (int i = m.Index, end = m.Index + m.Length; i < end && count < groups.Length;)
            {
                int start = i;
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                groups[count++] = (start, i);
                while (i < end && !char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }

            // Written in one piece or in groups of three digits or more but the last, as cards are printed (4-4-4-4, 4-6-5,
            // 4-4-4-4-3, 4-4-4-4-2): a run of one- and two-digit groups ("1 0 1 1 0 …", "12 34 56 …", a table of numbers)
            // is no card, though one in ten passes the checksum.
            if ((count == 1 || CardShaped(text, groups[..count])) && CardAt(text, m.Index, m.Index + m.Length) is { } card)
            {
                results.Add(card);
                position = m.Index + m.Length;
                continue;
            }

            // The pattern is greedy: a short group next to the card ("4111 1111 1111 1111 123", "Qty 2 4111 …", "… 12/28")
            // joins the candidate and spoils its checksum. Then every run of whole digit groups inside it is tried,
            // longest first, that has a card's shape; trying every part of a run of short groups made such text cost 1.4 s
            // per MB.
            PiiEntity? best = null;
            for (int first = 0; first < count; first++)
            {
                for (int last = count - 1; last >= first; last--)
                {
                    if ((first > 0 || last < count - 1) && CardShaped(text, groups[first..(last + 1)]) &&
                        CardAt(text, groups[first].Start, groups[last].End) is { } inner && (best is null || inner.Length > best.Value.Length))
                    {
                        best = inner;
                        break;
                    }
                }
            }

            if (best is { } found)
            {
                results.Add(found);
                position = found.End;
            }
            else
            {
                // Nothing here: the search goes on from the candidate's next group of three digits or more (where a card
                // starts), not its end — "Order 88231 4111 1111 1111 1111" is 21 digits, the pattern takes the first 17, and
                // the card starts inside them.
                int next = 1;
                while (next < count && groups[next].End - groups[next].Start < 3)
                {
                    next++;
                }

                position = next < count ? groups[next].Start : m.Index + m.Length;
            }
        }

        // Full stops between the groups ("4111.1111.1111.1111", as some receipts print a card) only in groups of four: a
        // version, an address or a decimal is not grouped so.
        static bool CardShaped(string text, ReadOnlySpan<(int Start, int End)> run)
        {
            int digits = 0;
            bool dotted = text.AsSpan(run[0].Start, run[^1].End - run[0].Start).Contains('.');
            for (int i = 0; i < run.Length; i++)
            {
                int length = run[i].End - run[i].Start;
                if ((length < 3 || (dotted && length != 4)) && i < run.Length - 1)
                {
                    return false;
                }

                digits += length;
            }

            return digits is >= 12 and <= 19;
        }
    }

    // A payment card written over [start, end): 12 to 19 digits (spaces or hyphens between), not all the same, Luhn-valid,
    // in an issuer's range.
    private static PiiEntity? CardAt(string text, int start, int end)
    {
        Span<char> digits = stackalloc char[32];
        int n = 0;
        foreach (char c in text.AsSpan(start, end - start))
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    return null;
                }

                digits[n++] = c;
            }
        }

        ReadOnlySpan<char> d = digits[..n];
        return n is < 12 or > 19 || !d.ContainsAnyExcept(d[0]) || !Checksums.Luhn(d) || Issuer(d) is not { } issuer
            ? null
            : new PiiEntity(PiiEntityTypes.CreditCard, start, end, 1.0, issuer);
    }

    internal static string? Issuer(ReadOnlySpan<char> d)
    {
        int n = d.Length;
        int p2 = ((d[0] - '0') * 10) + (d[1] - '0');
        int p3 = (p2 * 10) + (d[2] - '0');
        int p4 = (p3 * 10) + (d[3] - '0');
        return d[0] switch
        {
            '4' when n is 13 or 16 or 19 => "visa",
            '5' when p2 is >= 51 and <= 55 && n == 16 => "mastercard",
            '2' when p4 is >= 2221 and <= 2720 && n == 16 => "mastercard",
            '2' when p4 is >= 2200 and <= 2204 && n is >= 16 and <= 19 => "mir",
            '3' when p2 is 34 or 37 && n == 15 => "amex",
            '3' when p2 == 35 && n >= 16 => "jcb",
            '2' or '1' when p4 is 2131 or 1800 && n == 15 => "jcb",
            '3' when (p3 is >= 300 and <= 305 || p2 is 36 or 38 or 39) && n >= 14 => "diners",
            '6' when (p4 == 6011 || p2 == 65 || p3 is >= 644 and <= 649) && n >= 16 => "discover",
            '6' when p2 == 62 && n >= 16 => "unionpay",
            '5' or '6' when (p2 is 50 or (>= 56 and <= 69)) && n >= 12 => "maestro",
            '8' when p2 is 81 or 82 && n == 16 => "rupay",
            _ => null,
        };
    }

    public static void Ibans(string text, List<PiiEntity> results)
    {
        if (CountDigits(text, 6) < 6)
        {
            return; // every IBAN holds at least six digits (two check digits and a numeric bank code)
        }

        // Candidates start where two letters at a word boundary are followed by two digits; no pattern runs over the text.
        Span<char> compact = stackalloc char[40];
        ReadOnlySpan<char> all = text;
        int from = 0;
        while (from < all.Length)
        {
            int hit = all[from..].IndexOfAny(DigitChars);
            if (hit < 0)
            {
                break;
            }

            int d = from + hit;
            from = d + 1;
            int start = d - 2;
            if (start < 0 || d + 1 >= all.Length || !char.IsAsciiLetter(all[start]) || !char.IsAsciiLetter(all[start + 1]) || !char.IsAsciiDigit(all[d + 1]) ||
                (start > 0 && char.IsLetterOrDigit(all[start - 1])) || !IbanLengths.TryGetValue(text.Substring(start, 2), out int length))
            {
                continue;
            }

            // Take exactly the country's length of alphanumerics (single spaces allowed between), then validate.
            int n = 0, end = start;
            for (int i = start; i < all.Length && n < length; i++)
            {
                char c = all[i];
                if (c == ' ' && i + 1 < all.Length && all[i + 1] != ' ' && n >= 4)
                {
                    end = i + 1;
                    continue;
                }

                if (!char.IsAsciiLetterOrDigit(c))
                {
                    break;
                }

                compact[n++] = c;
                end = i + 1;
            }

            bool boundary = end >= all.Length || !char.IsAsciiLetterOrDigit(all[end]);
            if (n == length && boundary && Checksums.IbanMod97(compact[..n]))
            {
                results.Add(new PiiEntity(PiiEntityTypes.IbanCode, start, end, 1.0));
                from = end;
            }
        }
    }

    private static void UsSsns(string text, int from, int to, List<PiiEntity> results)
    {
        foreach (ValueMatch m in MatchesIn(SsnCandidate(), text, from, to))
        {
            ReadOnlySpan<char> s = text.AsSpan(m.Index, m.Length);
            bool separated = s.Length == 11;
            if (separated && s[3] != s[6])
            {
                continue; // mixed separators: 123-45.6789
            }

            int area = int.Parse(s[..3], System.Globalization.CultureInfo.InvariantCulture);
            int group = int.Parse(separated ? s.Slice(4, 2) : s.Slice(3, 2), System.Globalization.CultureInfo.InvariantCulture);
            int serial = int.Parse(separated ? s.Slice(7, 4) : s.Slice(5, 4), System.Globalization.CultureInfo.InvariantCulture);
            if (area is 0 or 666 or >= 900 || group == 0 || serial == 0 || !HasTwoDistinctDigits(s))
            {
                continue;
            }

            // Bare nine-digit numbers are common; count them only with a context word (applied by the detector).
            // 3-2-4 grouping is the SSN's own shape: it outranks a phone reading of the same digits (0.9).
            results.Add(new PiiEntity(PiiEntityTypes.UsSsn, m.Index, m.Index + m.Length, separated ? 0.95 : 0.3));
        }
    }

    private static bool HasTwoDistinctDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsAsciiDigit(c) && c != s[0])
            {
                return true;
            }
        }

        return false;
    }

    public static void Emails(string text, List<PiiEntity> results)
    {
        // Each '@' locates one token; only that token is matched against the address pattern.
        ReadOnlySpan<char> all = text;
        int from = 0;
        while (from < all.Length)
        {
            int hit = all[from..].IndexOf('@');
            if (hit < 0)
            {
                break;
            }

            int at = from + hit;
            (int start, int end) = Token(all, at, stopAtComma: true);
            from = end;
            foreach (ValueMatch m in Email().EnumerateMatches(all[start..end]))
            {
                results.Add(new PiiEntity(PiiEntityTypes.EmailAddress, start + m.Index, start + m.Index + m.Length, 1.0));
            }
        }
    }

    public static void IpAddresses(string text, List<PiiEntity> results)
    {
        if (CountDigits(text, 4) < 2)
        {
            return;
        }

        // IPv4: digits and dots, seven characters or more with three dots.
        OverStretches(text, DigitsAndDots, 7, static s => s.Count('.') >= 3, Ipv4s, results);

        // IPv6: hex digits and colons (a zone after '%', an IPv4 tail after the last colon), two colons or more.
        if (!UseStretches)
        {
            if (text.Contains(':', StringComparison.Ordinal))
            {
                Ipv6s(text, 0, text.Length, results);
            }

            return;
        }

        int from = 0;
        while (from < text.Length)
        {
            int colon = text.AsSpan(from).IndexOf(':');
            if (colon < 0)
            {
                break;
            }

            int start = from + colon, end = start + 1;
            while (start > from && IsIpv6Char(text[start - 1]))
            {
                start--;
            }

            while (end < text.Length && IsIpv6Char(text[end]))
            {
                end++;
            }

            if (text.AsSpan(start, end - start).Count(':') >= 2)
            {
                Ipv6s(text, start, end, results);
            }

            from = end;
        }
    }

    private static bool IsIpv6Char(char c) => char.IsAsciiLetterOrDigit(c) || c is ':' or '%' or '.';

    private static void Ipv4s(string text, int from, int to, List<PiiEntity> results)
    {
        foreach (ValueMatch m in MatchesIn(Ipv4Candidate(), text, from, to))
        {
            ReadOnlySpan<char> s = text.AsSpan(m.Index, m.Length);
            bool valid = true;
            foreach (Range part in s.Split('.'))
            {
                ReadOnlySpan<char> octet = s[part];
                valid &= octet.Length > 0 && int.Parse(octet, System.Globalization.CultureInfo.InvariantCulture) <= 255 && (octet.Length == 1 || octet[0] != '0');
            }

            if (valid)
            {
                results.Add(new PiiEntity(PiiEntityTypes.IpAddress, m.Index, m.Index + m.Length, 0.95, "ipv4"));
            }
        }
    }

    private static void Ipv6s(string text, int from, int to, List<PiiEntity> results)
    {
        foreach (ValueMatch m in MatchesIn(Ipv6Candidate(), text, from, to))
        {
            // Not a piece of a longer token: "std::vector" holds "d::", "Foo::Bar" holds "::Ba", and both parse.
            ReadOnlySpan<char> s = text.AsSpan(m.Index, m.Length);
            int after = m.Index + m.Length;
            if ((m.Index > 0 && (char.IsLetterOrDigit(text[m.Index - 1]) || text[m.Index - 1] is ':' or '_')) ||
                (after < text.Length && (char.IsLetterOrDigit(text[after]) || text[after] is ':' or '_')))
            {
                continue;
            }

            // "::2", "1::2" (Python slices, arr[::2]) parse too: a compressed address of at most two groups, all decimal, is not
            // taken for one (a real one names a prefix in hex: "fe80::1", "2001:db8::5").
            if (s.Count(':') >= 2 && s.ContainsAnyExcept(':') && IPAddress.TryParse(s, out IPAddress? address) && address.AddressFamily == AddressFamily.InterNetworkV6 &&
                (s.Contains("::", StringComparison.Ordinal) || s.Count(':') == 7) && !IsShortDecimal(s))
            {
                results.Add(new PiiEntity(PiiEntityTypes.IpAddress, m.Index, m.Index + m.Length, 0.95, "ipv6"));
            }
        }
    }

    private static bool IsShortDecimal(ReadOnlySpan<char> candidate)
    {
        int groups = 0;
        foreach (Range r in candidate.Split(':'))
        {
            ReadOnlySpan<char> group = candidate[r];
            if (group.IsEmpty)
            {
                continue;
            }

            if (group.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            groups++;
        }

        return groups <= 2;
    }

    // The first URL keyword: one of UrlKeywords or ".рф" (either case).
    internal static int IndexOfUrlKeyword(ReadOnlySpan<char> text) => IndexOfUrlKeyword(text, text.IndexOfAny(UrlKeywords));

    // The same, given where the first ASCII keyword is (-1: none): Urls keeps that position between calls, since looking for
    // it again from every ".рф" would read the rest of the text once per hit ("a.рф " × 200,000 was quadratic).
    private static int IndexOfUrlKeyword(ReadOnlySpan<char> text, int ascii)
    {
        ReadOnlySpan<char> before = ascii < 0 ? text : text[..ascii];
        for (int at = 0, found; (found = before[at..].IndexOfAny(CyrillicEr)) >= 0; at++)
        {
            at += found;
            if (at > 0 && before[at - 1] == '.' && at + 1 < text.Length && text[at + 1] is 'ф' or 'Ф')
            {
                return at - 1;
            }
        }

        return ascii;
    }

    public static void Urls(string text, List<PiiEntity> results)
    {
        // Keyword hits ("http", "www.", ".com" …) locate tokens; only those tokens are matched against the URL pattern.
        ReadOnlySpan<char> all = text;
        int from = 0, ascii = -2; // the next ASCII keyword's position; -2: not looked for yet, -1: there is none
        while (from < all.Length)
        {
            if (ascii != -1 && ascii < from)
            {
                int next = all[from..].IndexOfAny(UrlKeywords);
                ascii = next < 0 ? -1 : from + next;
            }

            int hit = IndexOfUrlKeyword(all[from..], ascii < 0 ? -1 : ascii - from);
            if (hit < 0)
            {
                break;
            }

            int at = from + hit;
            (int start, int end) = Token(all, at, stopAtComma: false);
            from = Math.Max(end, at + 1);
            ReadOnlySpan<char> token = all[start..end];
            if (token.Contains('@') && IsEmailToken(token))
            {
                continue; // e-mail addresses are their own entity ("https://mastodon.social/@alice" is a URL)
            }

            foreach (ValueMatch m in UrlCandidate().EnumerateMatches(token))
            {
                int s0 = start + m.Index, e0 = s0 + m.Length;
                while (e0 > s0 && all[e0 - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')')
                {
                    e0--;
                }

                bool scheme = all[s0..e0].Contains("://", StringComparison.Ordinal) || all[s0..].StartsWith("www.", StringComparison.OrdinalIgnoreCase);
                if (!scheme && LooksLikeCode(all[s0..e0]))
                {
                    continue;
                }

                results.Add(new PiiEntity(PiiEntityTypes.Url, s0, e0, scheme ? 0.9 : 0.6, scheme ? "url" : "domain"));
            }
        }
    }

    // A bare "domain" that is a name in code or prose, not a host: a label with a capital after its first letter or an
    // upper-case last label (ASP.NET, System.IO, Microsoft.Extensions.AI), or a one- or two-letter name before a last label
    // that is also an English or code word (u.id in SQL, to.be in a test assertion, x.is, i.e. never hosts people write).
    private static bool LooksLikeCode(ReadOnlySpan<char> domain)
    {
        int lastDot = domain.LastIndexOf('.');
        ReadOnlySpan<char> tld = domain[(lastDot + 1)..];
        if (tld.Length > 1 && !tld.ContainsAnyExceptInRange('A', 'Z'))
        {
            return true;
        }

        foreach (Range label in domain.Split('.'))
        {
            ReadOnlySpan<char> part = domain[label];
            if (part.Length > 1 && part[1..].ContainsAnyInRange('A', 'Z'))
            {
                return true;
            }
        }

        int firstDot = domain.IndexOf('.');
        return firstDot == lastDot && firstDot <= 2 && tld is "id" or "be" or "to" or "in" or "me" or "is" or "it" or "at" or "no" or "my" or "so" or "ly";
    }

    // Whether the token is an e-mail address (trailing punctuation aside), not a URL that holds an '@'.
    private static bool IsEmailToken(ReadOnlySpan<char> token)
    {
        ReadOnlySpan<char> trimmed = token.TrimEnd(".,;:!?)");
        return !trimmed.Contains("://", StringComparison.Ordinal) && Email().EnumerateMatches(trimmed) is var m && m.MoveNext() && m.Current.Index == 0 && m.Current.Length == trimmed.Length;
    }

    // The whitespace-delimited token around position at (also cut at quotes, brackets and, for e-mails, commas).
    private static (int Start, int End) Token(ReadOnlySpan<char> all, int at, bool stopAtComma)
    {
        // Scripts without spaces: going back, a CJK or Hangul letter right before an ASCII letter or digit starts a new token
        // ("请访问example.com"), while one before "." or "/" belongs to the name ("현우.net", "例え.jp"); going forward, only
        // their punctuation ends it ("https://zh.wikipedia.org/wiki/中国" stays whole).
        int start = at, end = at;
        while (start > 0 && !IsUrlStop(all[start - 1]) && !(stopAtComma && all[start - 1] == ',') &&
            !(IsCjk(all[start - 1]) && char.IsAsciiLetterOrDigit(all[start])))
        {
            start--;
        }

        while (end < all.Length && !IsUrlStop(all[end]) && !(stopAtComma && all[end] == ','))
        {
            end++;
        }

        return (start, end);
    }

    // CJK and full-width punctuation ("。", "，", "）") end a token too.
    private static bool IsUrlStop(char c) => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '\'' or '(' or '[' or ']' or '{' or '}' or '|' or '`'
        or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20') or (>= '\uFF3B' and <= '\uFF40') or (>= '\uFF5B' and <= '\uFF65');

    private static bool IsCjk(char c) => c is (>= '\u3040' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF');

    public static void CryptoWallets(string text, List<PiiEntity> results)
    {
        // Addresses are fourteen ASCII letters and digits or more (bech32's shortest).
        OverStretches(text, AsciiLettersAndDigits, 14, static _ => true, CryptoWallets, results);
    }

    private static void CryptoWallets(string text, int from, int to, List<PiiEntity> results)
    {
        foreach (ValueMatch m in MatchesIn(CryptoCandidate(), text, from, to))
        {
            string candidate = text.Substring(m.Index, m.Length);
            (bool valid, string kind, double score) = candidate switch
            {
                _ when candidate.StartsWith("0x", StringComparison.Ordinal) => (true, "ethereum", 0.8),
                _ when candidate.StartsWith("bc1", StringComparison.OrdinalIgnoreCase) || candidate.StartsWith("tb1", StringComparison.OrdinalIgnoreCase) => (Checksums.Bech32(candidate), "bitcoin", 1.0),
                _ => (Base58Check(candidate), "bitcoin", 1.0),
            };

            if (valid)
            {
                results.Add(new PiiEntity(PiiEntityTypes.Crypto, m.Index, m.Index + m.Length, score, kind));
            }
        }
    }

    private static bool Base58Check(string candidate)
    {
        Span<byte> buffer = stackalloc byte[64];
        try
        {
            return SimpleBase.Base58.Bitcoin.TryDecodeCheck(candidate, buffer, out byte _, out int written) && written == 20;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static void Secrets(string text, List<PiiEntity> results)
    {
        if (text.Contains("ecret", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in AwsSecretKey().Matches(text))
            {
                Group key = m.Groups["key"];
                int after = key.Index + key.Length;
                if (after < text.Length && (char.IsAsciiLetterOrDigit(text[after]) || text[after] is '/' or '+'))
                {
                    continue; // exactly forty characters: a longer run is something else
                }

                results.Add(new PiiEntity(PiiEntityTypes.Secret, key.Index, after, 1.0, "aws_secret_key"));
            }
        }

        if (UseStretches ? !HasSecretStart(text) : !text.AsSpan().ContainsAny(SecretKeywords))
        {
            return;
        }

        List<(int Start, int End)>? blocks = null; // whole private key blocks, in text order
        foreach (ValueMatch m in SecretCandidate().EnumerateMatches(text))
        {
            ReadOnlySpan<char> s = text.AsSpan(m.Index, m.Length);
            string kind = s switch
            {
                _ when s.StartsWith("AKIA") || s.StartsWith("ASIA") => "aws_access_key",
                _ when s.StartsWith("gh") || s.StartsWith("github_pat_") => "github_token",
                _ when s.StartsWith("xox") => "slack_token",
                _ when s.StartsWith("sk-ant-") => "anthropic_api_key",
                _ when s.StartsWith("sk-") => "openai_api_key",
                _ when s.StartsWith("eyJ") => "jwt",
                _ => "private_key",
            };
            results.Add(new PiiEntity(PiiEntityTypes.Secret, m.Index, m.Index + m.Length, 1.0, kind));
            if (kind == "private_key")
            {
                (blocks ??= []).Add((m.Index, m.Index + m.Length));
            }
        }

        // A private key block without its closing line: from the opening line to the end of the base64 body after it.
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            int block = 0;
            foreach (ValueMatch header in PrivateKeyHeader().EnumerateMatches(text))
            {
                int start = header.Index;
                while (blocks is not null && block < blocks.Count && blocks[block].End <= start)
                {
                    block++;
                }

                if ((blocks is not null && block < blocks.Count && blocks[block].Start <= start) ||
                    KeyBodyEnd(text, header.Index + header.Length, start + 65_536) is not int end)
                {
                    continue; // a whole block, found above; or the opening line quoted in prose ("should begin with -----BEGIN …")
                }

                results.Add(new PiiEntity(PiiEntityTypes.Secret, start, end, 1.0, "private_key"));
            }
        }
    }

    // The end of the base64 body after a key's opening line: a line break, then lines of base64 (and "Key: value" header
    // lines, blank lines) until the first line that is neither; null when no base64 line of 16 characters or more follows.
    private static int? KeyBodyEnd(string text, int from, int limit)
    {
        int i = from;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '\n')
        {
            return null;
        }

        int end = i, longest = 0;
        limit = Math.Min(limit, text.Length);
        while (i < limit && text[i] == '\n')
        {
            int line = i + 1, stop = line;
            while (stop < limit && text[stop] is not '\n')
            {
                stop++;
            }

            ReadOnlySpan<char> raw = text.AsSpan(line, stop - line);
            int indent = raw.Length - raw.TrimStart(' ').Length;
            ReadOnlySpan<char> content = raw.TrimEnd('\r').Trim(' ');
            bool base64 = !content.IsEmpty && !content.ContainsAnyExcept(Base64Body);
            if (!(content.IsEmpty || base64 || (content.Contains(':') && content.Length < 128 && !content.StartsWith("-----"))))
            {
                break;
            }

            if (base64)
            {
                longest = Math.Max(longest, content.Length);
                end = line + indent + content.Length;
            }

            i = stop;
        }

        return longest >= 16 ? end : null;
    }

    private static readonly System.Buffers.SearchValues<char> Base64Body = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");

    // Every secret pattern opens with one of SecretKeywords, and all but the private key block at a word boundary: "risk-based"
    // or "task-specific" holds "sk-" but cannot start a key.
    private static bool HasSecretStart(string text)
    {
        ReadOnlySpan<char> all = text;
        int from = 0, hit;
        while ((hit = all[from..].IndexOfAny(SecretKeywords)) >= 0)
        {
            int at = from + hit;
            if (all[at] == '-' || at == 0 || !(char.IsLetterOrDigit(all[at - 1]) || all[at - 1] == '_'))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>The patterns, for tests that run adversarial input against every one.</summary>
    internal static Regex[] All =>
        [CardCandidate(), SsnCandidate(), Email(), Ipv4Candidate(), Ipv6Candidate(), UrlCandidate(), CryptoCandidate(), SecretCandidate()];
}
