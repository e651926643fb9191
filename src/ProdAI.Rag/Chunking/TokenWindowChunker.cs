using ProdAI.Telemetry.Tokens;

namespace ProdAI.Rag.Chunking;

/// <summary>Options of <see cref="TokenWindowChunker"/>.</summary>
public sealed class TokenWindowOptions
{
    /// <summary>Gets or sets the tokens per window. Default 256.</summary>
    public int WindowTokens { get; set; } = 256;

    /// <summary>Gets or sets the tokens shared by consecutive windows. Default 32.</summary>
    public int OverlapTokens { get; set; } = 32;

    /// <summary>Gets or sets the tiktoken encoding (Microsoft.ML.Tokenizers). Default o200k_base.</summary>
    public string Encoding { get; set; } = TokenizerEncodings.O200kBase;
}

/// <summary>
/// Fixed windows of tokens (Microsoft.ML.Tokenizers, tiktoken encodings) with an overlap; boundaries fall between tokens
/// and never inside a surrogate pair. Consecutive chunks overlap by about <see cref="TokenWindowOptions.OverlapTokens"/>;
/// together they cover the source. The recorded token count is the exact count of each chunk's text.
/// </summary>
public sealed class TokenWindowChunker : ITextChunker
{
    private static readonly IReadOnlyList<string> NoHeadings = [];
    private readonly TokenWindowOptions _options;

    /// <summary>Initializes a new instance of the <see cref="TokenWindowChunker"/> class.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    public TokenWindowChunker(TokenWindowOptions? options = null)
    {
        _options = options ?? new TokenWindowOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.WindowTokens, 1);
        if (_options.OverlapTokens < 0 || _options.OverlapTokens >= _options.WindowTokens)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.OverlapTokens, "The overlap must be at least 0 and smaller than the window.");
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<TextChunk> Chunk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var tokenizer = TiktokenTokenCounter.GetTokenizer(_options.Encoding);
        var tokens = tokenizer.EncodeToTokens(text, out _);

        // Token boundaries as character positions: where each token starts (clamped so they never decrease).
        var starts = new int[tokens.Count + 1];
        for (var t = 0; t < tokens.Count; t++)
        {
            var (offset, _) = tokens[t].Offset.GetOffsetAndLength(text.Length);
            starts[t] = t == 0 ? 0 : Math.Max(starts[t - 1], offset);
        }

        starts[tokens.Count] = text.Length;
        var chunks = new List<TextChunk>();
        var stride = _options.WindowTokens - _options.OverlapTokens;
        var previousEnd = 0;
        for (var first = 0; first < tokens.Count; first += stride)
        {
            var last = Math.Min(tokens.Count, first + _options.WindowTokens);
            var start = Math.Min(Align(text, starts[first]), previousEnd); // never leave a gap after a shrunk window
            var end = last == tokens.Count ? text.Length : Align(text, starts[last]);
            while (end > start + 1 && tokenizer.CountTokens(text.AsSpan(start, end - start)) > _options.WindowTokens)
            {
                end = Align(text, end - 1); // re-tokenising a cut can merge differently: shrink until it fits
            }

            if (end > start)
            {
                chunks.Add(new TextChunk(text, start, end, NoHeadings, encoding: _options.Encoding));
                previousEnd = end;
            }

            if (last == tokens.Count)
            {
                break;
            }
        }

        return chunks;
    }

    private static int Align(string text, int position) =>
        position > 0 && position < text.Length && char.IsLowSurrogate(text[position]) && char.IsHighSurrogate(text[position - 1]) ? position - 1 : position;
}
