using System.Buffers;
using System.Text;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// Which of the rule table's keyword sets (<see cref="KeywordFilter"/>) occur in a text, all found in one pass: an
/// Aho–Corasick automaton, compiled to a table of transitions, over every ASCII keyword of every set, so that each character
/// of the text costs one table step whatever the number of sets and keywords. Searching each set on its own cost a
/// vectorised pass over the text per group of eight keywords — fast over one repeated prompt, but about 13 µs of a 55 µs
/// scan over a stream of distinct 1 KB prompts (docs/benchmarks.md). Keywords with a character outside ASCII (the other
/// scripts of the twelve-language rules) are left to the set itself: it searches them when asked
/// (<see cref="KeywordFilter.FoundIn(KeywordHits, ReadOnlySpan{char})"/>), its ASCII keywords were not found and the text
/// holds a character outside ASCII — so only behind the twelve-language gate, as before.
/// </summary>
internal sealed class KeywordIndex
{
    /// <summary>The most sets one index can hold (two 64-bit masks).</summary>
    public const int MaxFilters = 128;

    private readonly byte[] _classOf = new byte[128];
    private readonly int _classes;
    private readonly ushort[] _next;
    private readonly ulong[] _low;
    private readonly ulong[] _high;

    /// <summary>Initializes a new instance of the <see cref="KeywordIndex"/> class and gives each set its bit.</summary>
    /// <param name="filters">The keyword sets, each once and in no other index.</param>
    public KeywordIndex(IReadOnlyList<KeywordFilter> filters)
    {
        if (filters.Count > MaxFilters)
        {
            throw new ArgumentOutOfRangeException(nameof(filters), filters.Count, $"A keyword index holds at most {MaxFilters} sets.");
        }

        for (int i = 0; i < filters.Count; i++)
        {
            filters[i].AssignBit(i);
        }

        // Character classes: each ASCII character of a keyword its own, every other character class 0 (no keyword goes on
        // through it).
        var asciiKeywords = filters.SelectMany((filter, bit) => filter.AsciiKeywords.Select(keyword => (keyword, bit))).ToArray();
        int classes = 1;
        foreach ((string keyword, _) in asciiKeywords)
        {
            foreach (char c in keyword)
            {
                if (_classOf[c] == 0)
                {
                    _classOf[c] = (byte)classes++;
                }
            }
        }

        _classes = classes;

        // The trie, then the failure links breadth first, folding each state's missing transitions and its failure state's
        // outputs into it (a complete automaton: one lookup per character, no failure chains at scan time).
        var children = new List<int[]> { new int[classes] };
        var low = new List<ulong> { 0 };
        var high = new List<ulong> { 0 };
        foreach ((string keyword, int bit) in asciiKeywords)
        {
            int state = 0;
            foreach (char c in keyword)
            {
                int cls = _classOf[c];
                if (children[state][cls] == 0)
                {
                    children[state][cls] = children.Count;
                    children.Add(new int[classes]);
                    low.Add(0);
                    high.Add(0);
                }

                state = children[state][cls];
            }

            if (bit < 64)
            {
                low[state] |= 1UL << bit;
            }
            else
            {
                high[state] |= 1UL << (bit - 64);
            }
        }

        if (children.Count > ushort.MaxValue)
        {
            throw new InvalidOperationException($"The keyword automaton has {children.Count} states; at most {ushort.MaxValue} fit its table.");
        }

        var fail = new int[children.Count];
        var queue = new Queue<int>();
        for (int cls = 1; cls < classes; cls++)
        {
            if (children[0][cls] != 0)
            {
                queue.Enqueue(children[0][cls]);
            }
        }

        while (queue.TryDequeue(out int state))
        {
            low[state] |= low[fail[state]];
            high[state] |= high[fail[state]];
            for (int cls = 1; cls < classes; cls++)
            {
                int child = children[state][cls];
                if (child != 0)
                {
                    fail[child] = children[fail[state]][cls];
                    queue.Enqueue(child);
                }
                else
                {
                    children[state][cls] = children[fail[state]][cls];
                }
            }
        }

        _next = new ushort[children.Count * classes];
        for (int state = 0; state < children.Count; state++)
        {
            for (int cls = 0; cls < classes; cls++)
            {
                _next[(state * classes) + cls] = (ushort)children[state][cls];
            }
        }

        _low = [.. low];
        _high = [.. high];
    }

    /// <summary>Gets the number of states of the automaton.</summary>
    public int States => _low.Length;

    /// <summary>Finds which sets have an ASCII keyword in <paramref name="text"/>, and whether it holds other characters.</summary>
    /// <param name="text">The text (ordinal comparison).</param>
    /// <returns>The sets found.</returns>
    public KeywordHits Scan(ReadOnlySpan<char> text)
    {
        ulong low = 0, high = 0;
        int state = 0;
        int classes = _classes;
        byte[] classOf = _classOf;
        ushort[] next = _next;
        ulong[] lows = _low, highs = _high;
        foreach (char c in text)
        {
            int cls = c < 128 ? classOf[c] : 0;
            state = next[(state * classes) + cls];
            low |= lows[state];
            high |= highs[state];
        }

        return new KeywordHits(low, high, OtherCharacters: !Ascii.IsValid(text));
    }
}

/// <summary>
/// The keyword sets a <see cref="KeywordIndex"/> found in a text by their ASCII keywords, one bit each, and whether the text
/// holds a character outside ASCII (where a set's other keywords may be).
/// </summary>
internal readonly record struct KeywordHits(ulong Low, ulong High, bool OtherCharacters)
{
    /// <summary>Whether set <paramref name="bit"/> was found.</summary>
    public bool Has(int bit) => bit < 64 ? (Low & (1UL << bit)) != 0 : (High & (1UL << (bit - 64))) != 0;
}
