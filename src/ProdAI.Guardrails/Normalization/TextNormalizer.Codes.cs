using System.Buffers;
using System.Text;
using ProdAI.Guardrails.Internal;

namespace ProdAI.Guardrails.Normalization;

// Payloads written character by character: character references and escapes (&#73; &#x49; \u0049, quoted-printable
// =49), numeric character codes (decimal, octal, binary), letters drawn with other symbols (small capitals, regional
// indicators, upside-down text) and the NATO spelling alphabet — the encodings of cipher jailbreaks (CipherChat's ASCII
// and Unicode ciphers) and of garak's encoding probes that the payload search above does not read.
public static partial class TextNormalizer
{
    // The fewest escaped ASCII letters in one run of character escapes: escaping a plain letter ("&#105;", "\u0069") hides
    // it, whereas JSON and HTML escape quotes, ampersands and non-ASCII text ("caf\u00e9", "&#39;") all the time.
    private const int MinEscapedLetters = 6;

    // The most characters of plain text between two escapes of one run ("Ig&#110;ore &#97;ll").
    private const int MaxEscapeGap = 12;

    // The fewest numbers in a run of character codes ("73 103 110 …"), and of code words in a run of the NATO alphabet.
    private const int MinCharacterCodes = 10;
    private const int MinCodeWords = 6;

    // The fewest letters written with other symbols before a text is read again with them folded.
    private const int MinLetterSymbols = 6;

    private static readonly SearchValues<char> EscapeMarks = SearchValues.Create("&\\=");

    // The start of the word (a run without whitespace) holding position k, and the end of the one holding k - 1.
    private static int WordStart(ReadOnlySpan<char> s, int k)
    {
        while (k > 0 && !char.IsWhiteSpace(s[k - 1]))
        {
            k--;
        }

        return k;
    }

    private static int WordEnd(ReadOnlySpan<char> s, int k)
    {
        while (k < s.Length && !char.IsWhiteSpace(s[k]))
        {
            k++;
        }

        return k;
    }

    private static bool FindCharacterPayloads(string text, ref List<DecodedPayload>? payloads)
    {
        bool found = FindCharacterEscapes(text, ref payloads);
        found |= FindCharacterCodes(text, ref payloads);
        found |= FindNatoWords(text, ref payloads);
        found |= FindInterleavedLetters(text, ref payloads);
        found |= FindBase85(text, ref payloads);
        FindMarkupInWords(text, ref payloads); // not a finding: see FindMarkupInWords
        if (!System.Text.Ascii.IsValid(text))
        {
            found |= FindLetterSymbols(text, ref payloads);
            FindDiacritics(text, ref payloads); // not a finding: see FindDiacritics
        }

        return found;
    }

    // 24 bytes or more: a shorter run of printable ASCII without spaces is mostly a word with its punctuation or a URL.
    private const int MinBase85RunLength = 30;

    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(
        "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private static readonly SearchValues<char> Ascii85Chars = SearchValues.Create(
        "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstu");

    private const string Base85Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
    private static readonly SearchValues<char> Base85Chars = SearchValues.Create(Base85Alphabet);

    // Ascii85 (Adobe's, "<~ … ~>" optional, "z" for four zero bytes) and base85 (RFC 1924's alphabet, Python's b85encode):
    // runs of printable ASCII without spaces, at least MinBase85RunLength long, with some characters outside the base64
    // alphabet (a run of base64 characters alone is read above), that decode to text.
    private static bool FindBase85(string text, ref List<DecodedPayload>? payloads)
    {
        ReadOnlySpan<char> all = text;
        bool found = false;
        int i = 0;
        while ((payloads?.Count ?? 0) < MaxPayloads && TextRuns.NextLongRun(all, ref i, PrintableAscii, MinBase85RunLength, out int start, out int end))
        {
            ReadOnlySpan<char> run = all[start..end];
            if (run.StartsWith("<~") && run.EndsWith("~>") && run.Length > 4)
            {
                run = run[2..^2];
            }

            int outside = 0;
            foreach (char c in run)
            {
                outside += Base64Chars.Contains(c) ? 0 : 1;
            }

            if (outside < 2)
            {
                continue;
            }

            string? decoded = !run.ContainsAnyExcept(Ascii85Chars) || (run.Contains('z') && !run.ContainsAnyExcept(Ascii85CharsAndZ))
                ? DecodeAscii85(run)
                : null;
            decoded ??= !run.ContainsAnyExcept(Base85Chars) ? DecodeBase85(run) : null;
            if (decoded is not null)
            {
                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.Base85, start, end, decoded));
                found = true;
            }
        }

        return found;
    }

    private static readonly SearchValues<char> Ascii85CharsAndZ = SearchValues.Create(
        "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuz");

    private static string? DecodeAscii85(ReadOnlySpan<char> run)
    {
        var bytes = new List<byte>(run.Length);
        Span<int> group = stackalloc int[5];
        int n = 0;
        foreach (char c in run)
        {
            if (c == 'z' && n == 0)
            {
                bytes.AddRange([0, 0, 0, 0]);
                continue;
            }

            if (c is < '!' or > 'u')
            {
                return null;
            }

            group[n++] = c - '!';
            if (n == 5)
            {
                if (!AddGroup(bytes, group, 4))
                {
                    return null;
                }

                n = 0;
            }
        }

        if (n == 1)
        {
            return null;
        }

        if (n > 0)
        {
            for (int k = n; k < 5; k++)
            {
                group[k] = 84; // padded with "u"
            }

            if (!AddGroup(bytes, group, n - 1))
            {
                return null;
            }
        }

        return TextFromBytes(bytes.ToArray());
    }

    private static string? DecodeBase85(ReadOnlySpan<char> run)
    {
        var bytes = new List<byte>(run.Length);
        Span<int> group = stackalloc int[5];
        int n = 0;
        foreach (char c in run)
        {
            group[n++] = Base85Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (n == 5)
            {
                if (!AddGroup(bytes, group, 4))
                {
                    return null;
                }

                n = 0;
            }
        }

        if (n == 1)
        {
            return null;
        }

        if (n > 0)
        {
            for (int k = n; k < 5; k++)
            {
                group[k] = 84;
            }

            if (!AddGroup(bytes, group, n - 1))
            {
                return null;
            }
        }

        return TextFromBytes(bytes.ToArray());
    }

    // Five base-85 digits to four bytes, of which the first `keep` are kept (a short last group). False on overflow.
    private static bool AddGroup(List<byte> bytes, ReadOnlySpan<int> group, int keep)
    {
        long value = 0;
        foreach (int digit in group)
        {
            value = (value * 85) + digit;
        }

        if (value > uint.MaxValue)
        {
            return false;
        }

        for (int k = 0; k < keep; k++)
        {
            bytes.Add((byte)(value >> (24 - (8 * k))));
        }

        return true;
    }

    private static readonly SearchValues<char> MarkupStarts = SearchValues.Create("*~`_<");

    // Words split by markup — Markdown emphasis ("**I**gnore", "*I*gnore", "ig~~nore") or HTML tags ("prev<b>ious</b>",
    // "in<!-- -->structions") between two letters: at least three such splits, and the text is also read with the markup
    // taken out (tags of at most 40 characters on one line; emphasis markers everywhere, underscores only inside words).
    // A split is followed by a lower-case letter (the word goes on; "summaries</h3><p>Turn" is two blocks of a page); a
    // single "*" or "`" splits a word only in a word that starts with it ("*I*gnore"; "a*b" is arithmetic), and
    // underscores never count ("snake_case"). Not a finding: the text is read as it is as well, and markup is no code.
    private static void FindMarkupInWords(string text, ref List<DecodedPayload>? payloads)
    {
        ReadOnlySpan<char> all = text;
        if ((payloads?.Count ?? 0) >= MaxPayloads)
        {
            return;
        }

        int splits = 0, first = -1, last = -1;
        for (int i = 0; i < all.Length;)
        {
            int hit = all[i..].IndexOfAny(MarkupStarts);
            if (hit < 0)
            {
                break;
            }

            int at = i + hit, length = MarkupLength(all, at);
            while (length > 0 && at + length < all.Length && MarkupStarts.Contains(all[at + length]) && MarkupLength(all, at + length) is > 0 and int more)
            {
                length += more; // "<b></b>", "**<i>": one split
            }

            if (length > 0 && all[at] != '_' && at > 0 && char.IsLetter(all[at - 1]) && at + length < all.Length && char.IsLower(all[at + length]) &&
                (length > 1 || all[at] == '<' || all[WordStart(all, at)] == all[at]))
            {
                splits++;
                first = first < 0 ? at : first;
                last = at + length;
            }

            i = at + Math.Max(length, 1);
        }

        if (splits < 3)
        {
            return;
        }

        // The lines holding the splits, so that the words around them are read with them.
        int start = first, end = last;
        while (start > 0 && all[start - 1] != '\n')
        {
            start--;
        }

        while (end < all.Length && all[end] != '\n')
        {
            end++;
        }

        var decoded = new StringBuilder(end - start);
        for (int k = start; k < end;)
        {
            int length = MarkupStarts.Contains(all[k]) ? MarkupLength(all, k) : 0;
            bool drop = length > 0 && (all[k] != '_' || (k > 0 && char.IsLetter(all[k - 1]) && k + length < all.Length && char.IsLetter(all[k + length])));
            if (drop)
            {
                k += length;
                continue;
            }

            decoded.Append(all[k++]);
        }

        (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.MarkupInWords, start, end, decoded.ToString()));

        // The length of the emphasis run or HTML tag at `at` (0 if none): a run of one of * ~ ` _, or <…> / </…> / <!--…-->
        // starting with a letter, "/" or "!" and closed within 40 characters on the same line.
        static int MarkupLength(ReadOnlySpan<char> s, int at)
        {
            char c = s[at];
            if (c != '<')
            {
                int run = 1;
                while (at + run < s.Length && s[at + run] == c)
                {
                    run++;
                }

                return run;
            }

            if (at + 2 >= s.Length || !(char.IsAsciiLetter(s[at + 1]) || s[at + 1] is '/' or '!'))
            {
                return 0;
            }

            for (int k = at + 1; k < s.Length && k - at <= 40 && s[k] != '\n'; k++)
            {
                if (s[k] == '>')
                {
                    return k - at + 1;
                }

                if (s[k] == '<')
                {
                    return 0;
                }
            }

            return 0;
        }
    }

    // Letters, digits and spaces: never a separator, so the search for one steps over them.
    private static readonly SearchValues<char> AsciiLettersDigitsAndSpace = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ");

    // Letters kept apart by a symbol repeated between every two of them ("I🙂g🙂n🙂o🙂r🙂e🙂 🙂a🙂l🙂l", "i|g|n|o|r|e"): runs of
    // at least MinSpacedLetters letters (spaces between words allowed) with one separator — a symbol or punctuation mark,
    // or an emoji — decoded with the separators taken out. (Spaces, hyphens, full stops, underscores and asterisks are
    // read by the spelt-out search above.) Prose reaches the check at each punctuation mark and leaves it after a character
    // or two.
    private static bool FindInterleavedLetters(string text, ref List<DecodedPayload>? payloads)
    {
        ReadOnlySpan<char> all = text;
        bool found = false;
        int i = 0;
        while ((payloads?.Count ?? 0) < MaxPayloads && i < all.Length)
        {
            int hit = all[i..].IndexOfAnyExcept(AsciiLettersDigitsAndSpace);
            if (hit < 0)
            {
                break;
            }

            int s = i + hit; // a separator candidate after a letter
            int unit = char.IsHighSurrogate(all[s]) && s + 1 < all.Length && char.IsLowSurrogate(all[s + 1]) ? 2 : 1;
            ReadOnlySpan<char> separator = all.Slice(s, unit);
            if (s == 0 || !char.IsLetter(all[s - 1]) || char.IsLetterOrDigit(all[s]) || char.IsWhiteSpace(all[s]) || SpeltOutSeparators.Contains(all[s]))
            {
                i = s + unit;
                continue;
            }

            // Follow letter, separator, letter … from the letter before the candidate.
            int start = s - 1, at = start, letters = 0;
            uint distinct = 0;
            while (at < all.Length && (char.IsLetter(all[at]) || all[at] == ' ') && !char.IsSurrogate(all[at]) && all[(at + 1)..].StartsWith(separator))
            {
                if (char.IsAsciiLetter(all[at]))
                {
                    distinct |= 1u << ((all[at] | 0x20) - 'a');
                }

                letters += char.IsLetter(all[at]) ? 1 : 0;
                at += 1 + unit;
            }

            // The last letter, or a closing punctuation mark, may go without a separator after it.
            int end = at < all.Length && (char.IsLetter(all[at]) || (char.IsPunctuation(all[at]) && all[at] != separator[0])) && !char.IsSurrogate(all[at])
                ? at + 1
                : at - unit;
            i = Math.Max(end, s + unit);
            if (letters >= MinSpacedLetters && uint.PopCount(distinct) >= 4)
            {
                var decoded = new StringBuilder(letters + 8);
                for (int k = start; k < end; k += 1 + unit)
                {
                    decoded.Append(all[k]);
                }

                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.SpacedLetters, start, end, decoded.ToString()));
                found = true;
            }
        }

        return found;
    }

    // Diacritics no language puts on nearly every letter — a dot above each ("İġṅȯṙė ȧl̇l̇"), a ring, a cedilla — which
    // NFKC composes into letters the accent folding leaves alone (it folds the accents of the languages the rules read):
    // when at least MinLetterSymbols letters carry such marks and they are most of the Latin letters, the text is also read
    // with every diacritic removed. Not a finding: Vietnamese carries many diacritics, and it is read as it is as well.
    private static int CountAsciiLetters(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<ushort> units = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text);
        int count = 0, i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var caseBit = new System.Numerics.Vector<ushort>(0x20);
            var a = new System.Numerics.Vector<ushort>('a');
            var letters = new System.Numerics.Vector<ushort>(26);
            for (; i <= units.Length - System.Numerics.Vector<ushort>.Count; i += System.Numerics.Vector<ushort>.Count)
            {
                var lower = (new System.Numerics.Vector<ushort>(units[i..]) | caseBit) - a;
                count += System.Numerics.Vector.Sum(System.Numerics.Vector.LessThan(lower, letters) & System.Numerics.Vector<ushort>.One);
            }
        }

        for (; i < units.Length; i++)
        {
            count += char.IsAsciiLetter((char)units[i]) ? 1 : 0;
        }

        return count;
    }

    private static readonly SearchValues<char> DecoratedLatin = SearchValues.Create(
        string.Concat(Enumerable.Range(0xC0, 0x370 - 0xC0).Concat(Enumerable.Range(0x1AB0, 0x1F00 - 0x1AB0)).Concat(Enumerable.Range(0x20D0, 0x30))
            .Concat(Enumerable.Range(0xFE20, 0x10)).Select(static c => (char)c)));

    private static void FindDiacritics(string text, ref List<DecodedPayload>? payloads)
    {
        if ((payloads?.Count ?? 0) >= MaxPayloads)
        {
            return;
        }

        // Cheap exit first: most texts hold no letter of these ranges, or too few.
        ReadOnlySpan<char> rest = text;
        int candidates = 0;
        for (int hit; candidates < MinLetterSymbols && (hit = rest.IndexOfAny(DecoratedLatin)) >= 0; rest = rest[(hit + 1)..])
        {
            candidates++;
        }

        if (candidates < MinLetterSymbols)
        {
            return;
        }

        // The decorated letters and marks one by one (a vectorised search between them), the plain ones by counting.
        int marked = 0, latin = CountAsciiLetters(text);
        rest = text;
        for (int hit; (hit = rest.IndexOfAny(DecoratedLatin)) >= 0; rest = rest[(hit + 1)..])
        {
            char c = rest[hit];
            if (c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF') && char.IsLetter(c))
            {
                latin++;
                marked += StripAccent(char.ToLowerInvariant(c)) == char.ToLowerInvariant(c) ? 1 : 0;
            }
            else if (IsCombiningMark(c))
            {
                marked++;
            }
        }

        if (marked < MinLetterSymbols || marked * 2 < latin)
        {
            return;
        }

        var stripped = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (!IsCombiningMark(c))
            {
                stripped.Append(c);
            }
        }

        (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.Diacritics, 0, text.Length, stripped.ToString()));
    }

    // Runs of character escapes — HTML numeric references (&#73; &#x49;), \u0049, \u{49}, \U00000049 (code points) and
    // quoted-printable =49 (UTF-8 bytes) — with at most MaxEscapeGap characters of plain text between two of them, decoded
    // in place when at least MinEscapedLetters of them are ASCII letters. One pass; each character is looked at once.
    private static bool FindCharacterEscapes(string text, ref List<DecodedPayload>? payloads)
    {
        ReadOnlySpan<char> all = text;
        bool found = false;
        int i = 0;
        while ((payloads?.Count ?? 0) < MaxPayloads && i < all.Length)
        {
            int hit = all[i..].IndexOfAny(EscapeMarks);
            if (hit < 0)
            {
                break;
            }

            int start = i + hit, hitStart = start;
            if (!TryEscape(all, start, out _, out int length, out _))
            {
                i = start + 1;
                continue;
            }

            // Follow the run: the next escape within MaxEscapeGap characters of the end of the last one, on the same line.
            int end = start + length, letters = 0, escapes = 0;
            for (int at = start; ;)
            {
                TryEscape(all, at, out int value, out int n, out _);
                escapes++;
                letters += value < 0x80 && char.IsAsciiLetter((char)value) ? 1 : 0;
                end = at + n;
                int next = -1;
                for (int k = end; k < all.Length && k <= end + MaxEscapeGap && all[k] != '\n'; k++)
                {
                    if (all[k] is '&' or '\\' or '=' && TryEscape(all, k, out _, out _, out _))
                    {
                        next = k;
                        break;
                    }
                }

                if (next < 0)
                {
                    break;
                }

                at = next;
            }

            // Escapes inside words ("Ig&#110;ore") are read with the rest of their words.
            (start, end) = (WordStart(all, start), WordEnd(all, end));
            i = end;
            if (letters >= MinEscapedLetters && DecodeEscapes(all[start..end]) is { } decoded)
            {
                PayloadEncoding encoding = all[hitStart] == '=' ? PayloadEncoding.QuotedPrintable : PayloadEncoding.CharacterEscapes;
                (payloads ??= []).Add(new DecodedPayload(encoding, start, end, decoded));
                found = true;
            }
        }

        return found;
    }

    // One escape at `at`: its value (a code point, or a byte for quoted-printable), its length and whether it is a byte.
    private static bool TryEscape(ReadOnlySpan<char> s, int at, out int value, out int length, out bool isByte)
    {
        value = 0;
        length = 0;
        isByte = false;
        if (at + 2 >= s.Length)
        {
            return false;
        }

        int digitsStart, radix, maxDigits, p;
        switch (s[at])
        {
            case '&' when s[at + 1] == '#':
                bool hex = s[at + 2] is 'x' or 'X';
                (digitsStart, radix, maxDigits) = (at + (hex ? 3 : 2), hex ? 16 : 10, hex ? 6 : 7);
                break;
            case '\\' when s[at + 1] == 'u' && s[at + 2] == '{':
                (digitsStart, radix, maxDigits) = (at + 3, 16, 6);
                break;
            case '\\' when s[at + 1] is 'u' or 'U':
                int fixedDigits = s[at + 1] == 'u' ? 4 : 8;
                if (at + 2 + fixedDigits > s.Length || s.Slice(at + 2, fixedDigits).ContainsAnyExcept(HexChars))
                {
                    return false;
                }

                value = ParseDigits(s.Slice(at + 2, fixedDigits), 16);
                length = 2 + fixedDigits;
                return value is >= 0 and <= 0x10FFFF;
            case '=' when char.IsAsciiHexDigitUpper(s[at + 1]) && char.IsAsciiHexDigitUpper(s[at + 2]):
                // Quoted-printable writes its hex digits in upper case; "a=1b" and "x=ff" are code, not escapes.
                value = (HexValue(s[at + 1]) << 4) | HexValue(s[at + 2]);
                length = 3;
                isByte = true;
                return true;
            default:
                return false;
        }

        p = digitsStart;
        while (p < s.Length && p - digitsStart < maxDigits && (radix == 16 ? char.IsAsciiHexDigit(s[p]) : char.IsAsciiDigit(s[p])))
        {
            p++;
        }

        if (p == digitsStart || (p < s.Length && char.IsAsciiHexDigit(s[p]) && radix == 16) || (p < s.Length && char.IsAsciiDigit(s[p])))
        {
            return false;
        }

        value = ParseDigits(s[digitsStart..p], radix);
        if (s[at] == '\\')
        {
            if (p >= s.Length || s[p] != '}')
            {
                return false;
            }

            p++;
        }
        else if (p < s.Length && s[p] == ';')
        {
            p++;
        }

        length = p - at;
        return value is > 0 and <= 0x10FFFF;
    }

    private static int ParseDigits(ReadOnlySpan<char> digits, int radix)
    {
        int value = 0;
        foreach (char c in digits)
        {
            value = (value * radix) + (radix == 16 ? HexValue(c) : c - '0');
            if (value > 0x10FFFF)
            {
                return -1;
            }
        }

        return value;
    }

    // The run with its escapes replaced: code points as characters, quoted-printable bytes as UTF-8. Null when it is not
    // text (a surrogate or control code, invalid UTF-8).
    private static string? DecodeEscapes(ReadOnlySpan<char> run)
    {
        var decoded = new StringBuilder(run.Length / 3);
        Span<byte> pending = stackalloc byte[4];
        byte[]? bytes = null;
        int byteCount = 0;
        for (int p = 0; p < run.Length;)
        {
            if (run[p] is '&' or '\\' or '=' && TryEscape(run, p, out int value, out int length, out bool isByte))
            {
                p += length;
                if (isByte)
                {
                    bytes ??= ArrayPool<byte>.Shared.Rent(run.Length / 3 + 1);
                    bytes[byteCount++] = (byte)value;
                    continue;
                }

                // A UTF-16 surrogate pair written as two escapes ("\ud83d\ude00", JSON's way with emoji).
                if (value is >= 0xD800 and <= 0xDBFF && TryEscape(run, p, out int low, out int lowLength, out bool lowIsByte) && !lowIsByte &&
                    low is >= 0xDC00 and <= 0xDFFF)
                {
                    value = char.ConvertToUtf32((char)value, (char)low);
                    p += lowLength;
                }

                if (!Flush(decoded, bytes, ref byteCount) || !Rune.TryCreate(value, out Rune rune))
                {
                    Return(bytes);
                    return null;
                }

                decoded.Append(rune.ToString());
                continue;
            }

            if (!Flush(decoded, bytes, ref byteCount))
            {
                Return(bytes);
                return null;
            }

            decoded.Append(run[p++]);
        }

        bool ok = Flush(decoded, bytes, ref byteCount);
        Return(bytes);
        string result = decoded.ToString();
        return ok && IsMostlyText(result, unspacedScripts: true) ? result : null;

        static bool Flush(StringBuilder into, byte[]? bytes, ref int count)
        {
            if (count == 0)
            {
                return true;
            }

            ReadOnlySpan<byte> span = bytes.AsSpan(0, count);
            count = 0;
            if (!System.Text.Unicode.Utf8.IsValid(span))
            {
                return false;
            }

            into.Append(Encoding.UTF8.GetString(span));
            return true;
        }

        static void Return(byte[]? bytes)
        {
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    // Runs of at least MinCharacterCodes numbers kept apart by spaces, commas or semicolons ("73 103 110 111 …"), read as
    // binary bytes (seven or eight binary digits each), decimal code points or octal bytes — the first reading that
    // decodes to text. A list of figures does not decode to text: its numbers are mostly below 32 (control codes) or do
    // not spell words with spaces between them.
    private static bool FindCharacterCodes(string text, ref List<DecodedPayload>? payloads)
    {
        ReadOnlySpan<char> all = text;
        bool found = false;
        List<(int Decimal, int Binary, int Octal)>? codes = null;
        int i = 0;
        while ((payloads?.Count ?? 0) < MaxPayloads && i < all.Length)
        {
            int hit = all[i..].IndexOfAnyInRange('0', '9');
            if (hit < 0)
            {
                break;
            }

            int start = i + hit;
            if (start > 0 && char.IsLetterOrDigit(all[start - 1]))
            {
                int skip = all[start..].IndexOfAnyExcept(AsciiDigits);
                i = skip < 0 ? all.Length : start + skip;
                continue;
            }

            codes ??= [];
            codes.Clear();
            int at = start, end = start;
            while (at < all.Length && char.IsAsciiDigit(all[at]))
            {
                int digits = all[at..].IndexOfAnyExcept(AsciiDigits);
                digits = digits < 0 ? all.Length - at : digits;
                int after = at + digits;
                if (digits > 8 || (after < all.Length && char.IsLetter(all[after])))
                {
                    break;
                }

                ReadOnlySpan<char> number = all.Slice(at, digits);
                codes.Add((ParseDigits(number, 10), !number.ContainsAnyExcept('0', '1') && digits is 7 or 8 ? ParseRadix(number, 2) : -1,
                    !number.ContainsAnyExcept(OctalDigits) && digits is 2 or 3 ? ParseRadix(number, 8) : -1));
                end = after;

                // A separator: spaces, or a comma or semicolon with spaces after it.
                int sep = after;
                if (sep < all.Length && all[sep] is ',' or ';')
                {
                    sep++;
                }

                while (sep < all.Length && sep - after < 3 && all[sep] == ' ')
                {
                    sep++;
                }

                if (sep == after || sep >= all.Length || !char.IsAsciiDigit(all[sep]))
                {
                    break;
                }

                at = sep;
            }

            i = Math.Max(end, start + 1);
            if (codes.Count >= MinCharacterCodes && DecodeCharacterCodes(codes) is { } decoded)
            {
                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.CharacterCodes, start, end, decoded));
                found = true;
            }
        }

        return found;
    }

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> OctalDigits = SearchValues.Create("01234567");

    private static int ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        int value = 0;
        foreach (char c in digits)
        {
            value = (value * radix) + (c - '0');
        }

        return value;
    }

    private static string? DecodeCharacterCodes(List<(int Decimal, int Binary, int Octal)> codes)
    {
        if (codes.TrueForAll(static c => c.Binary is >= 0 and <= 0xFF))
        {
            return TextFromBytes(codes.ConvertAll(static c => (byte)c.Binary).ToArray());
        }

        if (codes.TrueForAll(static c => c.Decimal is >= 9 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)))
        {
            var decoded = new StringBuilder(codes.Count);
            foreach ((int value, _, _) in codes)
            {
                decoded.Append(new Rune(value).ToString());
            }

            string text = decoded.ToString();
            if (IsMostlyText(text, unspacedScripts: true))
            {
                return text;
            }
        }

        return codes.TrueForAll(static c => c.Octal is >= 0 and <= 0xFF) ? TextFromBytes(codes.ConvertAll(static c => (byte)c.Octal).ToArray()) : null;
    }

    // The NATO spelling alphabet ("India Golf November Oscar Romeo Echo"): runs of at least MinCodeWords code words, case
    // ignored, one letter each; a slash, a comma, "space" or two spaces between code words end a word.
    private static readonly string[] NatoWords =
    [
        "alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "juliet", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "whisky", "x-ray",
        "xray", "yankee", "zulu",
    ];

    // A run of MinCodeWords code words spans at least 29 characters (six words of four letters or more and the gaps
    // between them), so a probe every NatoProbe characters lands in or just before one of its words; prose costs a few
    // character checks per probe.
    private const int NatoProbe = 24;

    private static readonly char[] NatoSeparators = [' ', ',', '/', '-', '.', '|'];

    private static bool FindNatoWords(string text, ref List<DecodedPayload>? payloads)
    {
        ReadOnlySpan<char> all = text;
        bool found = false;
        StringBuilder? decoded = null;
        int done = 0; // text before this has been read
        for (int probe = NatoProbe - 1; probe < all.Length && (payloads?.Count ?? 0) < MaxPayloads; probe += NatoProbe)
        {
            if (probe < done)
            {
                continue;
            }

            // The word at the probe, or the next one after a short gap.
            int w = probe;
            if (char.IsAsciiLetter(all[w]))
            {
                while (w > 0 && char.IsAsciiLetter(all[w - 1]))
                {
                    w--;
                }
            }
            else
            {
                while (w < all.Length && w - probe < 8 && !char.IsAsciiLetter(all[w]))
                {
                    w++;
                }
            }

            if (w >= all.Length || (w > 0 && char.IsLetter(all[w - 1])) || NatoWordAt(all, w) is null)
            {
                continue;
            }

            // Back to the first code word of the run (only what the forward reading below accepts), then forwards.
            int start = w;
            while (start > done && PreviousNatoWord(all, start) is int previous)
            {
                start = previous;
            }

            decoded ??= new StringBuilder();
            decoded.Clear();
            int at = start, end = start, words = 0;
            uint distinct = 0;
            while (NatoWordAt(all, at) is (char letter, int length))
            {
                words++;
                distinct |= 1u << (letter - 'a');
                decoded.Append(letter);
                end = at + length;
                int next = end;
                bool wordBreak = false;
                while (next < all.Length && next - end < 8 && NatoSeparators.AsSpan().Contains(all[next]))
                {
                    wordBreak |= all[next] is ',' or '/' or '|' || (all[next] == ' ' && next > end && all[next - 1] == ' ');
                    next++;
                }

                if (next < all.Length && all[next..].StartsWith("space", StringComparison.OrdinalIgnoreCase) && NatoWordAt(all, next) is null)
                {
                    wordBreak = true;
                    next += 5;
                    while (next < all.Length && next - end < 16 && NatoSeparators.AsSpan().Contains(all[next]))
                    {
                        next++;
                    }
                }

                if (next == end)
                {
                    break;
                }

                if (wordBreak)
                {
                    decoded.Append(' ');
                }

                at = next;
            }

            done = Math.Max(end, probe + 1);
            if (words >= MinCodeWords && uint.PopCount(distinct) >= 4)
            {
                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.NatoAlphabet, start, end, decoded.ToString().TrimEnd()));
                found = true;
            }
        }

        return found;
    }

    // The start of the code word just before the one at `start` (a separator between them, as the forward reading takes
    // it), or null.
    private static int? PreviousNatoWord(ReadOnlySpan<char> s, int start)
    {
        int k = start;
        while (k > 0 && start - k < 8 && NatoSeparators.AsSpan().Contains(s[k - 1]))
        {
            k--;
        }

        int wordEnd = k;
        while (k > 0 && char.IsAsciiLetter(s[k - 1]))
        {
            k--;
        }

        return wordEnd < start && k < wordEnd && (k == 0 || !char.IsLetter(s[k - 1])) && NatoWordAt(s, k) is (_, int length) && k + length == wordEnd ? k : null;
    }

    // The code word at `at` (whole word, case ignored) and its letter; the words are looked up by their first letter.
    private static (char Letter, int Length)? NatoWordAt(ReadOnlySpan<char> s, int at)
    {
        if (at >= s.Length || !char.IsAsciiLetter(s[at]))
        {
            return null;
        }

        char first = (char)(s[at] | 0x20);
        foreach (string word in NatoWordsByLetter[first - 'a'])
        {
            if (s[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase) && (at + word.Length == s.Length || !char.IsLetter(s[at + word.Length])))
            {
                return (first, word.Length);
            }
        }

        return null;
    }

    private static readonly string[][] NatoWordsByLetter =
        [.. Enumerable.Range(0, 26).Select(static k => NatoWords.Where(w => w[0] == 'a' + k).ToArray())];

    // Letters drawn with symbols NFKC leaves alone. Small capitals and regional indicator symbols are read as the letters
    // they show; turned letters ("ɐ", "ǝ", "ɹ" …: text written upside down) are read back to front with "q"/"b", "p"/"d"
    // and "u"/"n" swapped, as the reader would turn the page. The words (or lines, for turned text) holding them are
    // decoded as one payload.
    private static bool FindLetterSymbols(string text, ref List<DecodedPayload>? payloads)
    {
        ReadOnlySpan<char> all = text;
        int first = all.IndexOfAny(LetterSymbolChars);
        if (first < 0)
        {
            return false;
        }

        int shown = 0, smallCapitals = 0, turned = 0, last = first;
        for (int k = first; k >= 0 && k < all.Length;)
        {
            char c = all[k];
            if (c == '\uD83C' && k + 1 < all.Length && all[k + 1] is >= '\uDDE6' and <= '\uDDFF')
            {
                shown++;
                last = ++k;
            }
            else if (SmallCapital(c) != '\0')
            {
                shown++;
                smallCapitals++;
                last = k;
            }
            else if (TurnedLetter(c) != '\0')
            {
                turned++;
                last = k;
            }

            int next = all[(k + 1)..].IndexOfAny(LetterSymbolChars);
            k = next < 0 ? -1 : k + 1 + next;
        }

        bool found = false;
        if (shown >= MinLetterSymbols)
        {
            (int start, int end) = (WordStart(all, first), WordEnd(all, last + 1));
            var decoded = new StringBuilder(end - start);
            for (int k = start; k < end; k++)
            {
                char c = all[k];
                if (c == '\uD83C' && k + 1 < end && all[k + 1] is >= '\uDDE6' and <= '\uDDFF')
                {
                    decoded.Append((char)('a' + (all[++k] - '\uDDE6')));
                }
                else
                {
                    char small = SmallCapital(c);
                    decoded.Append(small != '\0' ? small : c);
                }
            }

            // Most of the letters must be drawn (a word in small capitals, flags among ordinary words are not a payload).
            // Regional indicators alone are no finding: pairs of them are flags ("🇺🇸 🇬🇧" reads "us gb"), and the text they
            // spell is read all the same.
            string result = decoded.ToString();
            if (shown * 2 >= Letters(result) && IsMostlyText(result))
            {
                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.LetterSymbols, start, end, result));
                found = smallCapitals > 0;
            }
        }

        if (turned >= MinLetterSymbols && (payloads?.Count ?? 0) < MaxPayloads)
        {
            int start = first, end = last + 1;
            while (start > 0 && all[start - 1] != '\n')
            {
                start--;
            }

            while (end < all.Length && all[end] != '\n')
            {
                end++;
            }

            var decoded = new StringBuilder(end - start);
            for (int k = end - 1; k >= start; k--)
            {
                char c = all[k];
                if (char.IsLowSurrogate(c) && k > start && char.IsHighSurrogate(all[k - 1]))
                {
                    decoded.Append(all[k - 1]).Append(c); // a pair stays in order
                    k--;
                    continue;
                }

                char letter = TurnedLetter(c);
                decoded.Append(letter != '\0' ? letter : c switch
                {
                    'q' => 'b', 'b' => 'q', 'p' => 'd', 'd' => 'p', 'u' => 'n', 'n' => 'u', '˙' => '.', '¿' => '?', '¡' => '!', _ => c,
                });
            }

            // Turned letters are also phonetic symbols ("ɹ", "ʌ", "ɔ" in a transcription): a third of the letters at least.
            string result = decoded.ToString();
            if (turned * 3 >= Letters(result) && IsMostlyText(result))
            {
                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.LetterSymbols, start, end, result));
                found = true;
            }
        }

        return found;

        static int Letters(string s)
        {
            int n = 0;
            foreach (char c in s)
            {
                n += char.IsLetter(c) ? 1 : 0;
            }

            return n;
        }
    }

    // Small capitals (Phonetic Extensions, IPA, Latin Extended-D) and turned letters, the regional indicators' high surrogate.
    private static readonly SearchValues<char> LetterSymbolChars = SearchValues.Create(
        "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ" + "ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ" + "\uD83C");

    private static char SmallCapital(char c) => c switch
    {
        'ᴀ' => 'a', 'ʙ' => 'b', 'ᴄ' => 'c', 'ᴅ' => 'd', 'ᴇ' => 'e', 'ꜰ' => 'f', 'ɢ' => 'g', 'ʜ' => 'h', 'ɪ' => 'i', 'ᴊ' => 'j', 'ᴋ' => 'k',
        'ʟ' => 'l', 'ᴍ' => 'm', 'ɴ' => 'n', 'ᴏ' => 'o', 'ᴘ' => 'p', 'ǫ' => 'q', 'ʀ' => 'r', 'ꜱ' => 's', 'ᴛ' => 't', 'ᴜ' => 'u', 'ᴠ' => 'v',
        'ᴡ' => 'w', 'ʏ' => 'y', 'ᴢ' => 'z', _ => '\0',
    };

    private static char TurnedLetter(char c) => c switch
    {
        'ɐ' => 'a', 'ɔ' => 'c', 'ǝ' => 'e', 'ɟ' => 'f', 'ƃ' => 'g', 'ɥ' => 'h', 'ᴉ' => 'i', 'ɾ' => 'j', 'ʞ' => 'k', 'ɯ' => 'm', 'ɹ' => 'r',
        'ʇ' => 't', 'ʌ' => 'v', 'ʍ' => 'w', 'ʎ' => 'y', _ => '\0',
    };
}
