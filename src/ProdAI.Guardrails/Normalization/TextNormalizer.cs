using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using ProdAI.Guardrails.Internal;

namespace ProdAI.Guardrails.Normalization;

/// <summary>
/// Undoes the tricks used to slip instructions past filters: compatibility forms (NFKC), invisible and bidirectional
/// controls, Unicode TAG smuggling, Cyrillic/Greek look-alikes inside Latin words, leetspeak, and payloads encoded as
/// base64, base32, base85, hex, URL-encoding, Morse code, Braille, character escapes and codes, quoted-printable, the NATO
/// alphabet, small capitals, regional indicators, upside-down text or spelt out letter by letter (decoded into payloads;
/// ROT13, ROT47, Atbash, Caesar shifts and text written backwards are checked by the detector); combining marks on Latin letters (decomposed accents, Zalgo decoration) are dropped. Runs in linear time;
/// it allocates per call, never per character.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>The shortest base64 or hex run that is tried as an encoded payload.</summary>
    public const int MinEncodedRunLength = 16;

    /// <summary>
    /// The most payloads one text yields; a text with this many may hold more that were not decoded (the detector flags it).
    /// High enough for a page of links with %20 in them, low enough that decoding and scanning them stays cheap.
    /// </summary>
    internal const int MaxPayloads = 256;
    private static readonly SearchValues<char> LeetChars = SearchValues.Create("01345789@$|!+€");
    private static readonly SearchValues<char> Base64Chars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_");
    private static readonly string?[] BmpCache = new string?[0x10000];
    private static readonly ConcurrentDictionary<int, string> SupplementaryCache = new();

    /// <summary>Normalises <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text with its findings, decoded payloads and a map back to the original.</returns>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (System.Text.Ascii.IsValid(text) && !HasAsciiControls(text))
        {
            return NormalizeAscii(text);
        }

        NormalizationFindings findings = NormalizationFindings.None;
        char[] buffer = ArrayPool<char>.Shared.Rent((text.Length * 2) + 16);
        int[] map = ArrayPool<int>.Shared.Rent((text.Length * 2) + 16);
        int length = 0;
        StringBuilder? tags = null, run = null;
        int tagStart = -1, tagEnd = -1, runStart = -1, runEnd = -1, marksOnLetter = 0;
        char composingBase = '\0'; // the last emitted character before accent folding, for composing combining marks
        try
        {
            int i = 0;
            while (i < text.Length)
            {
                int origin = i;
                char ascii = text[i];
                if (ascii < 0x80)
                {
                    marksOnLetter = 0;
                    // Most characters of mixed text are ASCII: no rune decoding, no table lookups.
                    i++;
                    composingBase = ascii is >= 'A' and <= 'Z' ? (char)(ascii + 32) : ascii;
                    Emit(ref buffer, ref map, ref length, composingBase, origin);
                    continue;
                }

                Rune rune;
                if (Rune.DecodeFromUtf16(text.AsSpan(i), out rune, out int consumed) != OperationStatus.Done)
                {
                    rune = Rune.ReplacementChar;
                    findings |= NormalizationFindings.InvalidUnicode;
                    consumed = 1;
                }

                i += consumed;
                int cp = rune.Value;
                if (cp < 0x80)
                {
                    marksOnLetter = 0;
                    char c = (char)cp;
                    composingBase = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                    Emit(ref buffer, ref map, ref length, composingBase, origin);
                    continue;
                }

                if (cp is >= 0xE0000 and <= 0xE007F)
                {
                    findings |= NormalizationFindings.TagCharacters;
                    if (run is { Length: > 0 } && (origin != runEnd || cp == 0xE007F))
                    {
                        EndTagRun(text, run, runStart, runEnd, cancelled: cp == 0xE007F && origin == runEnd, ref tags, ref tagStart, ref tagEnd);
                    }

                    if (cp is >= 0xE0020 and <= 0xE007E)
                    {
                        (run ??= new StringBuilder()).Append((char)(cp - 0xE0000));
                        runStart = run.Length == 1 ? origin : runStart;
                        runEnd = i;
                    }

                    continue;
                }

                if (IsBidiControl(cp))
                {
                    findings |= NormalizationFindings.BidiControls;
                    continue;
                }

                if (IsInvisible(cp) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
                {
                    // Dropped either way; flagged unless it is doing its ordinary job (an emoji's presentation selector,
                    // the joiner of an emoji sequence, Persian's or an Indic script's joiners inside a word).
                    findings |= IsOrdinaryJoiner(text, origin, i, cp) ? NormalizationFindings.None : NormalizationFindings.InvisibleCharacters;
                    continue;
                }

                // Combining marks after a letter or digit of Latin, Greek or Cyrillic: one or two compose with it where Unicode
                // has the precomposed letter ("o" + hook = "ỏ", "a" + circumflex + acute = "ấ", "e" + acute = "é", then folded
                // like any accent), so decomposed text reads like precomposed text; a stack of three or more is Zalgo decoration
                // ("i̴g̷n̸o̵r̶e̷", "i҉g҉n҉o҉r҉e҉") and is dropped whole, with a finding; marks that do not compose are dropped too.
                if (IsCombiningMark(cp) && length > 0 && IsDecoratable(buffer[length - 1]))
                {
                    if (marksOnLetter == 0)
                    {
                        marksOnLetter = CombiningRun(text, origin);
                        if (marksOnLetter >= 3)
                        {
                            findings |= NormalizationFindings.CombiningMarks;
                        }
                    }

                    if (marksOnLetter < 3 && Compose(composingBase, cp) is char composed)
                    {
                        composingBase = composed;
                        buffer[length - 1] = StripAccent(composed);
                    }

                    continue;
                }

                marksOnLetter = 0;
                string folded = Nfkc(rune);
                bool changed = rune.IsBmp
                    ? folded.Length != 1 || folded[0] != (char)cp
                    : folded.Length != 2 || folded[0] != text[origin] || folded[1] != text[origin + 1];
                if (changed && DisguisesLetters(rune, folded))
                {
                    findings |= NormalizationFindings.CompatibilityCharacters;
                }

                foreach (char c in folded)
                {
                    composingBase = char.ToLowerInvariant(c);
                    Emit(ref buffer, ref map, ref length, StripAccent(composingBase), origin);
                }
            }

            if (run is { Length: > 0 })
            {
                EndTagRun(text, run, runStart, runEnd, cancelled: false, ref tags, ref tagStart, ref tagEnd);
            }

            map[length] = text.Length;
            findings |= FoldLeet(buffer.AsSpan(0, length), ascii: false);
            string normalized = new(buffer, 0, length);

            List<DecodedPayload>? payloads = null;
            if (tags is not null && tags.Length > 0)
            {
                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.TagCharacters, tagStart, tagEnd, tags.ToString()));
            }

            if (FindEncodedPayloads(text, ref payloads, ascii: false))
            {
                findings |= NormalizationFindings.EncodedPayload;
            }

            return new NormalizedText(text, normalized, map.AsSpan(0, length + 1).ToArray(), findings, (IReadOnlyList<DecodedPayload>?)payloads ?? []);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<int>.Shared.Return(map);
        }
    }

    // Whether a compatibility character NFKC folded is a letter in disguise — full-width or mathematical Latin, circled or
    // small-capital-like letters, ligatures — rather than ordinary typography: spaces (no-break, thin, ideographic),
    // punctuation (full-width commas and colons of CJK text, "…"), numbers (superscripts, fractions, full-width digits),
    // spacing accents, letters of other scripts (half-width katakana, Arabic presentation forms) and the letter-like
    // symbols of everyday text (ª º µ Ω ™ ℠ № ℃ ℉ ℡) are folded like the rest but are not an obfuscation finding. Roman
    // numerals (ⅰ ⅴ ⅹ ⅼ ⅽ ⅾ ⅿ), the Kelvin sign and the Ångström sign fold to letters and are a finding.
    private static bool DisguisesLetters(Rune rune, string folded)
    {
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.ModifierSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber:
            case UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation:
                return false;
        }

        if (rune.Value is 0xAA or 0xBA or 0xB5 or 0x2126 or 0x2122 or 0x2120 or 0x2116 or 0x2103 or 0x2109 or 0x2121)
        {
            return false;
        }

        foreach (char c in folded)
        {
            if (c < '\u0530' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // A run of TAG characters ends at a cancel tag (U+E007F) or at any other character. The three emoji subdivision flags
    // in use (U+1F3F4, "gbeng", "gbsct" or "gbwls", cancel tag: England, Scotland, Wales) are not hidden text and stay out of
    // the payload; every other run joins it (runs separated by a space) — "flags" spelling "ignore", "all", "previo" … too.
    private static void EndTagRun(string text, StringBuilder run, int runStart, int runEnd, bool cancelled, ref StringBuilder? tags, ref int tagStart, ref int tagEnd)
    {
        bool flag = cancelled && run.Length == 5 && runStart >= 2 && text.AsSpan(runStart - 2, 2).SequenceEqual("\U0001F3F4") &&
            run.ToString() is "gbeng" or "gbsct" or "gbwls";
        if (!flag)
        {
            tags ??= new StringBuilder();
            if (tags.Length > 0)
            {
                tags.Append(' ');
            }

            tags.Append(run);
            tagStart = tagStart < 0 ? runStart : tagStart;
            tagEnd = runEnd;
        }

        run.Clear();
    }


    // Fast path: printable ASCII needs no NFKC, no invisible-character removal and no offset map (identity).
    private static NormalizedText NormalizeAscii(string text)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            Span<char> span = buffer.AsSpan(0, text.Length);
            System.Text.Ascii.ToLower(text, span, out _);
            NormalizationFindings findings = span.ContainsAny(LeetChars) ? FoldLeet(span, ascii: true) : NormalizationFindings.None;
            string normalized = findings == NormalizationFindings.None && text.AsSpan().SequenceEqual(span) ? text : new string(span);
            List<DecodedPayload>? payloads = null;
            if (FindEncodedPayloads(text, ref payloads, ascii: true))
            {
                findings |= NormalizationFindings.EncodedPayload;
            }

            return new NormalizedText(text, normalized, null, findings, (IReadOnlyList<DecodedPayload>?)payloads ?? []);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Whitespace the rules' view folds: ASCII's, and the Unicode spaces and line separators NFKC leaves as they are (it
    // turns the others, no-break and em spaces, ideographic space, into a space).
    private static readonly SearchValues<char> IrregularWhitespace = SearchValues.Create("\t\n\r\v\f\u0085\u1680\u2028\u2029");

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u1680' or '\u2028' or '\u2029';

    private static bool IsLineBreak(char c) => c is '\n' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// The text as the rules read it: <paramref name="normalized"/> with its whitespace folded, whatever the writer (or an
    /// attacker replacing spaces) used — a run of spaces, tabs and Unicode spaces is one space; a run that holds one line
    /// break ("\n", "\r\n", "\r", vertical tab, form feed, U+0085, U+2028, U+2029) is one "\n", with two or more a blank line
    /// ("\n\n"); and a single line break inside a sentence — a hard wrap: a line that ends in a lower-case letter or a comma,
    /// followed by one that starts with a lower-case letter, not on a Markdown table row; case read from the original — is a
    /// space, so that a pattern reads a wrapped sentence (or one word per line) whole. The rules' patterns write one space
    /// between words; without this, "ignore\tall\tprevious\tinstructions" passed them. Its map leads back to the original
    /// text, so evidence spans stay right. The classifiers read it only when <see cref="ForClassifier"/> says so.
    /// Returns <paramref name="normalized"/> when there is nothing to fold (prose with single spaces and sentence-ending line
    /// breaks); linear in the text.
    /// </summary>
    /// <param name="normalized">A normalised text.</param>
    /// <returns>The text with folded whitespace, or <paramref name="normalized"/>.</returns>
    internal static NormalizedText ForRules(NormalizedText normalized) => normalized.RulesView ??= FoldForRules(normalized);

    private static NormalizedText FoldForRules(NormalizedText normalized)
    {
        string text = normalized.Text;
        int irregular = -2;
        if (NextToFold(text, 0, ref irregular) < 0)
        {
            return normalized;
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            List<int>? shifts = null;
            int oddGaps = 0;
            int length = FoldWhitespace(normalized, buffer, ref shifts, ref oddGaps);
            if (length == text.Length && buffer.AsSpan(0, length).SequenceEqual(text))
            {
                return normalized;
            }

            return new NormalizedText(normalized, new string(buffer, 0, length), shifts is null ? [] : [.. shifts]) { OddGaps = oddGaps };
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The text as the built-in classifier reads it: <paramref name="normalized"/> itself — the text it was trained on —
    /// unless its words are mostly kept apart by something other than one space (at least four, and a quarter or more of the
    /// gaps between two letters or digits: tabs, line separators, doubled spaces, a line break between every word), the mark
    /// of spaces replaced to step around a filter; such a text is read through <see cref="ForRules"/>' view, where it looks
    /// like the prose the model learned. Ordinary layout — code indentation, a wrapped paragraph, a list — does not come near
    /// a quarter. The training tool reads its texts through this too.
    /// </summary>
    /// <param name="normalized">A normalised text.</param>
    /// <returns>The text the classifier scores.</returns>
    internal static NormalizedText ForClassifier(NormalizedText normalized) => normalized.ClassifierView ??= ChooseForClassifier(normalized);

    private static NormalizedText ChooseForClassifier(NormalizedText normalized)
    {
        NormalizedText view = ForRules(normalized);
        if (ReferenceEquals(view, normalized) || view.OddGaps < 4)
        {
            return normalized;
        }

        // The view counted the other gaps while folding them; the single spaces between two letters or digits are the rest.
        ReadOnlySpan<char> text = normalized.Text;
        int odd = view.OddGaps, gaps = odd;
        for (int i = text.IndexOf(' '); i >= 0;)
        {
            if (i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
            {
                gaps++;
            }

            int next = text[(i + 1)..].IndexOf(' ');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return odd * 4 >= gaps ? view : normalized;
    }

    // The start of the next whitespace run at or after `from` that may need folding: a character other than a space, or two
    // spaces; a single space before it belongs to the run. -1: none. `irregular` remembers where the next character other
    // than a space is (-2: not looked for yet, -1: none left), so that a text of many doubled spaces is not searched to its
    // end once per run: each character is read at most once by each search.
    private static int NextToFold(string text, int from, ref int irregular)
    {
        if (irregular == -2 || (irregular >= 0 && irregular < from))
        {
            int found = text.AsSpan(from).IndexOfAny(IrregularWhitespace);
            irregular = found < 0 ? -1 : from + found;
        }

        int limit = irregular < 0 ? text.Length : irregular;
        int doubled = text.AsSpan(from, limit - from).IndexOf("  ", StringComparison.Ordinal);
        int at = doubled >= 0 ? from + doubled : irregular;
        if (at < 0)
        {
            return -1;
        }

        return at > from && text[at - 1] == ' ' ? at - 1 : at;
    }

    // Writes the folded text into `output` and returns its length; `shifts` gets a (position, offset) pair wherever the
    // output falls further behind the input. Stretches without anything to fold are copied whole (vectorised search for the
    // next run); whether a line is a table row is read once per input line, when its line break is reached. Linear.
    private static int FoldWhitespace(NormalizedText normalized, Span<char> output, ref List<int>? shifts, ref int oddGaps)
    {
        string text = normalized.Text;
        int w = 0, r = 0, lineStart = 0, irregular = -2;
        while (r < text.Length)
        {
            int run = NextToFold(text, r, ref irregular);
            if (run < 0)
            {
                run = text.Length;
            }

            text.AsSpan(r, run - r).CopyTo(output[w..]);
            w += run - r;
            if (run >= text.Length)
            {
                break;
            }

            int breaks = 0, lastBreak = -1;
            for (r = run; r < text.Length && IsSpace(text[r]); r++)
            {
                if (IsLineBreak(text[r]) || (text[r] == '\r' && (r + 1 >= text.Length || text[r + 1] != '\n')))
                {
                    breaks++;
                    lastBreak = r;
                }
            }

            // Every run but a single space passes here: count those between two letters or digits (ForClassifier).
            if (run > 0 && r < text.Length && char.IsLetterOrDigit(text[run - 1]) && char.IsLetterOrDigit(text[r]))
            {
                oddGaps++;
            }

            // The character before the run (already written, w - 1) came from the input at run - 1.
            bool wrap = breaks == 1 && w > 0 && r < text.Length && !IsSpace(text[run - 1]) &&
                IsHardWrap(text, run - 1, r, lineStart, normalized);
            if (breaks == 0 || wrap)
            {
                output[w++] = ' ';
            }
            else
            {
                output[w++] = '\n';
                if (breaks > 1)
                {
                    output[w++] = '\n';
                }
            }

            if (lastBreak >= 0)
            {
                lineStart = lastBreak + 1;
            }

            if (r - w != (shifts is { Count: > 0 } ? shifts[^1] : 0))
            {
                (shifts ??= []).Add(w);
                shifts.Add(r - w);
            }
        }

        return w;
    }

    /// <summary>
    /// Whether the line break between <paramref name="before"/> (the last character of a line other than whitespace) and
    /// <paramref name="after"/> (the first of the next) is a hard wrap inside a sentence: a lower-case letter or a comma
    /// before, a lower-case letter after (case read from <paramref name="cased"/>'s original when given: normalised text is
    /// lower case), and the line that ends there, from <paramref name="lineStart"/> (-1: after the last "\n" before it, found
    /// only when the case allows a wrap), not a Markdown table row. The rules' view joins such a line break into a space and
    /// the sentence splitter does not cut there.
    /// </summary>
    internal static bool IsHardWrap(ReadOnlySpan<char> text, int before, int after, int lineStart, NormalizedText? cased)
    {
        if (!(text[before] == ',' || IsLower(text, before, cased)) || !IsLower(text, after, cased))
        {
            return false;
        }

        int start = lineStart >= 0 ? lineStart : text[..before].LastIndexOf('\n') + 1;
        return !IsTableRowLine(text[start..(before + 1)]);
    }

    private static bool IsLower(ReadOnlySpan<char> text, int index, NormalizedText? cased) =>
        cased is null ? char.IsLower(text[index]) : cased.IsLowerAt(index);

    /// <summary>A Markdown table row: its first character other than a space or tab is a bar, and another bar follows.</summary>
    internal static bool IsTableRowLine(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> trimmed = line.TrimStart(" \t");
        return trimmed.Length > 1 && trimmed[0] == '|' && trimmed[1..].Contains('|');
    }

    private static bool HasAsciiControls(string text)
    {
        foreach (char c in text)
        {
            if (c < 0x20 && c is not ('\n' or '\r' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Applies the Atbash cipher (a↔z, b↔y …) to the ASCII letters of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The mirrored text.</returns>
    public static string Atbash(string text) => MapLetters(text, mirror: true, by: 0);

    /// <summary>Applies ROT13 to the ASCII letters of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The rotated text.</returns>
    public static string Rot13(string text) => MapLetters(text, mirror: false, by: 13);

    // A Caesar shift of the ASCII letters by `by` places (0 to 25) forwards.
    internal static string ShiftLetters(string text, int by) => MapLetters(text, mirror: false, by: by);

    // Letter ciphers on the ASCII letters, each letter's position in the alphabet mirrored (Atbash) or moved by `by`
    // (ROT13, Caesar shifts).
    private static string MapLetters(string text, bool mirror, int by)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, (text, mirror, by), static (dest, state) =>
        {
            ReadOnlySpan<char> src = state.text;
            for (int i = 0; i < src.Length; i++)
            {
                char c = src[i];
                char first = c is >= 'a' and <= 'z' ? 'a' : c is >= 'A' and <= 'Z' ? 'A' : '\0';
                dest[i] = first == '\0' ? c : (char)(first + (state.mirror ? 25 - (c - first) : (c - first + state.by) % 26));
            }
        });
    }

    private static void Emit(ref char[] buffer, ref int[] map, ref int length, char c, int origin)
    {
        // The map keeps one slot past the text (its end offset); NFKC expansion may outgrow the initial 2n guess.
        if (length >= buffer.Length || length + 1 >= map.Length)
        {
            Grow(ref buffer, length);
            Grow(ref map, length);
        }

        buffer[length] = c;
        map[length] = origin;
        length++;
    }

    private static void Grow<T>(ref T[] array, int used)
    {
        T[] bigger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        array.AsSpan(0, used).CopyTo(bigger);
        ArrayPool<T>.Shared.Return(array);
        array = bigger;
    }

    private static string Nfkc(Rune rune)
    {
        if (rune.IsBmp)
        {
            string? cached = BmpCache[rune.Value];
            if (cached is null)
            {
                string s = rune.ToString();
                cached = s.IsNormalized(NormalizationForm.FormKC) ? s : s.Normalize(NormalizationForm.FormKC);
                BmpCache[rune.Value] = cached;
            }

            return cached;
        }

        if (SupplementaryCache.TryGetValue(rune.Value, out string? value))
        {
            return value;
        }

        string t = rune.ToString();
        t = t.IsNormalized(NormalizationForm.FormKC) ? t : t.Normalize(NormalizationForm.FormKC);
        if (SupplementaryCache.Count < 8192)
        {
            SupplementaryCache.TryAdd(rune.Value, t);
        }

        return t;
    }

    // Latin letters with diacritics fold to their base letter, so one pattern covers "précédentes" and "precedentes".
    private static char StripAccent(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
        'ç' or 'ć' or 'č' => 'c',
        'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => 'e',
        'ì' or 'í' or 'î' or 'ï' or 'ī' or 'į' or 'ı' or 'İ' => 'i',
        'ğ' => 'g',
        'ł' => 'l',
        'ţ' or 'ț' => 't',
        'ñ' or 'ń' or 'ň' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => 'o',
        'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => 'u',
        'ý' or 'ÿ' => 'y',
        'š' or 'ś' or 'ş' or 'ș' => 's',
        'ž' or 'ź' or 'ż' => 'z',
        _ => c,
    };

    private static bool IsCombiningMark(int cp) =>
        cp is (>= 0x0300 and <= 0x036F) or (>= 0x0483 and <= 0x0489) or (>= 0x1AB0 and <= 0x1AFF) or (>= 0x1DC0 and <= 0x1DFF) or (>= 0x20D0 and <= 0x20FF)
            or (>= 0xFE20 and <= 0xFE2F);

    // Letters and digits of the scripts Zalgo decorates: Latin (with its extensions and Vietnamese), Greek, Cyrillic.
    private static bool IsDecoratable(char c) =>
        char.IsAsciiLetterOrDigit(c) || (char.IsLetter(c) && c is (>= '\u00C0' and <= '\u024F') or (>= '\u0370' and <= '\u04FF') or (>= '\u1E00' and <= '\u1EFF'));

    // The precomposed letter for a base character and one combining mark, when Unicode has one (NFC); null otherwise.
    private static char? Compose(char letter, int mark)
    {
        if (!char.IsLetter(letter) || mark > 0xFFFF)
        {
            return null;
        }

        string composed = string.Concat(letter, (char)mark).Normalize(NormalizationForm.FormC);
        return composed.Length == 1 ? composed[0] : null;
    }

    // How many combining marks follow one another from position i (counting up to four).
    private static int CombiningRun(string text, int i)
    {
        int count = 0;
        while (i < text.Length && count < 4 && IsCombiningMark(text[i]))
        {
            count++;
            i++;
        }

        return count;
    }

    // An invisible character doing the job it exists for, which no one types to hide anything: the emoji presentation
    // selector (U+FE0F, or the text one, U+FE0E) straight after a symbol or a keycap's digit ("❤️", "1️⃣"); the zero-width
    // joiner between the parts of an emoji sequence ("👩‍💻", "🏳️‍🌈", "🤷🏽‍♀️"); and the zero-width non-joiner and joiner
    // between letters of a script that spells words with them (Persian "می‌خواهم", Devanagari "क्‍ष"). Between Latin
    // letters, in a run, or anywhere else they are still flagged.
    private static bool IsOrdinaryJoiner(string text, int at, int next, int cp)
    {
        if (cp is not (0xFE0E or 0xFE0F or 0x200C or 0x200D) || at == 0 || (next >= text.Length && cp is 0x200C or 0x200D) ||
            Rune.DecodeLastFromUtf16(text.AsSpan(0, at), out Rune before, out _) != OperationStatus.Done)
        {
            return false;
        }

        if (cp is 0xFE0E or 0xFE0F)
        {
            return IsEmojiPart(before) || before.Value is (>= '0' and <= '9') or '#' or '*';
        }

        if (Rune.DecodeFromUtf16(text.AsSpan(next), out Rune after, out _) != OperationStatus.Done)
        {
            return false;
        }

        return (cp == 0x200D && (IsEmojiPart(before) || before.Value == 0xFE0F) && IsEmojiPart(after)) ||
            (IsJoiningScript(before.Value) && IsJoiningScript(after.Value));
    }

    // A symbol an emoji sequence is made of: pictographs, dingbats, arrows, skin-tone modifiers — not the general punctuation
    // block (the joiners themselves are in it) nor ASCII symbols ("+", "=", "|").
    private static bool IsEmojiPart(Rune rune)
    {
        if (rune.Value < 0x80 || rune.Value is >= 0x2000 and <= 0x206F)
        {
            return false;
        }

        UnicodeCategory category = Rune.GetUnicodeCategory(rune);
        return category != UnicodeCategory.Format &&
            (category is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol ||
            rune.Value is (>= 0x2070 and <= 0x2BFF) or (>= 0x1F000 and <= 0x1FAFF));
    }

    // Arabic script (Persian, Urdu, Kurdish write the non-joiner inside words) and the Indic scripts (conjuncts).
    private static bool IsJoiningScript(int cp) =>
        cp is (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x08A0 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFC)
            or (>= 0x0900 and <= 0x0DFF);

    private static bool IsBidiControl(int cp) => cp is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C;

    // Unicode's default-ignorable code points (rendered as nothing), besides the bidi controls, TAG characters and format
    // characters handled apart: Khmer inherent vowels, Mongolian variation selectors, Hangul fillers, variation selectors
    // and the unassigned ones kept for future invisible characters.
    private static bool IsInvisible(int cp) =>
        cp is (>= 0x200B and <= 0x200D) or (>= 0x2060 and <= 0x2065) or 0xFEFF or 0x00AD or 0x034F or 0x115F or 0x1160 or 0x3164 or 0xFFA0
            or (>= 0x17B4 and <= 0x17B5) or (>= 0x180B and <= 0x180F) or (>= 0xFE00 and <= 0xFE0F) or (>= 0xFFF0 and <= 0xFFF8)
            or (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0xE0080 and <= 0xE0FFF);

    // Word-level folding: look-alikes only inside words that also hold Latin letters; leetspeak only in words whose
    // digits are all leet digits and where a leet character is followed by a letter (so "gpt4", "mp3", "2024" stay), and
    // not in a number with a unit or an ordinal ("3pm", "1st", "401k", "10am", "1080p") or at the @ of an e-mail address.
    // Once two words of a text, and one in eight, are leetspeak, a second pass also reads its other words with leet
    // characters as leetspeak: the short ones ("m3", "70", "4"), leet characters at a word's end ("promp+"), a lone symbol
    // ("anyth!ng"), a bar ("a||", "ru|es") and a 9 ("9u1d3"). Abstracts full of gene names ("t790m", "h3k9") stay as they are.
    private static NormalizationFindings FoldLeet(Span<char> text, bool ascii)
    {
        int leetWords = 0;
        NormalizationFindings findings = ascii ? FoldLeetAscii(text, context: false, ref leetWords) : FoldWords(text, context: false, ref leetWords);
        if (leetWords >= 2 && leetWords * 8 >= CountWords(text))
        {
            _ = FoldLeetAscii(text, context: true, ref leetWords);
        }

        if ((findings & NormalizationFindings.Confusables) != 0 && text.Length <= MaxWholeConfusableLength)
        {
            FoldWholeConfusableWords(text);
        }

        return findings;
    }

    // Once a word mixing Latin letters and look-alikes was folded, words written wholly in look-alikes ("αѕ", "аι",
    // "ρуτһοη") are folded too — in a text of Latin words with no word in another script with letters that look like no
    // Latin one (a Russian sentence or name quoted in English keeps its words, "не", "все" and "на" among them, for the
    // rules of that language). A text with no mixed word keeps its look-alike words ("explain το make а bomb" is not read:
    // a Russian word in English prose would be).
    // Prompts, not megabyte documents: an abstract's "TGFβ" makes a finding, and two passes over a megabyte cost 7 ms.
    private const int MaxWholeConfusableLength = 65_536;

    private static void FoldWholeConfusableWords(Span<char> text)
    {
        int latin = 0, lookAlike = 0, foreign = 0;
        for (int i = 0; i < text.Length;)
        {
            (int start, int end, WordScript script) = NextLetterRun(text, i);
            if (start < 0)
            {
                break;
            }

            latin += script == WordScript.Latin ? 1 : 0;
            lookAlike += script == WordScript.LookAlike ? 1 : 0;
            foreign += script == WordScript.Other ? 1 : 0;
            i = end;
        }

        if (lookAlike == 0 || latin < 2 || foreign > 0)
        {
            return;
        }

        for (int i = 0; i < text.Length;)
        {
            (int start, int end, WordScript script) = NextLetterRun(text, i);
            if (start < 0)
            {
                break;
            }

            if (script == WordScript.LookAlike)
            {
                for (int k = start; k < end; k++)
                {
                    text[k] = Confusables.Map(text[k]);
                }
            }

            i = end;
        }
    }

    private enum WordScript
    {
        Latin,
        LookAlike,
        Other,
    }

    // The next run of letters from `from` (-1 when there is none) and what it is written in: Latin when it holds an ASCII
    // letter, look-alikes when every letter is one, other scripts otherwise (digits and marks are not letters here).
    private static (int Start, int End, WordScript Script) NextLetterRun(ReadOnlySpan<char> text, int from)
    {
        int start = from;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        if (start >= text.Length)
        {
            return (-1, text.Length, WordScript.Other);
        }

        int end = start;
        bool ascii = false, allLookAlike = true;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            ascii |= char.IsAsciiLetter(text[end]);
            allLookAlike &= Confusables.Map(text[end]) != '\0';
            end++;
        }

        return (start, end, ascii ? WordScript.Latin : allLookAlike ? WordScript.LookAlike : WordScript.Other);
    }

    // Runs of letters and digits (CJK text without spaces is many words, not one).
    private static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            // An ideograph or kana is a word of its own; Hangul syllables make words as letters do.
            bool ideograph = c >= '\u2E80' && c is < '\uAC00' or > '\uD7A3' && !char.IsSurrogate(c) && char.IsLetter(c);
            bool wordChar = char.IsLetterOrDigit(c) && !ideograph;
            words += (wordChar && !inWord) || ideograph ? 1 : 0;
            inWord = wordChar;
        }

        return words;
    }

    private static NormalizationFindings FoldWords(Span<char> text, bool context, ref int leetWords)
    {
        NormalizationFindings findings = NormalizationFindings.None;
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i], context))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordChar(text[i], context))
            {
                i++;
            }

            findings |= FoldWord(text, start, i, context, ref leetWords);
        }

        return findings;
    }

    // One run of word characters text[start..end]. An e-mail address (local@domain, then ".tld" or "-name.tld") is folded
    // as its two parts, so its @ is not read as an "a"; a leading @ or $ is a sigil (@channel, @Override, $HOME, $100k), not
    // a letter. No recursion: a run of 100,000 "a@" is one word split once.
    private static NormalizationFindings FoldWord(Span<char> text, int start, int end, bool context, ref int leetWords)
    {
        bool sigil = start < end && text[start] is '@' or '$';
        while (start < end && text[start] is '@' or '$')
        {
            start++;
        }

        if (context)
        {
            // The second pass leaves amounts ("$50"), a chat template's bars ("<|im_start|>") and figures inside other
            // text ("50%", "3.5", "第3章") alone.
            bool apart = !sigil && (start == 0 || IsApart(text[start - 1])) && (end == text.Length || IsApart(text[end]) || text[end] is '.' or ',' or '!' or '?' or ';' or ':');
            if ((start > 0 && text[start - 1] == '<') || (end < text.Length && text[end] == '>'))
            {
                return NormalizationFindings.None;
            }

            FoldLeetInContext(text[start..end], apart);
            return NormalizationFindings.None;
        }

        int at = text[start..end].IndexOf('@');
        if (at > 0 && start + at + 1 < end && char.IsLetterOrDigit(text[start + at - 1]) && char.IsLetterOrDigit(text[start + at + 1]) && DomainFollows(text, end))
        {
            // An address counts once towards the second pass, however many of its parts are leetspeak.
            int before = leetWords;
            NormalizationFindings parts = FoldOneWord(text[start..(start + at)], ref leetWords) | FoldOneWord(text[(start + at + 1)..end], ref leetWords);
            leetWords = Math.Min(leetWords, before + 1);
            return parts;
        }

        return FoldOneWord(text[start..end], ref leetWords);

        static bool IsApart(char c) => char.IsWhiteSpace(c) || c is '(' or '"' or '\'';
    }

    // Whether the rest of a domain name follows a word: letters, digits, hyphens and dots holding a dot before a letter or digit.
    private static bool DomainFollows(ReadOnlySpan<char> text, int end)
    {
        for (int j = end; j + 1 < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '.' or '-'); j++)
        {
            if (text[j] == '.' && char.IsLetterOrDigit(text[j + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static NormalizationFindings FoldOneWord(Span<char> word, ref int leetWords)
    {
        NormalizationFindings findings = NormalizationFindings.None;
        bool latin = false, confusable = false, otherDigit = false, leetBeforeLetter = false, letter = false, symbolOnly = true;
        int letters = 0, symbols = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c is >= 'a' and <= 'z')
            {
                latin = true;
                letter = true;
                letters++;
                if (i > 0 && IsLeet(word[i - 1]))
                {
                    leetBeforeLetter = true;
                    symbolOnly &= IsLeetSymbol(word[i - 1]);
                    symbols += IsLeetSymbol(word[i - 1]) ? 1 : 0;
                }
            }
            else if (Confusables.Map(c) != '\0')
            {
                confusable = true;
                letter = true;
            }
            else if (char.IsAsciiDigit(c) && !IsLeet(c))
            {
                otherDigit = true;
            }
            else if (char.IsLetter(c))
            {
                letter = true;
            }
        }

        if (latin && confusable)
        {
            for (int k = 0; k < word.Length; k++)
            {
                char m = Confusables.Map(word[k]);
                if (m != '\0')
                {
                    word[k] = m;
                }
            }

            findings |= NormalizationFindings.Confusables;
        }

        // Where only symbols (! + €) stand before letters, the word needs two of them and four Latin letters: "hello!world",
        // "!important", "a+b+c" stay; "!nstruct!ons", "ins+ruc+ions" do not.
        if (letter && leetBeforeLetter && !otherDigit && !IsNumberWithUnit(word.TrimEnd('!'))
            && (!symbolOnly || (letters >= 4 && symbols >= 2)))
        {
            for (int k = 0, end = FoldEnd(word); k < end; k++)
            {
                char m = LeetToLetter(word, k);
                if (m != '\0')
                {
                    word[k] = m;
                }
            }

            findings |= NormalizationFindings.Leetspeak;
            leetWords++;
        }

        return findings;
    }

    // The second pass: a word of letters and leet characters (no other digit, not a number with a unit) is folded, leet
    // characters after its last letter only when there is one, a digit or a + ("m3", "promp+"; "prompt!!1", "prompt+"
    // stay); a word of leet digits alone only when it is one or two long and stands apart ("4", "70"; "1337", "50%" stay).
    private static void FoldLeetInContext(Span<char> word, bool apart)
    {
        bool letter = false, leet = false, symbol = false;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letter = true;
            }
            else if (IsLeet(c, context: true))
            {
                leet = true;
                symbol |= IsLeetSymbol(c);
            }
            else
            {
                return;
            }
        }

        if (!leet || (!letter && (word.Length > 2 || symbol || !apart)) || IsNumberWithUnit(word.TrimEnd('!')))
        {
            return;
        }

        int last = letter ? FoldEnd(word) : word.Length;
        for (int k = 0; k < last; k++)
        {
            char m = LeetToLetter(word, k);
            if (m != '\0')
            {
                word[k] = m;
            }
        }
    }

    // Digits, then ASCII letters only: two digits or more ("401k", "10am", "1080p", "90s"), or one digit and one letter
    // ("4k", "5g", "3d"), its own ordinal ("1st", "2nd", "3rd", "4th"; not "4nd") or a common unit ("3pm", "5kg", "5min",
    // "8bit") — a quantity, a time or an ordinal. One digit before other letters ("1gnore", "3vil", "4ll") stays leetspeak.
    private static bool IsNumberWithUnit(ReadOnlySpan<char> word)
    {
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        ReadOnlySpan<char> unit = word[digits..];
        if (digits == 0 || unit.IsEmpty)
        {
            return false;
        }

        // A unit with a Greek or other letter ("10kω", "5µm", "3μl"): a quantity, not leetspeak.
        if (unit.ContainsAnyExceptInRange('a', 'z'))
        {
            return unit.ContainsAnyInRange('\u0080', '\uFFFF') && !unit.ContainsAnyExcept(UnitCharacters);
        }

        if (digits >= 2 || unit.Length == 1)
        {
            return true;
        }

        string ordinal = word[0] switch { '1' => "st", '2' => "nd", '3' => "rd", _ => "th" };
        return unit.SequenceEqual(ordinal) || (unit.Length <= 4 && Units.Contains(unit.ToString()));
    }

    private static readonly SearchValues<char> UnitCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzωµμ°Ωå");

    private static readonly FrozenSet<string> Units = FrozenSet.Create(StringComparer.Ordinal,
        "am", "pm", "kg", "mg", "lb", "oz", "km", "cm", "mm", "ml", "dl", "cl", "ft", "mi", "yd", "mb", "gb", "tb", "kb", "hz", "px",
        "pt", "yr", "hr", "mo", "wk", "ms", "ns", "us", "kw", "mw", "hp", "bn", "mn", "pc", "lbs", "kgs", "min", "sec", "hrs", "yrs",
        "mos", "day", "bit", "mph", "kph", "kmh", "kwh", "mah", "fps", "dpi", "ppm", "bpm", "rpm", "pcs", "pts", "ghz", "mhz", "khz",
        "gbps", "mbps", "kbps", "mins", "secs", "days", "bits");

    // ASCII text has no look-alikes to fold: only words that hold a leet character need the word-level check.
    private static NormalizationFindings FoldLeetAscii(Span<char> text, bool context, ref int leetWords)
    {
        NormalizationFindings findings = NormalizationFindings.None;
        int i = 0;
        while (i < text.Length)
        {
            int hit = text[i..].IndexOfAny(LeetChars);
            if (hit < 0)
            {
                break;
            }

            int at = i + hit;
            int start = at;
            while (start > 0 && IsWordChar(text[start - 1], context))
            {
                start--;
            }

            int end = at;
            while (end < text.Length && IsWordChar(text[end], context))
            {
                end++;
            }

            findings |= FoldWord(text, start, end, context, ref leetWords);
            i = Math.Max(end, at + 1);
        }

        return findings;
    }

    // A + or a bar is part of a word only in the second pass: "ignore+all+previous" (a form-encoded query), "a+b",
    // pipe-separated data ("id|name", "XJGM3J|EMAIL_FROM") keep their words.
    private static bool IsWordChar(char c, bool context) => char.IsLetterOrDigit(c) || c is '@' or '$' or '!' or '€' || (context && c is '|' or '+');

    // 9 is a g, and | an l or an i, only in the second pass.
    private static bool IsLeet(char c, bool context = false) => c is '0' or '1' or '3' or '4' or '5' or '7' or '8' or '@' or '$' or '!' or '+' or '€' || (context && c is '9' or '|');

    // Symbols that leetspeak writes for letters inside words: | for l or i, ! for i, + for t, € for e.
    private static bool IsLeetSymbol(char c) => c is '|' or '!' or '+' or '€';

    // Where a word's folding ends: after its last letter, or at its end when what follows that letter is leet digits or
    // letter-like symbols ("m3", "guidelin35", "ru|35", "a||", "pa$$") or one + after a letter other than t ("promp+").
    // "prompt!!1", "prompt+", "hello!" keep their ends.
    private static int FoldEnd(ReadOnlySpan<char> word)
    {
        int last = 0;
        for (int k = word.Length - 1; k >= 0; k--)
        {
            if (char.IsLetter(word[k]))
            {
                last = k + 1;
                break;
            }
        }

        ReadOnlySpan<char> tail = word[last..];
        return tail.IsEmpty || !tail.ContainsAnyExcept(LetterLikeLeet) || (tail is ['+'] && last > 0 && word[last - 1] != 't') ? word.Length : last;
    }

    private static readonly SearchValues<char> LetterLikeLeet = SearchValues.Create("01345789@$|€");

    private static bool LetterFollows(ReadOnlySpan<char> word, int from)
    {
        int k = from;
        while (k < word.Length && !char.IsLetter(word[k]) && IsLeet(word[k], context: true))
        {
            k++;
        }

        return k < word.Length && char.IsLetter(word[k]);
    }

    // The letter word[k] stands for. A | is an l after a vowel, an l, an i or a consonant l follows in English ("a||",
    // "ru|es", "p|ease", "wi||"), else an i ("|gnore", "prev|ous", "f|le"); ! and + stand for letters only when a letter
    // follows, maybe after more leet characters ("h3llo!" and "prompt!!1" keep their !), and + also at a word's end.
    private static char LeetToLetter(ReadOnlySpan<char> word, int k) => word[k] switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '@' => 'a',
        '$' => 's',
        '€' => 'e',
        '|' => k > 0 && (word[k - 1] is 'a' or 'e' or 'i' or 'o' or 'u' or 'l' or 'b' or 'c' or 'g' or 'k' or 'p' or '4' or '3' or '0' or '1' or '@') ? 'l'
            : k == 0 && k + 1 < word.Length && word[k + 1] is 'a' or 'e' or 'o' or 'u' or '4' or '3' or '0' ? 'l' : 'i',
        '!' or '+' when LetterFollows(word, k + 1) => word[k] == '!' ? 'i' : 't',
        '+' when k == word.Length - 1 => 't', // "promp+": FoldEnd lets a last + through only after a letter other than t
        _ => '\0',
    };

    // `ascii`: the text is printable ASCII (the fast path has checked), so the searches for other characters are skipped.
    private static bool FindEncodedPayloads(string text, ref List<DecodedPayload>? payloads, bool ascii)
    {
        bool found = false;
        ReadOnlySpan<char> all = text;

        // base64 / hex: runs of the base64 alphabet at least MinEncodedRunLength long.
        int i = 0;
        while ((payloads?.Count ?? 0) < MaxPayloads && TextRuns.NextLongRun(all, ref i, Base64Chars, MinEncodedRunLength, out int start, out int end))
        {
            ReadOnlySpan<char> run = all[start..end];
            bool allHex = !run.ContainsAnyExcept(HexChars);
            PayloadEncoding encoding = allHex ? PayloadEncoding.Hex : PayloadEncoding.Base64;
            // Hex of odd length (a digit added to break it) is read without its last digit.
            string? decoded = allHex ? DecodeHex(run.Length % 2 == 0 ? run : run[..^1]) : DecodeBase64(run);
            if (decoded is null && !allHex && run.Length > 2 && run[0] == '0' && run[1] is 'x' or 'X' && !run[2..].ContainsAnyExcept(HexChars))
            {
                decoded = DecodeHex(run.Length % 2 == 0 ? run[2..] : run[2..^1]); // "0x4967…"
                encoding = PayloadEncoding.Hex;
            }

            if (decoded is null && !allHex && !run.ContainsAnyExcept(Base32Chars))
            {
                decoded = DecodeBase32(run);
                encoding = PayloadEncoding.Base32;
            }

            if (decoded is not null)
            {
                (payloads ??= []).Add(new DecodedPayload(encoding, start, end, decoded));
                found = true;
            }
        }

        // Hex written byte by byte: "\x49\x67\x6e…" (C and Python escapes) or "49 67 6e …" / "0x49 0x67 …" (a dump), eight
        // bytes or more; each byte is too short a run for the search above.
        i = 0;
        while (i < all.Length && (payloads?.Count ?? 0) < MaxPayloads && HexBytes(all, ref i) is (int hexStart, int hexEnd, string hexText))
        {
            (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.Hex, hexStart, hexEnd, hexText));
            found = true;
        }

        // URL encoding: tokens with at least three %XX escapes.
        i = 0;
        while (i < all.Length && (payloads?.Count ?? 0) < MaxPayloads)
        {
            int percent = all[i..].IndexOf('%');
            if (percent < 0)
            {
                break;
            }

            int start = i + percent;
            while (start > 0 && !char.IsWhiteSpace(all[start - 1]))
            {
                start--;
            }

            int end = start;
            int escapes = 0;
            while (end < all.Length && !char.IsWhiteSpace(all[end]))
            {
                if (all[end] == '%' && end + 2 < all.Length && char.IsAsciiHexDigit(all[end + 1]) && char.IsAsciiHexDigit(all[end + 2]))
                {
                    escapes++;
                }

                end++;
            }

            i = Math.Max(end, i + percent + 1);
            if (escapes >= 3)
            {
                string decoded = Uri.UnescapeDataString(text[start..end]);
                if (IsMostlyText(decoded))
                {
                    (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.UrlEncoding, start, end, decoded));
                    found = true;
                }
            }
        }

        // Morse code: runs of dots, dashes, spaces and slashes that decode to words. Only runs holding two letters split
        // by one space (". -" …) are looked at, so the full stops and hyphens of prose cost one vectorised search.
        i = 0;
        while ((payloads?.Count ?? 0) < MaxPayloads && i < all.Length)
        {
            int seed = all[i..].IndexOfAny(MorseSeeds);
            if (seed < 0)
            {
                break;
            }

            int start = i + seed;
            while (start > i && MorseChars.Contains(all[start - 1]))
            {
                start--;
            }

            int runLength = all[start..].IndexOfAnyExcept(MorseChars);
            int end = runLength < 0 ? all.Length : start + runLength;
            i = end;
            while (start < end && all[start] is ' ' or '/')
            {
                start++;
            }

            while (end > start && all[end - 1] is ' ' or '/')
            {
                end--;
            }

            if (end - start >= MinMorseRunLength && DecodeMorse(all[start..end]) is { } decoded)
            {
                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.Morse, start, end, decoded));
                found = true;
            }
        }

        // Braille patterns (U+2800–U+28FF): runs of cells and spaces, read as English grade-1 Braille.
        i = 0;
        while ((payloads?.Count ?? 0) < MaxPayloads && i < all.Length)
        {
            int cell = all[i..].IndexOfAnyInRange('\u2800', '\u28FF');
            if (cell < 0)
            {
                break;
            }

            int start = i + cell, end = start;
            int cells = 0;
            while (end < all.Length && (all[end] is >= '\u2800' and <= '\u28FF' || (all[end] is ' ' or '\n' && end + 1 < all.Length && all[end + 1] is >= '\u2800' and <= '\u28FF')))
            {
                cells += all[end] is ' ' or '\n' ? 0 : 1;
                end++;
            }

            i = end;
            if (cells >= MinBrailleCells && DecodeBraille(all[start..end]) is { } decoded)
            {
                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.Braille, start, end, decoded));
                found = true;
            }
        }

        // Words spelt out letter by letter ("I g n o r e   a l l", "i-g-n-o-r-e a-l-l", "i.g.n.o.r.e"): runs of single letters
        // with one separator (a space, hyphen, full stop, underscore or asterisk) within a word, and spaces between words
        // (two or three when the separator is itself a space). A vectorised search finds " x ", "-x-" … for a letter other
        // than "a", "i" and "o" (lone ones are ordinary words); from there the run is followed back to its first letter
        // and read forwards, counted before anything is allocated.
        Span<bool> seen = stackalloc bool[26];
        i = 0;
        while ((payloads?.Count ?? 0) < MaxPayloads && i < all.Length)
        {
            int seed = IndexOfSpeltOutSeed(all[i..]);
            if (seed < 0)
            {
                break;
            }

            char separator = all[i + seed];
            int at = i + seed + 1; // the lone letter
            if (!IsLoneLetter(all, at) || !(NextSpeltLetter(all, at, separator) >= 0 || PreviousSpeltLetter(all, at, separator) >= 0))
            {
                i = at + 1;
                continue;
            }

            int start = at;
            for (int previous; (previous = PreviousSpeltLetter(all, start, separator)) >= 0;)
            {
                start = previous;
            }

            int end = start, letters = 0, distinct = 0;
            seen.Clear();
            while (true)
            {
                letters++;
                int k = char.ToLowerInvariant(all[end]) - 'a';
                if (k is >= 0 and < 26 && !seen[k])
                {
                    seen[k] = true;
                    distinct++;
                }

                int next = NextSpeltLetter(all, end, separator);
                if (next < 0)
                {
                    end++;
                    break;
                }

                end = next;
            }

            i = Math.Max(end, at + 1);
            if (letters >= MinSpacedLetters && distinct >= 4)
            {
                var decoded = new StringBuilder(letters + (letters / 4));
                for (int p = start; p >= 0;)
                {
                    decoded.Append(all[p]);
                    int next = NextSpeltLetter(all, p, separator);
                    if (next >= 0 && (separator == ' ' ? next - p > 2 : all[p + 1] == ' '))
                    {
                        decoded.Append(' ');
                    }

                    p = next;
                }

                (payloads ??= []).Add(new DecodedPayload(PayloadEncoding.SpacedLetters, start, end, decoded.ToString()));
                found = true;
            }
        }

        return FindCharacterPayloads(text, ref payloads, ascii) | found;
    }

    private const int MinSpacedLetters = 8;

    internal const string SpeltOutSeparators = " -._*";

    /// <summary>
    /// The first index of a seed of a spelt-out run — a separator (<see cref="SpeltOutSeparators"/>), an ASCII letter other
    /// than a, i or o in either case, the same separator — or -1, eight characters per step (FastSearchTests compares it
    /// with a multi-string search over those seeds). (A multi-string search over the 115 seeds took 6 µs on a 1 KB prompt; this takes well under one.)
    /// </summary>
    internal static int IndexOfSpeltOutSeed(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count + 2)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            Vector128<ushort> caseBit = Vector128.Create((ushort)0x20), a = Vector128.Create((ushort)'a'), alphabet = Vector128.Create((ushort)26);
            for (int last = text.Length - 2 - Vector128<ushort>.Count; i <= last; i += Vector128<ushort>.Count)
            {
                Vector128<ushort> separator = Vector128.LoadUnsafe(ref first, (nuint)i);
                Vector128<ushort> letter = Vector128.LoadUnsafe(ref first, (nuint)(i + 1)) | caseBit;
                Vector128<ushort> hit = Vector128.Equals(separator, Vector128.LoadUnsafe(ref first, (nuint)(i + 2))) &
                    (Vector128.Equals(separator, Vector128.Create((ushort)' ')) | Vector128.Equals(separator, Vector128.Create((ushort)'-')) |
                     Vector128.Equals(separator, Vector128.Create((ushort)'.')) | Vector128.Equals(separator, Vector128.Create((ushort)'_')) |
                     Vector128.Equals(separator, Vector128.Create((ushort)'*'))) &
                    Vector128.LessThan(letter - a, alphabet) &
                    ~(Vector128.Equals(letter, a) | Vector128.Equals(letter, Vector128.Create((ushort)'i')) | Vector128.Equals(letter, Vector128.Create((ushort)'o')));
                if (hit != Vector128<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(hit.ExtractMostSignificantBits());
                }
            }
        }

        for (; i + 2 < text.Length; i++)
        {
            char letter = (char)(text[i + 1] | 0x20);
            if (text[i] is ' ' or '-' or '.' or '_' or '*' && text[i + 2] == text[i] && letter is >= 'a' and <= 'z' and not ('a' or 'i' or 'o'))
            {
                return i;
            }
        }

        return -1;
    }

    // The next lone letter of a spelt-out run: after the separator (same word) or after one to three spaces (next word;
    // two or three when the separator is a space), or -1.
    private static int NextSpeltLetter(ReadOnlySpan<char> text, int at, char separator)
    {
        int next = at + 1;
        if (separator != ' ' && next + 1 < text.Length && text[next] == separator)
        {
            return IsLoneLetter(text, next + 1) ? next + 1 : -1;
        }

        int gap = 0;
        while (next < text.Length && text[next] == ' ' && gap < 4)
        {
            next++;
            gap++;
        }

        return gap is >= 1 and <= 3 && next < text.Length && IsLoneLetter(text, next) ? next : -1;
    }

    // The previous lone letter of a spelt-out run, or -1.
    private static int PreviousSpeltLetter(ReadOnlySpan<char> text, int at, char separator)
    {
        int previous = at - 1;
        if (separator != ' ' && previous >= 1 && text[previous] == separator)
        {
            return IsLoneLetter(text, previous - 1) ? previous - 1 : -1;
        }

        int gap = 0;
        while (previous >= 0 && text[previous] == ' ' && gap < 4)
        {
            previous--;
            gap++;
        }

        return gap is >= 1 and <= 3 && previous >= 0 && IsLoneLetter(text, previous) ? previous : -1;
    }

    private static bool IsLoneLetter(ReadOnlySpan<char> text, int at) =>
        char.IsLetter(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + 1 >= text.Length || !char.IsLetterOrDigit(text[at + 1]));

    private const int MinBrailleCells = 8;

    // English grade-1 Braille by dot pattern (the low byte of U+28xx): letters, the capital and number signs, punctuation.
    private static readonly char[] BrailleTable = BuildBrailleTable();

    private static char[] BuildBrailleTable()
    {
        var table = new char[256];
        string letters = "abcdefghijklmnopqrstuvwxyz";
        byte[] dots = [0x01, 0x03, 0x09, 0x19, 0x11, 0x0B, 0x1B, 0x13, 0x0A, 0x1A, 0x05, 0x07, 0x0D, 0x1D, 0x15, 0x0F, 0x1F, 0x17, 0x0E, 0x1E, 0x25, 0x27, 0x3A, 0x2D, 0x3D, 0x35];
        for (int k = 0; k < letters.Length; k++)
        {
            table[dots[k]] = letters[k];
        }

        table[0x00] = ' ';
        table[0x32] = '.';
        table[0x02] = ',';
        table[0x04] = '\'';
        table[0x24] = '-';
        table[0x0C] = '/';
        table[0x16] = '!';
        table[0x26] = '?';
        table[0x12] = ':';
        table[0x30] = ';'; // as garak's probe writes it
        table[0x06] = ';'; // English Braille (dots 2-3)
        table[0x36] = '(';
        return table;
    }

    // Decodes a run of Braille cells; the capital sign (dots 6) is dropped, the number sign (dots 3-4-5-6) turns the
    // letters a–j that follow into 1–0. Null unless it reads as text (words of letters, few unknown cells).
    private static string? DecodeBraille(ReadOnlySpan<char> run)
    {
        var decoded = new StringBuilder(run.Length);
        int letters = 0, unknown = 0;
        bool number = false;
        foreach (char c in run)
        {
            if (c is ' ' or '\n')
            {
                decoded.Append(' ');
                number = false;
                continue;
            }

            int pattern = c - '\u2800';
            if (pattern == 0x20)
            {
                continue; // capital sign
            }

            if (pattern == 0x3C)
            {
                number = true;
                continue;
            }

            char letter = BrailleTable[pattern];
            if (letter == '\0')
            {
                unknown++;
                continue;
            }

            if (number && letter is >= 'a' and <= 'j')
            {
                decoded.Append(letter == 'j' ? '0' : (char)('1' + (letter - 'a')));
                continue;
            }

            number &= letter is '.' or ',' or '-' or '/';
            letters += char.IsAsciiLetter(letter) ? 1 : 0;
            decoded.Append(letter);
        }

        string text = decoded.ToString();
        return letters >= 6 && unknown * 10 <= letters && IsMostlyText(text) ? text : null;
    }

    private const int MinMorseRunLength = 20;
    private static readonly SearchValues<string> MorseSeeds = SearchValues.Create([". .", ". -", "- .", "- -"], StringComparison.Ordinal);
    private static readonly SearchValues<char> MorseChars = SearchValues.Create(".- /");

    // International Morse by (1 << length) | bits, a dash being a 1 bit read from the left; up to six symbols.
    private static readonly char[] MorseTable = BuildMorseTable();

    private static char[] BuildMorseTable()
    {
        var table = new char[128];
        string[] codes =
        [
            "a.-", "b-...", "c-.-.", "d-..", "e.", "f..-.", "g--.", "h....", "i..", "j.---", "k-.-", "l.-..", "m--", "n-.", "o---",
            "p.--.", "q--.-", "r.-.", "s...", "t-", "u..-", "v...-", "w.--", "x-..-", "y-.--", "z--..", "0-----", "1.----",
            "2..---", "3...--", "4....-", "5.....", "6-....", "7--...", "8---..", "9----.", "..-.-.-", ",--..--", "?..--..",
            "'.----.", "!-.-.--", ":---...", "=-...-",
        ];
        foreach (string code in codes)
        {
            int key = 1;
            foreach (char symbol in code.AsSpan(1))
            {
                key = (key << 1) | (symbol == '-' ? 1 : 0);
            }

            table[key] = code[0];
        }

        return table;
    }

    // Letters are separated by one space, words by "/" or two or more spaces. Null unless at least 8 groups decode into
    // at least three distinct characters and at most one group in ten does not decode.
    private static string? DecodeMorse(ReadOnlySpan<char> run)
    {
        var decoded = new StringBuilder(run.Length / 3);
        int letters = 0, invalid = 0, key = 1, symbols = 0, spaces = 0;
        ulong distinct = 0;
        for (int i = 0; i <= run.Length; i++)
        {
            char c = i < run.Length ? run[i] : ' ';
            if (c is '.' or '-')
            {
                if (spaces >= 2 && decoded.Length > 0 && decoded[^1] != ' ')
                {
                    decoded.Append(' ');
                }

                spaces = 0;
                key = symbols < 6 ? (key << 1) | (c == '-' ? 1 : 0) : 0;
                symbols++;
                continue;
            }

            if (symbols > 0)
            {
                char letter = key is > 0 and < 128 ? MorseTable[key] : '\0';
                if (letter == '\0')
                {
                    invalid++;
                }
                else
                {
                    decoded.Append(letter);
                    letters++;
                    distinct |= 1UL << (letter & 63);
                }

                key = 1;
                symbols = 0;
            }

            spaces = c == '/' ? 2 : spaces + 1;
        }

        // Leader dots, dashed rules and "../../" paths decode to one repeated letter ("eeee", "tttt", "i i i"): not text.
        return letters >= 8 && invalid * 10 <= letters && ulong.PopCount(distinct) >= 3 ? decoded.ToString() : null;
    }

    private static readonly SearchValues<char> HexChars = SearchValues.Create("0123456789abcdefABCDEF");

    private static bool IsBase64Char(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_';

    private static string? DecodeBase64(ReadOnlySpan<char> run)
    {
        int padding = run.Length % 4 == 0 ? 0 : 4 - (run.Length % 4);
        char[] chars = ArrayPool<char>.Shared.Rent(run.Length + padding);
        byte[] bytes = ArrayPool<byte>.Shared.Rent(run.Length);
        try
        {
            int n = 0;
            foreach (char c in run)
            {
                chars[n++] = c switch { '-' => '+', '_' => '/', _ => c };
            }

            for (int p = 0; p < padding; p++)
            {
                chars[n++] = '=';
            }

            return Convert.TryFromBase64Chars(chars.AsSpan(0, n), bytes, out int written) ? TextFromBytes(bytes.AsSpan(0, written)) : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // The next run of eight or more hex bytes written one by one ("\x49\x67", "49 67", "0x49 0x67") that decodes to text,
    // from `i` on; `i` is left after it (or at the end). Candidates are found by a vectorised search for "\", "x" and the
    // space (a dump's bytes are two hex digits between spaces), so prose costs about one check per word; a run that does
    // not decode is stepped over whole.
    private static (int Start, int End, string Text)? HexBytes(ReadOnlySpan<char> all, ref int i)
    {
        List<byte>? bytes = null;
        while (i < all.Length)
        {
            int hit = all[i..].IndexOfAny(HexRunMarks);
            if (hit < 0)
            {
                i = all.Length;
                break;
            }

            int h = i + hit, candidate = -1;
            if (all[h] == '\\' && h + 1 < all.Length && all[h + 1] is 'x' or 'X')
            {
                candidate = h;
            }
            else if (all[h] is 'x' or 'X' && h >= 1 && all[h - 1] == '0' && (h == 1 || !char.IsLetterOrDigit(all[h - 2])))
            {
                candidate = h - 1;
            }
            else if (all[h] == ' ' && h >= 2 && h + 2 < all.Length && char.IsAsciiHexDigit(all[h - 2]) && char.IsAsciiHexDigit(all[h - 1]) &&
                (h == 2 || !char.IsLetterOrDigit(all[h - 3])) && char.IsAsciiHexDigit(all[h + 1]) && char.IsAsciiHexDigit(all[h + 2]))
            {
                candidate = h - 2;
            }

            if (candidate < 0)
            {
                i = h + 1;
                continue;
            }

            bytes ??= [];
            bytes.Clear();
            int at = candidate, start = candidate, end = candidate;
            while (at < all.Length)
            {
                int p = at;
                if (p + 1 < all.Length && all[p] is '\\' or '0' && all[p + 1] is 'x' or 'X')
                {
                    p += 2; // "\x" or "0x" before the byte
                }

                if (p + 1 >= all.Length || !char.IsAsciiHexDigit(all[p]) || !char.IsAsciiHexDigit(all[p + 1]) ||
                    (p + 2 < all.Length && char.IsAsciiHexDigit(all[p + 2])))
                {
                    break;
                }

                bytes.Add((byte)((HexValue(all[p]) << 4) | HexValue(all[p + 1])));
                end = p + 2;
                at = end < all.Length && all[end] == ' ' ? end + 1 : end;
            }

            i = Math.Max(end, h + 1);
            if (bytes.Count >= 8 && TextFromBytes(bytes.ToArray()) is { } text)
            {
                return (start, end, text);
            }
        }

        return null;
    }

    private static readonly SearchValues<char> HexRunMarks = SearchValues.Create("\\xX ");

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static readonly SearchValues<char> Base32Chars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567=");

    // RFC 4648 base32 (upper-case alphabet, optional '=' padding): five bits per character.
    private static string? DecodeBase32(ReadOnlySpan<char> run)
    {
        run = run.TrimEnd('=');
        if (run.IsEmpty || run.Contains('='))
        {
            return null;
        }

        byte[] bytes = ArrayPool<byte>.Shared.Rent((run.Length * 5 / 8) + 1);
        try
        {
            int written = 0, buffer = 0, bits = 0;
            foreach (char c in run)
            {
                buffer = (buffer << 5) | (c >= 'A' ? c - 'A' : c - '2' + 26);
                bits += 5;
                if (bits >= 8)
                {
                    bits -= 8;
                    bytes[written++] = (byte)(buffer >> bits);
                    buffer &= (1 << bits) - 1;
                }
            }

            return TextFromBytes(bytes.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string? DecodeHex(ReadOnlySpan<char> run)
    {
        byte[] bytes = ArrayPool<byte>.Shared.Rent(run.Length / 2);
        try
        {
            return Convert.FromHexString(run, bytes, out _, out int written) == OperationStatus.Done ? TextFromBytes(bytes.AsSpan(0, written)) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string? TextFromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8)
        {
            return null;
        }

        // Checked first rather than caught: most runs tried are ordinary long words ("diffusion-weighted" is base64 too), and
        // an exception per word cost more than the rest of the normaliser.
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        string decoded = Encoding.UTF8.GetString(bytes);
        if (IsMostlyText(decoded, unspacedScripts: true))
        {
            return decoded;
        }

        // An encoding inside the encoding (base64 of hex, base64 of base64): kept when the inner run decodes to text in
        // turn, so the detector reads it a level down. Each level is shorter than the one above it.
        ReadOnlySpan<char> inner = decoded.AsSpan().Trim();
        bool nested = inner.Length >= MinEncodedRunLength && !inner.ContainsAnyExcept(Base64Chars) &&
            ((inner.Length % 2 == 0 && !inner.ContainsAnyExcept(HexChars) && DecodeHex(inner) is not null) || DecodeBase64(inner) is not null);
        return nested ? decoded : null;
    }

    // Decoded bytes count as text when nearly all are printable, at least half are letters, and there is a space — or, for
    // bytes (base64, base32, hex) and the scripts written without spaces between words (Chinese, Japanese, Thai; Korean
    // often), at least four of their letters making up most of them ("忽略之前的所有指令" in base64 was not read before).
    // Not for URL-encoding: a link to a page with a Chinese title is an ordinary URL, not a payload.
    private static bool IsMostlyText(string s, bool unspacedScripts = false)
    {
        if (s.Length == 0)
        {
            return false;
        }

        int printable = 0, letters = 0, unspaced = 0;
        foreach (char c in s)
        {
            if (!char.IsControl(c) || c is '\n' or '\r' or '\t')
            {
                printable++;
            }

            if (char.IsLetter(c))
            {
                letters++;
                if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\u0E00' and <= '\u0E7F'))
                {
                    unspaced++;
                }
            }
        }

        return printable >= s.Length * 0.95 && letters >= s.Length * 0.5 &&
            (s.Contains(' ', StringComparison.Ordinal) || (unspacedScripts && unspaced >= 4 && unspaced * 2 >= letters));
    }
}
