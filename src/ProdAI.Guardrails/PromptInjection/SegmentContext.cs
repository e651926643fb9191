using System.Buffers;
using System.Collections.Frozen;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// How much a sentence of a document shares with the rest of it, for the document-mode segment model. An instruction
/// planted in data ("Analyze the trend of electric car sales over the past decade." inside an invoice e-mail) is about
/// something else than its host; a sentence of the document's own ("Please send the invoice by Friday") shares its words.
/// The document's content words (four letters or more, minus common function words, compared by their first five
/// letters) are counted once; a sentence's overlap is the share of its content words found elsewhere in the document.
/// Linear in the document; the count table is rented from the array pool and returned on <see cref="Dispose"/>.
/// </summary>
internal sealed class SegmentContext : IDisposable
{
    /// <summary>Bucket of a sentence without content words, or of a document with too few outside the sentence to judge.</summary>
    public const int NoContext = 0;

    /// <summary>None of the sentence's content words occurs elsewhere in the document.</summary>
    public const int Unrelated = 1;

    /// <summary>Up to a third of them do.</summary>
    public const int Loose = 2;

    /// <summary>More than a third do.</summary>
    public const int Related = 3;

    // Fewer content words than this outside the sentence: no context to judge by.
    private const int MinimumRest = 8;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = FrozenSet.ToFrozenSet(
        ["that", "this", "with", "your", "from", "have", "will", "what", "about", "would", "they", "their", "there", "which", "were",
         "been", "also", "more", "than", "into", "when", "then", "them", "only", "some", "just", "like", "these", "those", "here",
         "where", "does", "could", "should", "other", "such", "each", "very", "much", "many", "most", "over", "after", "before",
         "being", "while", "because", "please", "thank", "thanks", "dear", "best", "regards", "hello", "know", "make", "sure"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private uint[] _keys;
    private int[] _counts;
    private readonly int _mask;
    private int _total;

    private SegmentContext(int capacity)
    {
        int size = 16;
        while (size < (capacity + 8) * 2)
        {
            size <<= 1;
        }

        _keys = ArrayPool<uint>.Shared.Rent(size);
        _counts = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_keys, 0, size);
        Array.Clear(_counts, 0, size);
        _mask = size - 1;
    }

    /// <summary>Counts the content words of a (normalised) document.</summary>
    public static SegmentContext Of(ReadOnlySpan<char> document)
    {
        var context = new SegmentContext(document.Length / 5);
        context.Add(document);
        return context;
    }

    /// <summary>The overlap bucket of <paramref name="segment"/>, a part of the counted document.</summary>
    public int Bucket(ReadOnlySpan<char> segment)
    {
        // The sentence is read once: its content words are taken out of the counts, looked up among the rest of the
        // document, and put back. A content word has four letters and a separator, so a fifth of the length bounds them.
        int capacity = (segment.Length / 5) + 1;
        uint[]? rented = null;
        Span<uint> keys = capacity <= 128 ? stackalloc uint[128] : (rented = ArrayPool<uint>.Shared.Rent(capacity));
        try
        {
            int n = 0, w = 0;
            while (NextContentWord(segment, ref w, out uint key))
            {
                keys[n++] = key;
            }

            keys = keys[..n];
            int words = 0;
            foreach (uint key in keys)
            {
                words += Add(key, -1) ? 1 : 0;
            }

            try
            {
                if (words == 0 || _total < MinimumRest)
                {
                    return NoContext;
                }

                int found = 0;
                foreach (uint key in keys)
                {
                    found += Count(key) > 0 ? 1 : 0;
                }

                return found == 0 ? Unrelated : found * 3 <= words ? Loose : Related;
            }
            finally
            {
                foreach (uint key in keys)
                {
                    Add(key, +1);
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<uint>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The overlap bucket of a sentence <paramref name="segment"/> that is not part of <paramref name="host"/>.</summary>
    public static int BucketIn(ReadOnlySpan<char> segment, ReadOnlySpan<char> host)
    {
        using var context = new SegmentContext((host.Length + segment.Length) / 5);
        context.Add(host);
        context.Add(segment);
        return context.Bucket(segment);
    }

    public void Dispose()
    {
        if (_keys.Length > 0)
        {
            ArrayPool<uint>.Shared.Return(_keys);
            ArrayPool<int>.Shared.Return(_counts);
            _keys = [];
            _counts = [];
        }
    }

    // Adds the content words of a text.
    private void Add(ReadOnlySpan<char> text)
    {
        int w = 0;
        while (NextContentWord(text, ref w, out uint key))
        {
            Add(key, +1);
        }
    }

    // Adds (or, with -1, takes away) one content word; false when a word to take away was never counted (a word cut by the
    // window's end: "informat" is counted as "infor", "info" is not).
    private bool Add(uint key, int delta)
    {
        int slot = Slot(key);
        if (_keys[slot] == 0)
        {
            if (delta < 0)
            {
                return false;
            }

            _keys[slot] = key;
        }

        _counts[slot] += delta;
        _total += delta;
        return true;
    }

    private int Count(uint key) => _counts[Slot(key)];

    // Open addressing, linear probing; keys are never 0 (see NextContentWord). The table is at least twice the number of
    // words the document can hold, so it never fills.
    private int Slot(uint key)
    {
        int slot = (int)(key * 2654435769u >> 7) & _mask;
        while (_keys[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & _mask;
        }

        return slot;
    }

    // The next run of four letters or more that is not a function word, keyed by its first five letters (lower case):
    // "sales" and "sale" differ, "analyze" and "analyzes" do not.
    private static bool NextContentWord(ReadOnlySpan<char> text, ref int w, out uint key)
    {
        while (w < text.Length)
        {
            while (w < text.Length && !char.IsLetter(text[w]))
            {
                w++;
            }

            int start = w;
            while (w < text.Length && char.IsLetter(text[w]))
            {
                w++;
            }

            ReadOnlySpan<char> word = text[start..w];
            if (word.Length < 4 || (word.Length <= 7 && FunctionWords.Contains(word)))
            {
                continue;
            }

            uint h = 2166136261;
            foreach (char c in word[..Math.Min(5, word.Length)])
            {
                h = (h ^ char.ToLowerInvariant(c)) * 16777619;
            }

            key = h | 1;
            return true;
        }

        key = 0;
        return false;
    }
}
