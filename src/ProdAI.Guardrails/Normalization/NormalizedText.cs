namespace ProdAI.Guardrails.Normalization;

/// <summary>
/// A text as detectors see it: NFKC, invisible and bidirectional controls removed, look-alikes and leetspeak folded,
/// lower case — with a map back to the original so that evidence spans point at what the user sent.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[]? _map; // null: identity (ASCII text, nothing removed)
    private readonly NormalizedText? _parent; // a view of another normalised text (TextNormalizer.ForRules)
    private readonly int[]? _shifts; // the view's positions where its offset from the parent grows, and the offset from there on

    // TextNormalizer.ForRules' and ForClassifier's answers for this text, computed once (a scan asks for them several times;
    // a race computes the same value twice).
    internal NormalizedText? RulesView { get; set; }

    internal NormalizedText? ClassifierView { get; set; }

    // In a view made by TextNormalizer.ForRules: how many gaps between two letters or digits of the parent were anything but
    // one space.
    internal int OddGaps { get; init; }

    internal NormalizedText(string original, string text, int[]? map, NormalizationFindings findings, IReadOnlyList<DecodedPayload> payloads)
    {
        Original = original;
        Text = text;
        _map = map;
        Findings = findings;
        Payloads = payloads;
    }

    // A view of `parent` whose character i came from the parent's character i + (the offset of the last shift at or before
    // i): pairs (view position, offset), positions ascending. A view that only shrinks a few runs keeps a few pairs, not a
    // map per character.
    internal NormalizedText(NormalizedText parent, string text, int[] shifts)
        : this(parent.Original, text, null, parent.Findings, parent.Payloads)
    {
        _parent = parent;
        _shifts = shifts;
    }

    /// <summary>Gets the original text.</summary>
    public string Original { get; }

    /// <summary>Gets the normalised text.</summary>
    public string Text { get; }

    /// <summary>Gets what normalisation found and undid.</summary>
    public NormalizationFindings Findings { get; }

    /// <summary>Gets the payloads that were found encoded in the text and decoded to text.</summary>
    public IReadOnlyList<DecodedPayload> Payloads { get; }

    // Whether the original character (a whole code point, so a mathematical 𝐚 too) that a character of Text came from is a
    // lower-case letter.
    internal bool IsLowerAt(int index) =>
        System.Text.Rune.DecodeFromUtf16(Original.AsSpan(OriginalIndex(index)), out System.Text.Rune rune, out _) == System.Buffers.OperationStatus.Done &&
        System.Text.Rune.IsLower(rune);

    // Where a character of Text (or, at Text.Length, the end) came from in the original.
    internal int OriginalIndex(int index)
    {
        if (_parent is null)
        {
            return _map is null ? index : _map[index];
        }

        // The last pair whose position is at or before index (binary search over the even slots).
        int[] shifts = _shifts!;
        int lo = 0, hi = (shifts.Length / 2) - 1, offset = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (shifts[2 * mid] <= index)
            {
                offset = shifts[(2 * mid) + 1];
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return _parent.OriginalIndex(index + offset);
    }

    /// <summary>Maps a span of <see cref="Text"/> back to the original text.</summary>
    /// <param name="start">Start in the normalised text.</param>
    /// <param name="end">End (exclusive) in the normalised text.</param>
    /// <returns>The span in the original text, <c>[start, end)</c> in UTF-16 code units.</returns>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        if (_map is null && _parent is null)
        {
            return (start, end);
        }

        int s = OriginalIndex(start);
        int e = end == start ? s : OriginalIndex(end - 1) + 1;
        while (e < Original.Length && char.IsLowSurrogate(Original[e]))
        {
            e++;
        }

        return (s, Math.Max(s, e));
    }
}
