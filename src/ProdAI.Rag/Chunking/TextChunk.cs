using ProdAI.Telemetry.Tokens;

namespace ProdAI.Rag.Chunking;

/// <summary>How a chunker measures length.</summary>
public enum LengthUnit
{
    /// <summary>UTF-16 characters (fast: the recursive splitter runs at hundreds of MB/s).</summary>
    Characters,

    /// <summary>Tokens of a tiktoken encoding (o200k_base unless the chunker says otherwise).</summary>
    Tokens,
}

/// <summary>
/// A piece of a source text: <c>source[Start..End)</c> exactly (<see cref="Text"/>), the Markdown heading path it sits
/// under, an optional <see cref="Prefix"/> to put before it when embedding or prompting (a repeated table header, a code
/// fence opener) and its token count (o200k_base, counted on first use).
/// </summary>
public sealed class TextChunk
{
    private readonly string _source;
    private readonly string _encoding;
    private int _tokenCount = -1;
    private string? _text;

    internal TextChunk(string source, int start, int end, IReadOnlyList<string> headingPath, string? prefix = null, string encoding = TokenizerEncodings.O200kBase)
    {
        _source = source;
        Start = start;
        End = end;
        HeadingPath = headingPath;
        Prefix = prefix;
        _encoding = encoding;
    }

    /// <summary>Gets the start offset in the source (UTF-16 code units, inclusive).</summary>
    public int Start { get; }

    /// <summary>Gets the end offset in the source (exclusive).</summary>
    public int End { get; }

    /// <summary>Gets the text: exactly <c>source[Start..End)</c>.</summary>
    public string Text => _text ??= _source[Start..End];

    /// <summary>Gets the headings (outermost first) the chunk sits under; empty outside Markdown.</summary>
    public IReadOnlyList<string> HeadingPath { get; }

    /// <summary>Gets the context to put before <see cref="Text"/> (a repeated table header row, a re-opened code fence), or <see langword="null"/>.</summary>
    public string? Prefix { get; }

    /// <summary>Gets the number of tokens of <see cref="Text"/> (computed once, on first use).</summary>
    public int TokenCount
    {
        get
        {
            if (_tokenCount < 0)
            {
                _tokenCount = TiktokenTokenCounter.GetTokenizer(_encoding).CountTokens(_source.AsSpan(Start, End - Start));
            }

            return _tokenCount;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End}) {(HeadingPath.Count == 0 ? string.Empty : string.Join(" > ", HeadingPath) + ": ")}{(Text.Length > 60 ? Text[..60] + "…" : Text)}";
}

/// <summary>Splits a text into chunks that cover it exactly, in order.</summary>
public interface ITextChunker
{
    /// <summary>Splits <paramref name="text"/>.</summary>
    /// <param name="text">The source text.</param>
    /// <returns>The chunks, in order.</returns>
    IReadOnlyList<TextChunk> Chunk(string text);
}

/// <summary>Length measurement shared by the chunkers.</summary>
internal sealed class LengthMeter(LengthUnit unit, string encoding)
{
    public LengthUnit Unit { get; } = unit;

    public string Encoding { get; } = encoding;

    /// <summary>
    /// Whether [start, end) is within <paramref name="max"/>. For tokens the count stops at the limit
    /// (<c>GetIndexByTokenCount</c>), so a 50 MB range costs as much as one chunk, not as much as the range.
    /// </summary>
    public bool Fits(string text, int start, int end, int max)
    {
        if (Unit == LengthUnit.Characters || end - start <= max)
        {
            return end - start <= max; // a token is at least one character
        }

        // Only a window of the range is tokenised (BPE is quadratic on one huge word, such as 50 MB without a space): a
        // range longer than the window is treated as too long, which only makes the split finer.
        var span = text.AsSpan(start, Math.Min(end - start, Window(max)));
        return span.Length == end - start && TiktokenTokenCounter.GetTokenizer(Encoding).GetIndexByTokenCount(span, max, out _, out _) >= span.Length;
    }

    private static int Window(int max) => (int)Math.Min(int.MaxValue, Math.Max(64L, (long)max * 8));

    /// <summary>The largest end ≤ <paramref name="end"/> such that [start, cut) fits <paramref name="max"/>, never splitting a surrogate pair; at least one character.</summary>
    public int Cut(string text, int start, int end, int max)
    {
        int cut;
        if (Unit == LengthUnit.Characters)
        {
            cut = Math.Min(end, start + max);
        }
        else
        {
            // Where the max-th token ends; bounded work however long the range is.
            var span = text.AsSpan(start, Math.Min(end - start, Window(max)));
            cut = start + TiktokenTokenCounter.GetTokenizer(Encoding).GetIndexByTokenCount(span, max, out _, out _);
        }

        if (cut < end && cut > start && char.IsHighSurrogate(text[cut - 1]) && char.IsLowSurrogate(text[cut]))
        {
            // Never cut a surrogate pair: step back, or forward when the pair is all there is (one character over a limit of 1).
            cut = cut > start + 1 ? cut - 1 : cut + 1;
        }

        return Math.Max(cut, Math.Min(end, start + 1));
    }
}
