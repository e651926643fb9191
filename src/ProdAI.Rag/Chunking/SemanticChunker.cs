using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace ProdAI.Rag.Chunking;

/// <summary>Options of <see cref="SemanticChunker"/>.</summary>
public sealed class SemanticChunkerOptions
{
    /// <summary>Gets or sets the percentile of the distances between neighbouring sentences above which a chunk ends. Default 90.</summary>
    public double BreakpointPercentile { get; set; } = 90;

    /// <summary>Gets or sets the largest chunk. Default 512.</summary>
    public int MaxLength { get; set; } = 512;

    /// <summary>Gets or sets how length is measured. Default tokens (o200k_base).</summary>
    public LengthUnit Unit { get; set; } = LengthUnit.Tokens;

    /// <summary>Gets or sets the tiktoken encoding. Default o200k_base.</summary>
    public string Encoding { get; set; } = Telemetry.Tokens.TokenizerEncodings.O200kBase;
}

/// <summary>
/// Semantic chunking (embedding-distance breakpoints): sentences are embedded, and a chunk ends where the cosine distance
/// between neighbouring sentences is above the chosen percentile of all such distances — where the topic moves. Chunks
/// longer than the limit are packed again by sentences. Chunks cover the source exactly.
/// </summary>
public sealed class SemanticChunker
{
    private static readonly IReadOnlyList<string> NoHeadings = [];
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
    private readonly SemanticChunkerOptions _options;
    private readonly LengthMeter _meter;
    private readonly SentenceChunker _packer;

    /// <summary>Initializes a new instance of the <see cref="SemanticChunker"/> class.</summary>
    /// <param name="embeddings">The sentence embedding generator (ProdAI.Embeddings.Local's MiniLM, say).</param>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    public SemanticChunker(IEmbeddingGenerator<string, Embedding<float>> embeddings, SemanticChunkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        _embeddings = embeddings;
        _options = options ?? new SemanticChunkerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxLength, 1);
        if (_options.BreakpointPercentile is < 0 or > 100 || double.IsNaN(_options.BreakpointPercentile))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.BreakpointPercentile, "The percentile must be in [0, 100].");
        }

        _meter = new LengthMeter(_options.Unit, _options.Encoding);
        _packer = new SentenceChunker(new SentenceChunkerOptions { MaxLength = _options.MaxLength, Unit = _options.Unit, Encoding = _options.Encoding });
    }

    /// <summary>Splits <paramref name="text"/> at topic shifts.</summary>
    /// <param name="text">The source text.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The chunks, in order.</returns>
    public async Task<IReadOnlyList<TextChunk>> ChunkAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count <= 1)
        {
            return _packer.Chunk(text);
        }

        var embeddings = await _embeddings.GenerateAsync(sentences.Select(s => text[s.Start..s.End]).ToList(), cancellationToken: cancellationToken).ConfigureAwait(false);
        var distances = new double[sentences.Count - 1];
        for (var i = 0; i < distances.Length; i++)
        {
            distances[i] = 1 - TensorPrimitives.CosineSimilarity(embeddings[i].Vector.Span, embeddings[i + 1].Vector.Span);
        }

        var sorted = distances.Order().ToArray();
        var threshold = sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(_options.BreakpointPercentile / 100 * sorted.Length))];
        var chunks = new List<TextChunk>();
        var groupStart = sentences[0].Start;
        for (var i = 0; i < sentences.Count; i++)
        {
            var last = i == sentences.Count - 1;
            if (last || distances[i] > threshold)
            {
                var groupEnd = sentences[i].End;
                if (_meter.Fits(text, groupStart, groupEnd, _options.MaxLength))
                {
                    chunks.Add(new TextChunk(text, groupStart, groupEnd, NoHeadings, encoding: _options.Encoding));
                }
                else
                {
                    foreach (var piece in _packer.Chunk(text[groupStart..groupEnd]))
                    {
                        chunks.Add(new TextChunk(text, groupStart + piece.Start, groupStart + piece.End, NoHeadings, encoding: _options.Encoding));
                    }
                }

                groupStart = groupEnd;
            }
        }

        return chunks;
    }
}
