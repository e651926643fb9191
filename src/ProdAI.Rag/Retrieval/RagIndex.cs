using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using ProdAI.Rag.Chunking;
using ProdAI.Rag.Fusion;
using ProdAI.Rag.Lexical;
using ProdAI.Vectors;

namespace ProdAI.Rag.Retrieval;

/// <summary>How <see cref="RagIndex"/> retrieves.</summary>
public enum RetrievalMode
{
    /// <summary>BM25 only.</summary>
    Lexical,

    /// <summary>Embeddings only.</summary>
    Dense,

    /// <summary>Convex combination of both (min-max normalised). The default.</summary>
    Hybrid,
}

/// <summary>Options of <see cref="RagIndex"/>.</summary>
public sealed class RagIndexOptions
{
    /// <summary>Gets or sets the chunker; a <see cref="MarkdownChunker"/> of 512 tokens when <see langword="null"/>.</summary>
    public ITextChunker? Chunker { get; set; }

    /// <summary>Gets or sets the retrieval mode. Default hybrid (lexical when no embedding generator is given).</summary>
    public RetrievalMode Mode { get; set; } = RetrievalMode.Hybrid;

    /// <summary>Gets or sets the weight of the dense list in hybrid mode. Default 0.45 (tuned on SciFact's train queries; tune yours with <see cref="RankFusion.Tune"/>).</summary>
    public double DenseWeight { get; set; } = 0.45;

    /// <summary>Gets or sets the candidates each retriever returns before fusion. Default 100.</summary>
    public int Candidates { get; set; } = 100;

    /// <summary>Gets or sets the texts embedded per call during ingestion. Default 64.</summary>
    public int EmbeddingBatchSize { get; set; } = 64;
}

/// <summary>
/// An in-process RAG index: documents are chunked, each chunk indexed in BM25 (with its title) and, when an embedding
/// generator is given, in the shared <see cref="VectorIndex{TKey}"/>. Searches need an <see cref="AccessPrincipal"/>:
/// both retrievers filter on it before ranking, and every result is checked against it again before it is returned.
/// Ingestion reports progress and can be cancelled; a cancelled batch leaves no half-indexed document.
/// </summary>
public sealed class RagIndex : IDisposable
{
    private readonly RagIndexOptions _options;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embeddings;
    private readonly ITextChunker _chunker;
    private readonly Bm25Index<string> _lexical = new(comparer: StringComparer.Ordinal);
    // Read without the lock: the retrievers call the access filter while holding their own index locks, and ingestion
    // takes this class's lock before theirs, so the filter must not take it (lock-order inversion).
    private readonly ConcurrentDictionary<string, RagChunk> _chunks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _documents = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private VectorIndex<string>? _dense;
    private long _accessViolations;

    /// <summary>Initializes a new instance of the <see cref="RagIndex"/> class.</summary>
    /// <param name="embeddings">The embedding generator for dense retrieval; <see langword="null"/> for BM25 only.</param>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    public RagIndex(IEmbeddingGenerator<string, Embedding<float>>? embeddings = null, RagIndexOptions? options = null)
    {
        _options = options ?? new RagIndexOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Candidates, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.EmbeddingBatchSize, 1);
        if (_options.DenseWeight is < 0 or > 1 || double.IsNaN(_options.DenseWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.DenseWeight, "DenseWeight must be in [0, 1].");
        }

        _embeddings = embeddings;
        _chunker = _options.Chunker ?? new MarkdownChunker();
    }

    /// <summary>Gets the number of chunks.</summary>
    public int ChunkCount => _chunks.Count;

    /// <summary>Gets how many results a retriever returned that the principal may not read (caught by the second check; should stay 0).</summary>
    public long AccessViolations => Interlocked.Read(ref _accessViolations);

    /// <summary>Chunks, embeds and indexes documents (a document with an existing id replaces it).</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="progress">Receives progress after each document.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The number of chunks indexed.</returns>
    public async Task<int> IngestAsync(IEnumerable<RagDocument> documents, IProgress<IngestionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var indexed = 0;
        for (var d = 0; d < list.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = list[d] ?? throw new ArgumentException("A document is null.", nameof(documents));
            ArgumentException.ThrowIfNullOrEmpty(document.Id);
            ArgumentNullException.ThrowIfNull(document.Text);
            ArgumentNullException.ThrowIfNull(document.Access);
            var pieces = _chunker.Chunk(document.Text).Where(c => !string.IsNullOrWhiteSpace(c.Text)).ToList(); // blank chunks carry nothing
            var chunks = pieces.Select((c, i) => new RagChunk($"{document.Id}#{i}", document.Id, i, c.Start, c.End, c.Text, c.HeadingPath, document.Access, document.Title)).ToList();

            // Embed the whole document before touching the indexes, so a cancellation or an embedding failure leaves
            // the previous version (or nothing) in place.
            var vectors = new List<ReadOnlyMemory<float>>(chunks.Count);
            if (_embeddings is not null && _options.Mode != RetrievalMode.Lexical)
            {
                for (var start = 0; start < chunks.Count; start += _options.EmbeddingBatchSize)
                {
                    var batch = chunks.Skip(start).Take(_options.EmbeddingBatchSize).Select(c => EmbeddingText(c)).ToList();
                    foreach (var embedding in await _embeddings.GenerateAsync(batch, cancellationToken: cancellationToken).ConfigureAwait(false))
                    {
                        vectors.Add(embedding.Vector);
                    }
                }
            }

            lock (_lock)
            {
                RemoveLocked(document.Id);
                var ids = new List<string>(chunks.Count);
                for (var i = 0; i < chunks.Count; i++)
                {
                    var chunk = chunks[i];
                    _chunks[chunk.Id] = chunk;
                    _lexical.Add(chunk.Id, EmbeddingText(chunk));
                    if (vectors.Count > i)
                    {
                        _dense ??= new VectorIndex<string>(new VectorIndexOptions { Dimensions = vectors[i].Length }, StringComparer.Ordinal);
                        _dense.Upsert(chunk.Id, vectors[i].Span);
                    }

                    ids.Add(chunk.Id);
                }

                _documents[document.Id] = ids;
            }

            indexed += chunks.Count;
            progress?.Report(new IngestionProgress(d + 1, list.Count, indexed));
        }

        return indexed;
    }

    /// <summary>Removes a document and its chunks.</summary>
    /// <param name="documentId">The document id.</param>
    /// <returns><see langword="true"/> when it existed.</returns>
    public bool Remove(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        lock (_lock)
        {
            return RemoveLocked(documentId);
        }
    }

    /// <summary>Finds the chunks that best answer <paramref name="query"/> among those <paramref name="principal"/> may read.</summary>
    /// <param name="query">The query.</param>
    /// <param name="principal">Who is searching (required: there is no unfiltered search).</param>
    /// <param name="top">The number of chunks wanted.</param>
    /// <param name="denseWeight">Overrides <see cref="RagIndexOptions.DenseWeight"/> for this search (when tuning it on labelled queries).</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The chunks, best first, with provenance.</returns>
    public async Task<IReadOnlyList<RetrievedChunk>> SearchAsync(string query, AccessPrincipal principal, int top = 10, double? denseWeight = null, CancellationToken cancellationToken = default)
    {
        if (denseWeight is < 0 or > 1 || (denseWeight is { } w && double.IsNaN(w)))
        {
            throw new ArgumentOutOfRangeException(nameof(denseWeight), denseWeight, "The dense weight must be in [0, 1].");
        }

        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        bool Readable(string id) => _chunks.TryGetValue(id, out var chunk) && principal.CanRead(chunk.Access);

        var mode = _embeddings is null || _dense is null ? RetrievalMode.Lexical : _options.Mode;
        var depth = Math.Max(top, _options.Candidates);
        IReadOnlyList<(string Key, double Score)> lexical = mode == RetrievalMode.Dense ? [] : [.. _lexical.Search(query, depth, Readable).Select(m => (m.Key, m.Score))];
        IReadOnlyList<(string Key, double Score)> dense = [];
        if (mode != RetrievalMode.Lexical)
        {
            var vector = (await _embeddings!.GenerateAsync([query], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector;
            dense = [.. _dense!.Search(vector.Span, depth, Readable).Select(m => (m.Key, (double)m.Score))];
        }

        var fused = mode switch
        {
            RetrievalMode.Lexical => RankFusion.Convex([lexical, dense], [1, 0]),
            RetrievalMode.Dense => RankFusion.Convex([lexical, dense], [0, 1]),
            _ => RankFusion.Convex([lexical, dense], [1 - (denseWeight ?? _options.DenseWeight), denseWeight ?? _options.DenseWeight]),
        };

        var results = new List<RetrievedChunk>(top);
        foreach (var result in fused)
        {
            if (!_chunks.TryGetValue(result.Key, out var chunk))
            {
                continue; // removed since the search
            }

            if (!principal.CanRead(chunk.Access))
            {
                Interlocked.Increment(ref _accessViolations); // the second check: never returned
                continue;
            }

            results.Add(new RetrievedChunk(chunk, result.Score, result.Ranks[0], result.Scores[0], result.Ranks[1], result.Scores[1]));
            if (results.Count == top)
            {
                break;
            }
        }

        return results;
    }

    /// <summary>Gets a stored chunk by id.</summary>
    /// <param name="chunkId">The chunk id.</param>
    /// <returns>The chunk, or <see langword="null"/>.</returns>
    public RagChunk? GetChunk(string chunkId)
    {
        ArgumentNullException.ThrowIfNull(chunkId);
        return _chunks.GetValueOrDefault(chunkId);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _lexical.Dispose();
        _dense?.Dispose();
    }

    private static string EmbeddingText(RagChunk chunk) =>
        string.IsNullOrEmpty(chunk.Title) ? chunk.Text : chunk.Title + "\n" + chunk.Text;

    private bool RemoveLocked(string documentId)
    {
        if (!_documents.Remove(documentId, out var ids))
        {
            return false;
        }

        foreach (var id in ids)
        {
            _chunks.TryRemove(id, out _);
            _lexical.Remove(id);
            _dense?.Remove(id);
        }

        return true;
    }
}
