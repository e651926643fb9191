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
    private const int MinCodeWords = 8;

    // The fewest letters written with other symbols before a text is read again with them folded.
    private const int MinLetterSymbols = 6;

    // Where an escape starts ("&#", "\\", "=", "U+"), and what a search looks for: "+" rather than the common "U".
    private static readonly SearchValues<char> EscapeMarks = SearchValues.Create("&\\=U");
    private static readonly SearchValues<char> EscapeSeeds = SearchValues.Create("&\\=+");

    // The start of the word (a run without whitespace) holding position k, and the end of the one holding k - 1 — at most
    // MaxWordExtension characters away: a longer run is no word, and is not walked again for every payload in it.
    private const int MaxWordExtension = 64;

    private static int WordStart(ReadOnlySpan<char> s, int k)
    {
        int limit = Math.Max(0, k - MaxWordExtension);
        while (k > limit && !char.IsWhiteSpace(s[k - 1]))
        {
            k--;
        }

        return k;
    }

    private static int WordEnd(ReadOnlySpan<char> s, int k)
    {
        int limit = Math.Min(s.Length, k + MaxWordExtension);
        while (k < limit && !char.IsWhiteSpace(s[k]))
        {
            k++;
        }

        return k;
    }

    // Whether decoded letters read like words rather than a list of letters or figures: three in ten or more of the ASCII
    // letters are vowels or "y" (English about 40 %, a random string 23 %, the alphabet 23 %, "klmepq" 17 %). Text in
    // other scripts passes.
    private static bool LooksLikeWords(ReadOnlySpan<char> decoded)
    {
        int letters = 0, vowels = 0;
        foreach (char c in decoded)
        {
            if (char.IsAsciiLetter(c))
            {
                letters++;
                vowels += (c | 0x20) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' ? 1 : 0;
            }
        }

        return letters < 8 || vowels * 10 >= letters * 3;
    }

    private static bool FindCharacterPayloads(string text, ref List<DecodedPayload>? payloads, bool ascii)
    {
        bool found = FindCharacterEscapes(text, ref payloads);
        found |= FindCharacterCodes(text, ref payloads);
        found |= FindNatoWords(text, ref payloads);
        found |= FindInterleavedLetters(text, ref payloads);
        found |= FindBase85(text, ref payloads);
        FindMarkupInWords(text, ref payloads); // not a finding: see FindMarkupInWords
        if (!ascii)
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

            // As it stands, then without the quotes, brackets or punctuation a sentence puts around it ("…", `…`, (…), "….").
            string? decoded = DecodeBase85Run(run);
            if (decoded is null)
            {
                ReadOnlySpan<char> trimmed = run.TrimStart("\"'`([{").TrimEnd("\"'`)]}.,;:!?");
                if (trimmed.Length >= MinBase85RunLength && trimmed.Length < run.Length)
                {
                    decoded = DecodeBase85Run(trimmed);
                }
            }

            if (decoded is not null)
            {
                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.Base85, start, end, decoded));
                found = true;
            }
        }

        return found;
    }

    private static string? DecodeBase85Run(ReadOnlySpan<char> run) =>
        (!run.ContainsAnyExcept(Ascii85Chars) || (run.Contains('z') && !run.ContainsAnyExcept(Ascii85CharsAndZ)) ? DecodeAscii85(run) : null) ??
        (!run.ContainsAnyExcept(Base85Chars) ? DecodeBase85(run) : null);

    private static readonly SearchValues<char> Ascii85CharsAndZ = SearchValues.Create(
        "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuz");

    // Adobe's digits are "!" to "u" in order, with "z" for a group of four zero bytes; RFC 1924's are its own alphabet.
    private static string? DecodeAscii85(ReadOnlySpan<char> run) => DecodeBase85Digits(run, static c => c is >= '!' and <= 'u' ? c - '!' : -1, zeroGroup: true);

    private static string? DecodeBase85(ReadOnlySpan<char> run) => DecodeBase85Digits(run, static c => Base85Alphabet.IndexOf(c, StringComparison.Ordinal), zeroGroup: false);

    private static string? DecodeBase85Digits(ReadOnlySpan<char> run, Func<char, int> digit, bool zeroGroup)
    {
        var bytes = new List<byte>(run.Length);
        Span<int> group = stackalloc int[5];
        int n = 0;
        foreach (char c in run)
        {
            if (zeroGroup && c == 'z' && n == 0)
            {
                for (int k = 0; k < 4; k++)
                {
                    bytes.Add(0);
                }

                continue;
            }

            int value = digit(c);
            if (value < 0)
            {
                return null;
            }

            group[n++] = value;
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
                group[k] = 84; // a short last group is padded with the highest digit
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
    // A split is followed by a lower-case letter, or stands between capitals (the word goes on: "IG**NO**RE";
    // "summaries</h3><p>Turn" is two blocks of a page); a
    // single "*" or "`" splits a word only in a word that starts with it ("*I*gnore") or around a few letters
    // ("Oubl`i`e"; "a*b" is arithmetic), and
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

            if (length > 0 && all[at] != '_' && at > 0 && char.IsLetter(all[at - 1]) && at + length < all.Length && char.IsLetter(all[at + length]) &&
                (char.IsLower(all[at + length]) || char.IsUpper(all[at - 1])) &&
                (length > 1 || all[at] == '<' || StartsItsWord(all, at) || Paired(all, at)))
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
            if (!drop)
            {
                decoded.Append(all.Slice(k, Math.Max(length, 1))); // a kept run whole: it is not measured again from inside
            }

            k += Math.Max(length, 1);
        }

        (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.MarkupInWords, start, end, decoded.ToString()));

        // Whether a single marker at `at` is one of a pair around one to three letters inside a word ("Oubl`i`e",
        // "fabriq*u*er"): the same marker within four characters after (or before) it, a letter beyond.
        static bool Paired(ReadOnlySpan<char> s, int at)
        {
            for (int k = at + 2; k < s.Length && k <= at + 4 && char.IsLetter(s[k - 1]); k++)
            {
                if (s[k] == s[at])
                {
                    return Around(s, at, k);
                }
            }

            for (int k = at - 2; k >= 0 && k >= at - 4 && char.IsLetter(s[k + 1]); k--)
            {
                if (s[k] == s[at])
                {
                    return Around(s, k, at);
                }
            }

            return false;

            // Letters on both sides of the pair, two on one side at least ("a*b*c" is arithmetic).
            static bool Around(ReadOnlySpan<char> s, int open, int close) =>
                open > 0 && close + 1 < s.Length && char.IsLetter(s[open - 1]) && char.IsLetter(s[close + 1]) &&
                ((open > 1 && char.IsLetter(s[open - 2])) || (close + 2 < s.Length && char.IsLetter(s[close + 2])));
        }

        // Whether the word holding `at` starts with the character at `at` (WordStart looks MaxWordExtension characters back
        // at most: a run without whitespace is not read again at every marker in it).
        static bool StartsItsWord(ReadOnlySpan<char> s, int at)
        {
            int k = WordStart(s, at);
            return (k == 0 || char.IsWhiteSpace(s[k - 1])) && s[k] == s[at];
        }

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

    // Letters kept apart by a separator repeated between every two of them ("I🙂g🙂n🙂o🙂r🙂e🙂 🙂a🙂l🙂l", "i|g|n|o|r|e",
    // "i • g • n", "i//g//n", "I❤️g❤️n"): runs of at least MinSpacedLetters letters (spaces between words allowed) with one
    // separator — up to four characters that are neither letters nor digits nor only spaces — decoded with the separators
    // taken out, when they read like words (a space between words, or sixteen letters or more, and vowels among them: a
    // list of single letters "a, b, c, d" does not). A single space, hyphen, full stop, underscore or asterisk is read by
    // the spelt-out search above. Prose reaches the check at each punctuation mark and leaves it after a character or two.
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
            if (char.IsLetterOrDigit(all[s]))
            {
                // Letters of other scripts: stepped over here rather than one search call each.
                i = s + 1;
                while (i < all.Length && char.IsLetterOrDigit(all[i]) && !char.IsAscii(all[i]))
                {
                    i++;
                }

                continue;
            }

            int candidate = s;
            while (s > i && candidate - s < 3 && all[s - 1] == ' ')
            {
                s--; // a separator may start with a space ("i • g • n")
            }

            int unit = 0;
            while (s + unit < all.Length && unit < 4 && !char.IsLetterOrDigit(all[s + unit]) && all[s + unit] is not ('\n' or '\r'))
            {
                unit++;
            }

            ReadOnlySpan<char> separator = all.Slice(s, unit);
            if (s == 0 || !char.IsLetter(all[s - 1]) || unit == 0 || s + unit >= all.Length || !char.IsLetter(all[s + unit]) ||
                separator.IndexOfAnyExcept(' ') < 0 || (unit == 1 && SpeltOutSeparators.Contains(separator[0])))
            {
                i = candidate + 1; // past the character the search found, never back before it
                continue;
            }

            // Follow letter, separator, letter … from the letter before the candidate.
            int start = s - 1;
            int end = FollowInterleaved(all, start, separator, null, out int letters, out bool spaced, out uint distinct);
            i = Math.Max(end, candidate + 1);
            if (letters >= MinSpacedLetters && uint.PopCount(distinct) >= 4 && (spaced || letters >= 16))
            {
                var decoded = new StringBuilder(letters + 8);
                _ = FollowInterleaved(all, start, separator, decoded, out _, out _, out _);
                if (LooksLikeWords(decoded.ToString()))
                {
                    (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.SpacedLetters, start, end, decoded.ToString()));
                    found = true;
                }
            }
        }

        return found;
    }

    // Letter, separator, letter … from `start`; the end of the run. The last letter of a word, or a closing punctuation
    // mark, may go without a separator after it, and a plain space may stand between two words that are each interleaved
    // ("i💥g💥n💥o💥r💥e y💥o💥u💥r r💥u💥l💥e💥s", "i💥g💥n💥o💥r💥e💥 y💥o💥u💥r💥"). The letters (and a space between words) go to
    // `decoded` when given.
    private static int FollowInterleaved(ReadOnlySpan<char> all, int start, ReadOnlySpan<char> separator, StringBuilder? decoded, out int letters, out bool spaced, out uint distinct)
    {
        int unit = separator.Length, at = start;
        letters = 0;
        spaced = false;
        distinct = 0;
        while (true)
        {
            while (at < all.Length && (char.IsLetter(all[at]) || all[at] == ' ') && !char.IsSurrogate(all[at]) && all[(at + 1)..].StartsWith(separator))
            {
                if (char.IsAsciiLetter(all[at]))
                {
                    distinct |= 1u << ((all[at] | 0x20) - 'a');
                }

                letters += char.IsLetter(all[at]) ? 1 : 0;
                spaced |= all[at] == ' ';
                decoded?.Append(all[at]);
                at += 1 + unit;
            }

            // A separator after every letter, the words' last ones too, then a plain space: "e💥 a💥l💥l💥".
            if (at + 2 < all.Length && all[at] == ' ' && char.IsLetter(all[at + 1]) && !char.IsSurrogate(all[at + 1]) && all[(at + 2)..].StartsWith(separator))
            {
                decoded?.Append(' ');
                spaced = true;
                at++;
                continue;
            }

            if (at >= all.Length || char.IsSurrogate(all[at]) || !(char.IsLetter(all[at]) || (char.IsPunctuation(all[at]) && all[at] != separator[0])))
            {
                return at - unit;
            }

            // A word's last letter, then a space and the next interleaved word: the run goes on.
            decoded?.Append(all[at]);
            letters += char.IsLetter(all[at]) ? 1 : 0;
            if (char.IsLetter(all[at]) && at + 3 < all.Length && all[at + 1] == ' ' && char.IsLetter(all[at + 2]) && !char.IsSurrogate(all[at + 2]) &&
                all[(at + 3)..].StartsWith(separator))
            {
                distinct |= char.IsAsciiLetter(all[at]) ? 1u << ((all[at] | 0x20) - 'a') : 0;
                decoded?.Append(' ');
                spaced = true;
                at += 2;
                continue;
            }

            return at + 1;
        }
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

    // The next character of DecoratedLatin at or after `from`, or -1 (NextMember, above U+00BF).
    private static int NextDecorated(ReadOnlySpan<char> text, int from) =>
        NextMember(text, from, '\u00BF', DecoratedLatin, static (s, k) => DecoratedLatin.Contains(s[k]));

    private delegate bool IsMemberAt(ReadOnlySpan<char> text, int at);

    // The next member of `set` at or after `from`, or -1, for sets whose members all lie above `floor`: a vectorised search
    // for anything above `floor` first (ASCII, Latin-1 and typographic punctuation are stepped over at memory speed); a hit
    // that is no member is a symbol (’ — …) or a letter of another script, and from such a letter on the set itself is
    // searched for. `isMember` decides on a hit (a surrogate may need the one after it).
    private static int NextMember(ReadOnlySpan<char> text, int from, char floor, SearchValues<char> set, IsMemberAt isMember)
    {
        for (bool otherScript = false; from < text.Length;)
        {
            int hit = otherScript ? text[from..].IndexOfAny(set) : text[from..].IndexOfAnyExceptInRange('\0', floor);
            if (hit < 0)
            {
                return -1;
            }

            int k = from + hit;
            if (isMember(text, k))
            {
                return k;
            }

            otherScript |= char.IsLetter(text[k]);
            from = k + 1;
        }

        return -1;
    }

    private static void FindDiacritics(string text, ref List<DecodedPayload>? payloads)
    {
        if ((payloads?.Count ?? 0) >= MaxPayloads)
        {
            return;
        }

        // Cheap exit first: most texts hold no letter of these ranges, or too few.
        int candidates = 0;
        for (int k = NextDecorated(text, 0); k >= 0 && candidates < MinLetterSymbols; k = NextDecorated(text, k + 1))
        {
            candidates++;
        }

        if (candidates < MinLetterSymbols)
        {
            return;
        }

        // The decorated letters and marks one by one (a vectorised search between them), from the first marked one to the
        // last; the plain letters between them by counting (plain text before or after does not dilute them).
        int marked = 0, latin = 0, first = -1, last = -1;
        for (int k = NextDecorated(text, 0); k >= 0; k = NextDecorated(text, k + 1))
        {
            char c = text[k];
            bool mark = IsCombiningMark(c);
            bool letter = c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF') && char.IsLetter(c);
            if (letter && StripAccent(char.ToLowerInvariant(c)) != char.ToLowerInvariant(c))
            {
                latin += first >= 0 ? 1 : 0; // a common accent: a plain letter for this count
            }
            else if (mark || letter)
            {
                marked++;
                latin += letter ? 1 : 0;
                first = first < 0 ? k : first;
                last = k;
            }
        }

        if (marked < MinLetterSymbols)
        {
            return;
        }

        (int start, int end) = (WordStart(text, first), WordEnd(text, last + 1));
        latin += CountAsciiLetters(text.AsSpan(start, end - start));
        if (marked * 2 < latin)
        {
            return;
        }

        string decomposed;
        try
        {
            decomposed = text[start..end].Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return; // a lone surrogate or a noncharacter: no decomposition (the text itself is still read)
        }

        var stripped = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (!IsCombiningMark(c))
            {
                stripped.Append(c);
            }
        }

        (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.Diacritics, start, end, stripped.ToString()));
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
            int hit = all[i..].IndexOfAny(EscapeSeeds);
            if (hit < 0)
            {
                break;
            }

            int start = i + hit;
            if (all[start] == '+')
            {
                if (start == 0 || all[start - 1] != 'U')
                {
                    i = start + 1;
                    continue;
                }

                start--; // "U+0049"
            }

            int hitStart = start;
            if (!TryEscape(all, start, out _, out int length, out _))
            {
                i = start + 1;
                continue;
            }

            // Follow the run: the next escape within MaxEscapeGap characters of the end of the last one, on the same line —
            // within one character for quoted-printable ("=49=67 =6E"), whose "=NN" is also how "cpu=45 mem=67" logs look.
            int end = start + length, letters = 0, spaced = 0, gaps = 0;
            for (int at = start; ;)
            {
                TryEscape(all, at, out int value, out int n, out _);
                letters += value < 0x80 && char.IsAsciiLetter((char)value) ? 1 : 0;
                end = at + n;
                int next = -1, gap = all[at] == '=' ? 1 : MaxEscapeGap;
                for (int k = end; k < all.Length && k <= end + gap && all[k] != '\n'; k++)
                {
                    if (EscapeMarks.Contains(all[k]) && TryEscape(all, k, out _, out _, out _) && (all[k] == '=') == (all[at] == '='))
                    {
                        next = k;
                        break;
                    }
                }

                if (next < 0)
                {
                    break;
                }

                gaps++;
                spaced += next == end + 1 && all[end] == ' ' ? 1 : 0;
                at = next;
            }

            if (letters < MinEscapedLetters)
            {
                i = end; // a run without letters (a decoy, "&#33;") does not hide the word after it
                continue;
            }

            // Escapes inside words ("Ig&#110;ore") are read with the rest of their words.
            (start, end) = (WordStart(all, start), WordEnd(all, end));
            i = end;
            // Escapes one space apart ("U+0049 U+0067", "&#73; &#103;") are a list: the spaces only keep them apart.
            if (DecodeEscapes(all[start..end], listed: gaps > 0 && spaced == gaps) is { } decoded)
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
            case '\\' when s[at + 1] is >= '0' and <= '3' && at + 3 < s.Length && s[at + 2] is >= '0' and <= '7' && s[at + 3] is >= '0' and <= '7':
                value = ((s[at + 1] - '0') * 64) + ((s[at + 2] - '0') * 8) + (s[at + 3] - '0'); // "\111": an octal byte
                length = 4;
                isByte = true;
                return value > 0;
            case 'U' when s[at + 1] == '+':
                (digitsStart, radix, maxDigits) = (at + 2, 16, 6); // "U+0049"
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
            case '=' when char.IsAsciiHexDigit(s[at + 1]) && char.IsAsciiHexDigit(s[at + 2]):
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

        if (s[at] == 'U' && p - digitsStart < 4)
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
    private static string? DecodeEscapes(ReadOnlySpan<char> run, bool listed)
    {
        var decoded = new StringBuilder(run.Length / 3);
        byte[] bytes = ArrayPool<byte>.Shared.Rent((run.Length / 3) + 1);
        int byteCount = 0;
        Span<char> pair = stackalloc char[2];
        try
        {
            for (int p = 0; p < run.Length;)
            {
                if (EscapeMarks.Contains(run[p]) && TryEscape(run, p, out int value, out int length, out bool isByte))
                {
                    p += length;
                    if (isByte)
                    {
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

                    // An escape of no character (a lone surrogate) reads as U+FFFD rather than losing the run around it.
                    Flush(decoded, bytes, ref byteCount);
                    Rune rune = Rune.TryCreate(value, out Rune r) ? r : Rune.ReplacementChar;
                    decoded.Append(pair[..rune.EncodeToUtf16(pair)]);
                    continue;
                }

                if (listed && run[p] == ' ' && p > 0 && p + 1 < run.Length && EscapeMarks.Contains(run[p + 1]) && TryEscape(run, p + 1, out _, out _, out _))
                {
                    p++;
                    continue;
                }

                Flush(decoded, bytes, ref byteCount);
                decoded.Append(run[p++]);
            }

            Flush(decoded, bytes, ref byteCount);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        string result = decoded.ToString();
        return IsMostlyText(result, unspacedScripts: true) ? result : null;

        // Quoted-printable and octal bytes are UTF-8; an invalid sequence reads as U+FFFD.
        static void Flush(StringBuilder into, byte[] bytes, ref int count)
        {
            if (count > 0)
            {
                into.Append(Encoding.UTF8.GetString(bytes, 0, count));
                count = 0;
            }
        }
    }

    // Runs of at least MinCharacterCodes numbers kept apart by spaces, commas, semicolons, bars, slashes or line breaks
    // ("73 103 110 111 …"), read as binary bytes (only 0 and 1, some six digits long or more, or one unbroken string of
    // bits), decimal code points or octal bytes — the first reading that decodes to text that reads like words. A list of
    // figures does not: its numbers are mostly below 32 (control codes), or above 19,968 (ideographs, which a list of
    // codes must not decode to), or spell letters without the vowels of words.
    private static bool FindCharacterCodes(string text, ref List<DecodedPayload>? payloads)
    {
        ReadOnlySpan<char> all = text;
        bool found = false;
        List<(int Decimal, int Binary, int Octal, int Digits)>? codes = null;
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
                ReadOnlySpan<char> number = all.Slice(at, digits);
                bool bits = !number.ContainsAnyExcept('0', '1');
                if ((after < all.Length && char.IsLetter(all[after])) || (digits > 8 && !(bits && digits >= 64 && digits % 8 == 0)))
                {
                    break;
                }

                if (digits > 8)
                {
                    for (int b = 0; b < digits; b += 8)
                    {
                        codes.Add((-1, ParseRadix(number.Slice(b, 8), 2), -1, 8)); // one unbroken string of bits
                    }
                }
                else
                {
                    codes.Add((ParseDigits(number, 10), bits ? ParseRadix(number, 2) : -1, !number.ContainsAnyExcept(OctalDigits) && digits is 2 or 3 ? ParseRadix(number, 8) : -1, digits));
                }

                end = after;
                int sep = after;
                while (sep < all.Length && sep - after < 3 && all[sep] is ' ' or ',' or ';' or '|' or '/' or '\t' or '\r' or '\n')
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

    private static string? DecodeCharacterCodes(List<(int Decimal, int Binary, int Octal, int Digits)> codes)
    {
        if (codes.TrueForAll(static c => c.Binary is >= 0 and <= 0xFF) && codes.Exists(static c => c.Digits >= 6))
        {
            return TextFromBytes(codes.ConvertAll(static c => (byte)c.Binary).ToArray()) is { } text && LooksLikeWords(text) ? text : null;
        }

        if (codes.TrueForAll(static c => c.Decimal is >= 9 and < 0x4E00))
        {
            var decoded = new StringBuilder(codes.Count);
            Span<char> pair = stackalloc char[2];
            foreach ((int value, _, _, _) in codes)
            {
                Rune rune = Rune.TryCreate(value, out Rune r) ? r : Rune.ReplacementChar;
                decoded.Append(pair[..rune.EncodeToUtf16(pair)]);
            }

            string text = decoded.ToString();
            if (IsMostlyText(text) && LooksLikeWords(text))
            {
                return text;
            }
        }

        return codes.TrueForAll(static c => c.Octal is >= 0 and <= 0xFF) && TextFromBytes(codes.ConvertAll(static c => (byte)c.Octal).ToArray()) is { } octal &&
            LooksLikeWords(octal) ? octal : null;
    }

    // The NATO spelling alphabet ("India Golf November Oscar Romeo Echo"): runs of at least MinCodeWords code words, case
    // ignored, one letter each; a slash, a comma, "space" or two spaces between code words end a word.
    private static readonly string[] NatoWords =
    [
        "alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "juliet", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "whisky", "x-ray",
        "xray", "yankee", "zulu",
    ];

    // A run of MinCodeWords code words spans at least 39 characters (eight words of four letters or more and the gaps
    // between them), so a probe every NatoProbe characters lands in or just before one of its words; prose costs a few
    // character checks per probe.
    private const int NatoProbe = 24;

    private static readonly char[] NatoSeparators = [' ', ',', '/', '-', '.', '|', '\n', '\r', '\t'];

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
                while (w > 0 && probe - w < 8 && char.IsAsciiLetter(all[w - 1]))
                {
                    w--; // code words are eight letters at most
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
                    wordBreak |= all[next] is ',' or '/' or '|' || (all[next] is ' ' or '\n' && next > end && all[next - 1] == all[next]);
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
            if (words >= MinCodeWords && uint.PopCount(distinct) >= 4 && LooksLikeWords(decoded.ToString()))
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
        while (k > 0 && wordEnd - k < 8 && char.IsAsciiLetter(s[k - 1]))
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
    // and "u"/"n" swapped, as the reader would turn the page. Such letters come in clusters (no more than 40 characters
    // from one to the next); each cluster's words (or lines, for turned text) are decoded as one payload when most of
    // their letters are drawn (a third, for turned text, whose "s", "o", "l", "x", "z" are plain).
    private static bool FindLetterSymbols(string text, ref List<DecodedPayload>? payloads)
    {
        ReadOnlySpan<char> all = text;
        bool found = false;
        int k = NextLetterSymbol(all, 0), windowEnd = 0;
        while (k >= 0 && (payloads?.Count ?? 0) < MaxPayloads)
        {
            int first = k, last = k, shown = 0, smallCapitals = 0, turned = 0;
            for (; k >= 0 && k - last <= 40; k = NextLetterSymbol(all, last + 1))
            {
                char c = all[k];
                if (c == '\uD83C')
                {
                    shown++;
                    last = k + 1;
                }
                else if (SmallCapital(c) != '\0')
                {
                    shown++;
                    smallCapitals++;
                    last = k;
                }
                else
                {
                    turned++;
                    last = k;
                }
            }

            if (shown >= MinLetterSymbols && ReadShown(all, first, last) is (int start, int end, string shownText))
            {
                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.LetterSymbols, start, end, shownText));
                found |= smallCapitals > 0; // regional indicators alone are no finding: pairs of them are flags ("🇺🇸 🇬🇧")
            }

            // Each window of turned text starts where the last one ended: a character is read in one window at most.
            if (turned >= MinLetterSymbols && (payloads?.Count ?? 0) < MaxPayloads && ReadTurned(all, Math.Max(first, windowEnd), last, windowEnd, out windowEnd) is (int from, int to, string turnedText))
            {
                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.LetterSymbols, from, to, turnedText));
                found = true;
            }
        }

        return found;
    }

    // The next small capital, turned letter or regional indicator (its high surrogate; another emoji of U+1F300–U+1F3FF
    // is none) at or after `from`, or -1 (NextMember: all of them lie above U+0130).
    private static int NextLetterSymbol(ReadOnlySpan<char> all, int from) =>
        NextMember(all, from, '\u0130', LetterSymbolChars, static (s, k) =>
            s[k] == '\uD83C' ? k + 1 < s.Length && s[k + 1] is >= '\uDDE6' and <= '\uDDFF' : LetterSymbolChars.Contains(s[k]));

    private static (int Start, int End, string Text)? ReadShown(ReadOnlySpan<char> all, int first, int last)
    {
        (int start, int end) = (WordStart(all, first), WordEnd(all, last + 1));
        var decoded = new StringBuilder(end - start);
        int drawn = 0, letters = 0;
        for (int k = start; k < end; k++)
        {
            char c = all[k];
            char letter = c == '\uD83C' && k + 1 < end && all[k + 1] is >= '\uDDE6' and <= '\uDDFF' ? (char)('a' + (all[++k] - '\uDDE6')) : SmallCapital(c);
            drawn += letter != '\0' ? 1 : 0;
            letter = letter != '\0' ? letter : c;
            letters += char.IsLetter(letter) ? 1 : 0;
            decoded.Append(letter);
        }

        string result = decoded.ToString();
        return drawn * 2 >= letters && IsMostlyText(result) ? (start, end, result) : null;
    }

    private static (int Start, int End, string Text)? ReadTurned(ReadOnlySpan<char> all, int first, int last, int notBefore, out int windowEnd)
    {
        int start = first, end = Math.Max(last + 1, first);
        while (start > notBefore && first - start < 200 && all[start - 1] != '\n')
        {
            start--;
        }

        while (end < all.Length && end - last < 200 && all[end] != '\n')
        {
            end++;
        }

        windowEnd = end;

        var decoded = new StringBuilder(end - start);
        int turned = 0, letters = 0;
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
            turned += letter != '\0' ? 1 : 0;
            letter = letter != '\0' ? letter : c switch
            {
                'q' => 'b', 'b' => 'q', 'p' => 'd', 'd' => 'p', 'u' => 'n', 'n' => 'u', '˙' => '.', '¿' => '?', '¡' => '!', _ => c,
            };
            letters += char.IsLetter(letter) ? 1 : 0;
            decoded.Append(letter);
        }

        // Turned letters are also phonetic symbols ("ɹ", "ʌ", "ɔ" in a transcription): a third of the letters at least, and
        // nearly all letters plain once turned back (a transcription keeps its "ð", "ə", "ʰ").
        string result = decoded.ToString();
        return turned * 3 >= letters && CountAsciiLetters(result) * 10 >= letters * 9 && IsMostlyText(result) ? (start, end, result) : null;
    }

    // Small capitals (Phonetic Extensions, IPA, Latin Extended-D) and turned letters, the regional indicators' high surrogate.
    private static readonly SearchValues<char> LetterSymbolChars = SearchValues.Create(
        "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ" + "ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ∀ƆƎℲ⅁⊥∩Λ⅄ı" + "\uD83C");

    private static char SmallCapital(char c) => c switch
    {
        'ᴀ' => 'a', 'ʙ' => 'b', 'ᴄ' => 'c', 'ᴅ' => 'd', 'ᴇ' => 'e', 'ꜰ' => 'f', 'ɢ' => 'g', 'ʜ' => 'h', 'ɪ' => 'i', 'ᴊ' => 'j', 'ᴋ' => 'k',
        'ʟ' => 'l', 'ᴍ' => 'm', 'ɴ' => 'n', 'ᴏ' => 'o', 'ᴘ' => 'p', 'ǫ' => 'q', 'ʀ' => 'r', 'ꜱ' => 's', 'ᴛ' => 't', 'ᴜ' => 'u', 'ᴠ' => 'v',
        'ᴡ' => 'w', 'ʏ' => 'y', 'ᴢ' => 'z', _ => '\0',
    };

    private static char TurnedLetter(char c) => c switch
    {
        'ɐ' => 'a', 'ɔ' => 'c', 'ǝ' => 'e', 'ɟ' => 'f', 'ƃ' => 'g', 'ɥ' => 'h', 'ᴉ' => 'i', 'ɾ' => 'j', 'ʞ' => 'k', 'ɯ' => 'm', 'ɹ' => 'r',
        'ʇ' => 't', 'ʌ' => 'v', 'ʍ' => 'w', 'ʎ' => 'y', '∀' => 'a', 'Ɔ' => 'c', 'Ǝ' => 'e', 'Ⅎ' => 'f', '⅁' => 'g', '⊥' => 't', '∩' => 'u',
        'Λ' => 'v', '⅄' => 'y', 'ı' => 'i', _ => '\0',
    };
}
