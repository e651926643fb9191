using ProdAI.Guardrails.Normalization;
using ProdAI.Telemetry.Text;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// Hashed features of the learned classifier, shared by the runtime and the training tool so both see the same thing:
/// character 4-grams (rolling hash), word unigrams and bigrams over the normalised text, plus binary evidence features
/// (rule categories, normalisation findings, scan mode). Allocation-free.
/// </summary>
internal static class InjectionFeatures
{
    public const int Bits = 16;
    public const int Size = 1 << Bits;
    private const int Mask = Size - 1;
    private const uint Prime = 16777619;

    /// <summary>Calls <paramref name="visit"/> for every n-gram feature of <paramref name="text"/>; returns their number.</summary>
    public static int VisitNgrams<TState>(ReadOnlySpan<char> text, ref TState state, Visitor<TState> visit)
    {
        int count = 0;

        // char 4-grams
        if (text.Length >= 4)
        {
            for (int i = 0; i + 4 <= text.Length; i++)
            {
                uint h = 2166136261;
                h = (h ^ text[i]) * Prime;
                h = (h ^ text[i + 1]) * Prime;
                h = (h ^ text[i + 2]) * Prime;
                h = (h ^ text[i + 3]) * Prime;
                visit(ref state, (int)(h & Mask));
                count++;
            }
        }

        // words and bigrams
        uint previous = 0;
        int w = 0;
        while (NextWord(text, ref w, out uint h))
        {
            visit(ref state, (int)(Mix(h, 1) & Mask));
            count++;
            if (previous != 0)
            {
                visit(ref state, (int)(Mix(previous * 31 + h, 2) & Mask));
                count++;
            }

            previous = h;
        }

        return count;
    }

    /// <summary>
    /// Features of a sentence's shape for the document-mode segment model: its first word, its first two words (a task
    /// given to an assistant opens with "write", "analyze", "tell me"; an e-mail's call to action with "click", "log in")
    /// whether it ends as a question and whether it is short and wholly in quotes; and how much it shares with the rest of its
    /// document (<see cref="SegmentContext"/>), alone and with its first word. Writes up to <see cref="MaxSegmentShape"/>
    /// indices; returns their number.
    /// </summary>
    public static int SegmentShape(ReadOnlySpan<char> segment, int contextBucket, Span<int> indices)
    {
        int count = 0, w = 0, words = 0;
        uint first = 0;
        while (words < 2 && NextWord(segment, ref w, out uint h))
        {
            if (words++ == 0)
            {
                first = h;
                indices[count++] = (int)(Mix(h, 6) & Mask);
            }
            else
            {
                indices[count++] = (int)(Mix((first * 31) + h, 7) & Mask);
            }
        }

        ReadOnlySpan<char> trimmed = segment.Trim();
        if (trimmed.EndsWith('?'))
        {
            indices[count++] = (int)(Mix(1, 8) & Mask);
        }

        // Short and wholly in quotes: a title, a name or a citation ("I Need You Now" in a table of songs), not a request.
        // Six words at most, so that quoting a whole injected sentence does not lower its score.
        ReadOnlySpan<char> unpunctuated = trimmed.TrimEnd(".,;:!?");
        if (unpunctuated.Length >= 2 && trimmed[0] is '"' or '\'' or '“' or '‘' or '«' && trimmed.Count(' ') <= 5 &&
            unpunctuated.EndsWith(trimmed[0] switch { '“' => '”', '‘' => '’', '«' => '»', char c => c }))
        {
            indices[count++] = (int)(Mix(2, 8) & Mask);
        }

        indices[count++] = (int)(Mix((uint)contextBucket, 9) & Mask);
        indices[count++] = (int)(Mix((first * 31) + (uint)contextBucket, 10) & Mask);
        return count;
    }

    /// <summary>The most indices <see cref="SegmentShape"/> writes.</summary>
    public const int MaxSegmentShape = 6;

    // The hash of the next run of letters and digits from position w (advanced past it); false at the end of the text.
    private static bool NextWord(ReadOnlySpan<char> text, ref int w, out uint hash)
    {
        while (w < text.Length && !char.IsLetterOrDigit(text[w]))
        {
            w++;
        }

        hash = 0x811C9DC5 ^ 0x5bd1e995;
        if (w >= text.Length)
        {
            return false;
        }

        while (w < text.Length && char.IsLetterOrDigit(text[w]))
        {
            hash = (hash ^ text[w]) * Prime;
            w++;
        }

        return true;
    }

    public static int Evidence(InjectionCategory category) => (int)(Mix((uint)category + 1000, 3) & Mask);

    public static int Finding(NormalizationFindings finding) => (int)(Mix((uint)finding + 5000, 4) & Mask);

    public static int Mode(InjectionScanMode mode) => (int)(Mix((uint)mode + 9000, 5) & Mask);

    private static uint Mix(uint h, uint salt) => FeatureHashing.Mix(h, salt);

    public delegate void Visitor<TState>(ref TState state, int index);
}
