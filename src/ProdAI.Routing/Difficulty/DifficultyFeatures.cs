using ProdAI.Telemetry.Text;

namespace ProdAI.Routing.Difficulty;

/// <summary>
/// The learned scorer's features, shared by the runtime and the training tool so both see the same thing, computed in
/// one allocation-free pass (a pooled buffer for n-gram slots):
/// <list type="bullet">
/// <item>19 shape features — word, character, stem and option counts (log and raw), numbers and their longest digit run,
/// sentences, digit / upper-case / math-symbol density, percentages, money, decimals, fractions, mean word length, and
/// whether the prompt is a lettered multiple-choice question ending in "Answer:" (its options are measured apart);</item>
/// <item>hashed lower-case ASCII word unigrams and bigrams, present or not, each worth 0.5 / √(distinct slots).</item>
/// </list>
/// Prompts are read up to <see cref="MaxChars"/> characters (shape features still see the full length).
/// </summary>
internal static class DifficultyFeatures
{
    public const int Bits = 17;
    public const int Size = 1 << Bits;
    public const int DenseCount = 19;
    public const int MaxChars = 16_384;
    public const double NgramScale = 0.5;

    public const int MultipleChoice = 5;

    private const int Mask = Size - 1;
    private const uint Prime = 16777619;

    /// <summary>Upper bound of n-gram slots for a text of <paramref name="length"/> characters.</summary>
    public static int Capacity(int length) => Math.Min(length, MaxChars) + 2;

    /// <summary>Fills <paramref name="dense"/> (raw, unstandardised) and writes distinct n-gram slots (sorted) into <paramref name="slots"/>; returns their number.</summary>
    public static int Extract(ReadOnlySpan<char> text, Span<double> dense, Span<int> slots)
    {
        int fullLength = text.Length;
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }

        // Lettered multiple choice: "...stem\nA. x\nB. y\nC. z\nD. w\nAnswer:".
        ReadOnlySpan<char> trimmed = text.TrimEnd();
        int stemEnd = text.Length;
        Span<int> lineStarts = stackalloc int[5];
        bool mc = false;
        if (trimmed.EndsWith("Answer:", StringComparison.Ordinal))
        {
            int found = 0;
            int end = trimmed.Length;
            while (found < 5)
            {
                int nl = trimmed[..end].LastIndexOf('\n');
                if (nl < 0)
                {
                    break;
                }

                lineStarts[4 - found] = nl + 1;
                found++;
                end = nl;
            }

            // lineStarts[0] is the 5th line from the end (option A) when five line breaks were found before the text's start.
            if (found == 5 && trimmed[lineStarts[0]..].StartsWith("A.", StringComparison.Ordinal))
            {
                mc = true;
                stemEnd = lineStarts[0] - 1;
            }
        }

        ReadOnlySpan<char> stem = text[..stemEnd];
        int words = 0, wordChars = 0, upper = 0, digits = 0, mathSymbols = 0, numbers = 0;
        bool percent = false, money = false, dec = false, fraction = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                wordChars++;
                if (i == 0 || char.IsWhiteSpace(text[i - 1]))
                {
                    words++;
                }
            }

            upper += char.IsUpper(c) ? 1 : 0;
            if (char.IsAsciiDigit(c))
            {
                digits++;
                bool nextDigit = i + 2 < text.Length && char.IsAsciiDigit(text[i + 2]);
                dec |= text.Length > i + 1 && text[i + 1] == '.' && nextDigit;
                fraction |= text.Length > i + 1 && text[i + 1] == '/' && nextDigit;
            }

            switch (c)
            {
                case '=' or '+' or '^' or '*' or '<' or '>' or '|': mathSymbols++; break;
                case '%': percent = true; break;
                case '$': money = true; break;
            }
        }

        // The stem is the whole text unless the prompt is multiple choice: count it once then.
        numbers = CountNumbers(text, out int longestNumber);
        int stemWords = words;
        if (mc)
        {
            CountNumbers(stem, out longestNumber);
            stemWords = CountWords(stem);
        }

        int sentences = 0;
        for (int i = 0; i < stem.Length; i++)
        {
            if (stem[i] is '.' or '?' or '!' && (i + 1 == stem.Length || char.IsWhiteSpace(stem[i + 1])))
            {
                sentences++;
            }
        }

        int optionWords = 0, optionMax = 0, optionNumeric = 0;
        if (mc)
        {
            for (int k = 0; k < 4; k++)
            {
                int start = Math.Min(lineStarts[k] + 3, lineStarts[k + 1] - 1);
                ReadOnlySpan<char> option = trimmed[start..(lineStarts[k + 1] - 1)];
                int n = CountWords(option);
                optionWords += n;
                optionMax = Math.Max(optionMax, n);
                optionNumeric += IsNumeric(option.Trim()) ? 1 : 0;
            }
        }

        if (fullLength > text.Length)
        {
            words += (fullLength - text.Length) / 6;
        }

        double length = Math.Max(1, text.Length);
        dense[0] = Math.Log(1 + words);
        dense[1] = words;
        dense[2] = Math.Log(1 + numbers);
        dense[3] = sentences;
        dense[4] = Math.Log(1 + fullLength);
        dense[MultipleChoice] = mc ? 1 : 0;
        dense[6] = mc ? Math.Log(1 + optionWords) : 0;
        dense[7] = optionMax;
        dense[8] = Math.Log(1 + stemWords);
        dense[9] = optionNumeric;
        dense[10] = longestNumber;
        dense[11] = digits / length;
        dense[12] = words == 0 ? 0 : wordChars / (double)words;
        dense[13] = mathSymbols;
        dense[14] = percent ? 1 : 0;
        dense[15] = money ? 1 : 0;
        dense[16] = dec ? 1 : 0;
        dense[17] = fraction ? 1 : 0;
        dense[18] = upper / length;

        // Word unigrams and bigrams over lower-case ASCII letters and digits.
        int count = 0;
        uint previous = 0;
        int w = 0;
        while (w < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[w]))
            {
                w++;
                continue;
            }

            uint h = 0x811C9DC5;
            while (w < text.Length && char.IsAsciiLetterOrDigit(text[w]))
            {
                h = (h ^ char.ToLowerInvariant(text[w])) * Prime;
                w++;
            }

            Add(slots, ref count, (int)(Mix(h, 1) & Mask));
            if (previous != 0)
            {
                Add(slots, ref count, (int)(Mix((previous * 31) + h, 2) & Mask));
            }

            previous = h;
        }

        Span<int> used = slots[..count];
        used.Sort();
        int distinct = 0;
        for (int k = 0; k < used.Length; k++)
        {
            if (k == 0 || used[k] != used[k - 1])
            {
                used[distinct++] = used[k];
            }
        }

        return distinct;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                n++;
            }
        }

        return n;
    }

    // Numbers as \d+([.,]\d+)*; longest = most digits in one of them.
    private static int CountNumbers(ReadOnlySpan<char> text, out int longest)
    {
        int count = 0;
        longest = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            int digitCount = 0;
            while (i < text.Length)
            {
                if (char.IsAsciiDigit(text[i]))
                {
                    digitCount++;
                    i++;
                }
                else if (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            count++;
            longest = Math.Max(longest, digitCount);
        }

        return count;
    }

    private static bool IsNumeric(ReadOnlySpan<char> option)
    {
        if (option.IsEmpty)
        {
            return false;
        }

        foreach (char c in option)
        {
            if (!(char.IsWhiteSpace(c) || char.IsAsciiDigit(c) || c is '.' or ',' or '-' or '$' or '%' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(Span<int> buffer, ref int n, int index)
    {
        if (n < buffer.Length)
        {
            buffer[n++] = index;
        }
    }

    private static uint Mix(uint h, uint salt) => FeatureHashing.Mix(h, salt);
}
