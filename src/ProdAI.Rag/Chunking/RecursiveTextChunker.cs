namespace ProdAI.Rag.Chunking;

/// <summary>Options of <see cref="RecursiveTextChunker"/>.</summary>
public sealed class RecursiveChunkerOptions
{
    /// <summary>Gets or sets the largest chunk, in <see cref="Unit"/>. Default 1,000.</summary>
    public int MaxLength { get; set; } = 1000;

    /// <summary>Gets or sets how length is measured. Default characters.</summary>
    public LengthUnit Unit { get; set; } = LengthUnit.Characters;

    /// <summary>Gets or sets the tiktoken encoding when <see cref="Unit"/> is tokens. Default o200k_base.</summary>
    public string Encoding { get; set; } = Telemetry.Tokens.TokenizerEncodings.O200kBase;

    /// <summary>Gets or sets the separators, tried in order; an empty string means "anywhere". Default paragraphs, lines, sentences, words, anywhere.</summary>
    public IReadOnlyList<string> Separators { get; set; } = ["\n\n", "\n", ". ", " ", string.Empty];

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLength, 1);
        ArgumentNullException.ThrowIfNull(Separators);
        if (Separators.Count == 0 || Separators.Any(s => s is null))
        {
            throw new ArgumentException("Give at least one separator, none null.", nameof(Separators));
        }
    }
}

/// <summary>
/// The recursive separator splitter (LangChain's <c>RecursiveCharacterTextSplitter</c> idea) on offsets: cut at the first
/// separator that occurs (paragraphs, then lines, sentences, words, then anywhere), keep each separator with the piece
/// before it, and merge neighbouring pieces up to <see cref="RecursiveChunkerOptions.MaxLength"/>. Chunks cover the
/// source exactly, in order, without overlap; none is longer than the limit (a surrogate pair is never cut). No substring
/// is made while splitting.
/// </summary>
public sealed class RecursiveTextChunker : ITextChunker
{
    private static readonly IReadOnlyList<string> NoHeadings = [];
    private readonly RecursiveChunkerOptions _options;
    private readonly LengthMeter _meter;

    /// <summary>Initializes a new instance of the <see cref="RecursiveTextChunker"/> class.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    public RecursiveTextChunker(RecursiveChunkerOptions? options = null)
    {
        _options = options ?? new RecursiveChunkerOptions();
        _options.Validate();
        _meter = new LengthMeter(_options.Unit, _options.Encoding);
    }

    /// <inheritdoc />
    public IReadOnlyList<TextChunk> Chunk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int Start, int End)>();
        Split(text, 0, text.Length, 0, spans);
        var chunks = new List<TextChunk>(spans.Count);
        foreach (var (start, end) in spans)
        {
            chunks.Add(new TextChunk(text, start, end, NoHeadings, encoding: _options.Encoding));
        }

        return chunks;
    }

    /// <summary>Splits [start, end) into spans that fit, appended in order.</summary>
    internal void Split(string text, int start, int end, int level, List<(int Start, int End)> output)
    {
        if (start >= end)
        {
            return;
        }

        var max = _options.MaxLength;
        if (_meter.Fits(text, start, end, max))
        {
            output.Add((start, end));
            return;
        }

        var separators = _options.Separators;
        while (level < separators.Count && separators[level].Length > 0 && text.AsSpan(start, end - start).IndexOf(separators[level], StringComparison.Ordinal) < 0)
        {
            level++;
        }

        if (level >= separators.Count || separators[level].Length == 0)
        {
            HardSplit(text, start, end, output);
            return;
        }

        var separator = separators[level];
        var pieceStart = start;
        var currentStart = start;
        var currentEnd = start;
        while (pieceStart < end)
        {
            var at = text.AsSpan(pieceStart, end - pieceStart).IndexOf(separator, StringComparison.Ordinal);
            var pieceEnd = at < 0 ? end : pieceStart + at + separator.Length;
            if (currentEnd == currentStart)
            {
                currentEnd = pieceEnd;
            }
            else if (_meter.Fits(text, currentStart, pieceEnd, max))
            {
                currentEnd = pieceEnd;
            }
            else
            {
                Flush(text, currentStart, currentEnd, level, output);
                currentStart = pieceStart;
                currentEnd = pieceEnd;
            }

            pieceStart = pieceEnd;
        }

        Flush(text, currentStart, currentEnd, level, output);
    }

    private void Flush(string text, int start, int end, int level, List<(int Start, int End)> output)
    {
        if (_meter.Fits(text, start, end, _options.MaxLength))
        {
            output.Add((start, end));
        }
        else
        {
            Split(text, start, end, level + 1, output);
        }
    }

    private void HardSplit(string text, int start, int end, List<(int Start, int End)> output)
    {
        while (start < end)
        {
            var cut = _meter.Cut(text, start, end, _options.MaxLength);
            output.Add((start, cut));
            start = cut;
        }
    }
}
