namespace ProdAI.Routing.Difficulty;

/// <summary>
/// The learned scorer's features, shared by the runtime and the training tool so both see the same thing: hashed word
/// unigrams and bigrams (lower-cased letters and digits) and thermometer-coded shape features — length, numbers,
/// sentences, longest number, and the presence of percentages, money, decimals, fractions, code and equations.
/// Features are binary (a repeated word counts once); word features are scaled by 1/√(their number), shape features are not. Allocation-free apart from a pooled buffer.
/// </summary>
internal static class DifficultyFeatures
{
    public const int Bits = 17;
    public const int Size = 1 << Bits;

    /// <summary>Longest prefix of a prompt that is read; the rest only counts toward the length feature.</summary>
    public const int MaxChars = 16_384;

    /// <summary>Shape features live at and above this index and are not length-normalised; word features below it are.</summary>
    public const int DenseBase = Size - 1024;
    private const uint Prime = 16777619;

    /// <summary>Writes the distinct feature indices of <paramref name="text"/> into <paramref name="buffer"/> (sorted); returns their number.</summary>
    public static int Extract(ReadOnlySpan<char> text, Span<int> buffer)
    {
        int totalLength = text.Length;
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
        }

        int n = 0;
        uint previous = 0;
        int words = 0, numbers = 0, sentences = 0, longestNumber = 0;
        bool percent = false, money = false, dec = false, fraction = false, code = false, equation = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                switch (c)
                {
                    case '%': percent = true; break;
                    case '$' or '€' or '£': money = true; break;
                    case '/': fraction = true; break;
                    case '{' or '}' or ';' or '`': code = true; break;
                    case '=' or '^' or '√' or '∑' or '∫': equation = true; break;
                    case '.' or '?' or '!' when i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]): sentences++; break;
                }

                i++;
                continue;
            }

            uint h = 0x811C9DC5;
            int start = i;
            bool allDigits = true;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                char w = char.ToLowerInvariant(text[i]);
                allDigits &= char.IsAsciiDigit(w);
                h = (h ^ w) * Prime;
                i++;
            }

            if (allDigits)
            {
                numbers++;
                longestNumber = Math.Max(longestNumber, i - start);
                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    dec = true;
                }
            }

            words++;
            Add(buffer, ref n, (int)(Mix(h, 1) % DenseBase));
            if (previous != 0)
            {
                Add(buffer, ref n, (int)(Mix((previous * 31) + h, 2) % DenseBase));
            }

            previous = h;
        }

        if (totalLength > text.Length)
        {
            words += (totalLength - text.Length) / 6;
        }

        Thermometer(buffer, ref n, 1, words < 200 ? words / 5 : Math.Min(40 + (int)(4 * Math.Log2(words / 200.0)), 60));
        Thermometer(buffer, ref n, 2, Math.Min(numbers, 15));
        Thermometer(buffer, ref n, 3, Math.Min(sentences, 12));
        Thermometer(buffer, ref n, 4, Math.Min(longestNumber, 8));
        Flag(buffer, ref n, 5, percent);
        Flag(buffer, ref n, 6, money);
        Flag(buffer, ref n, 7, dec);
        Flag(buffer, ref n, 8, fraction);
        Flag(buffer, ref n, 9, code);
        Flag(buffer, ref n, 10, equation);

        Span<int> used = buffer[..n];
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

    /// <summary>An upper bound of the features of a text of <paramref name="length"/> characters.</summary>
    public static int Capacity(int length) => (2 * Math.Min(length, MaxChars)) + 128;

    private static void Thermometer(Span<int> buffer, ref int n, uint kind, int value)
    {
        Add(buffer, ref n, Dense(Mix((kind * 1000) + 500 + (uint)value, 3)));
        for (int t = 0; t <= value; t++)
        {
            Add(buffer, ref n, Dense(Mix((kind * 1000) + (uint)t, 4)));
        }
    }

    private static void Flag(Span<int> buffer, ref int n, uint kind, bool value) => Add(buffer, ref n, Dense(Mix((kind * 1000) + (value ? 1u : 0u), 5)));

    private static int Dense(uint hash) => DenseBase + (int)(hash % (Size - DenseBase));

    private static void Add(Span<int> buffer, ref int n, int index)
    {
        if (n < buffer.Length)
        {
            buffer[n++] = index;
        }
    }

    private static uint Mix(uint h, uint salt)
    {
        h ^= salt * 0x9E3779B9;
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
