using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;
using ProdAI.Rag.Fusion;
using ProdAI.Rag.Lexical;
using ProdAI.Vectors;

#pragma warning disable RS0026 // the overloads with optional parameters are the base class's; an override cannot change them

namespace ProdAI.Rag.VectorData;

/// <summary>
/// ProdAI's in-memory stack as a Microsoft.Extensions.VectorData collection with keyword hybrid search
/// (<see cref="IKeywordHybridSearchable{TRecord}"/>): records live in an <see cref="InMemoryVectorStoreCollection{TKey, TRecord}"/>
/// and their full text in a <see cref="Bm25Index{TKey}"/>; a hybrid search fuses the two lists by convex combination
/// (min-max, <see cref="DenseWeight"/>). Filters apply to both lists before fusion.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TRecord">The record type.</typeparam>
public sealed class HybridInMemoryVectorStoreCollection<TKey, TRecord> : VectorStoreCollection<TKey, TRecord>, IKeywordHybridSearchable<TRecord>
    where TKey : notnull
    where TRecord : class
{
    private readonly InMemoryVectorStoreCollection<TKey, TRecord> _inner;
    private readonly Func<TRecord, TKey> _key;
    private readonly Func<TRecord, string?> _fullText;
    private readonly Bm25Index<TKey> _lexical = new();

    /// <summary>Initializes a new instance of the <see cref="HybridInMemoryVectorStoreCollection{TKey, TRecord}"/> class.</summary>
    /// <param name="name">The collection name.</param>
    /// <param name="key">Reads a record's key.</param>
    /// <param name="fullText">Reads the text a keyword search matches.</param>
    /// <param name="definition">The record definition when the record type carries no attributes.</param>
    /// <param name="embeddingGenerator">Generates vectors for text properties and text searches.</param>
    public HybridInMemoryVectorStoreCollection(string name, Func<TRecord, TKey> key, Func<TRecord, string?> fullText, VectorStoreCollectionDefinition? definition = null, IEmbeddingGenerator? embeddingGenerator = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fullText);
        _inner = new InMemoryVectorStoreCollection<TKey, TRecord>(name, definition, embeddingGenerator);
        _key = key;
        _fullText = fullText;
    }

    /// <summary>Gets or sets the weight of the vector list in hybrid search. Default 0.45.</summary>
    public double DenseWeight { get; set; } = 0.45;

    /// <inheritdoc />
    public override string Name => _inner.Name;

    /// <inheritdoc />
    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) => _inner.CollectionExistsAsync(cancellationToken);

    /// <inheritdoc />
    public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default) => _inner.EnsureCollectionExistsAsync(cancellationToken);

    /// <inheritdoc />
    public override async Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var record in _inner.GetAsync(static _ => true, int.MaxValue, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            _lexical.Remove(_key(record));
        }

        await _inner.EnsureCollectionDeletedAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override Task<TRecord?> GetAsync(TKey key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default) => _inner.GetAsync(key, options, cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<TRecord> GetAsync(IEnumerable<TKey> keys, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default) => _inner.GetAsync(keys, options, cancellationToken);

    /// <inheritdoc />
    public override IAsyncEnumerable<TRecord> GetAsync(Expression<Func<TRecord, bool>> filter, int top, FilteredRecordRetrievalOptions<TRecord>? options = null, CancellationToken cancellationToken = default) => _inner.GetAsync(filter, top, options, cancellationToken);

    /// <inheritdoc />
    public override async Task DeleteAsync(TKey key, CancellationToken cancellationToken = default)
    {
        await _inner.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
        _lexical.Remove(key);
    }

    /// <inheritdoc />
    public override async Task DeleteAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var batch = keys.ToList();
        await _inner.DeleteAsync(batch, cancellationToken).ConfigureAwait(false);
        foreach (var key in batch)
        {
            _lexical.Remove(key);
        }
    }

    /// <inheritdoc />
    public override Task UpsertAsync(TRecord record, CancellationToken cancellationToken = default) => UpsertAsync([record], cancellationToken);

    /// <inheritdoc />
    public override async Task UpsertAsync(IEnumerable<TRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var batch = records.ToList();
        await _inner.UpsertAsync(batch, cancellationToken).ConfigureAwait(false);
        foreach (var record in batch)
        {
            _lexical.Add(_key(record), _fullText(record) ?? string.Empty);
        }
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<VectorSearchResult<TRecord>> SearchAsync<TInput>(TInput searchValue, int top, VectorSearchOptions<TRecord>? options = null, CancellationToken cancellationToken = default) =>
        _inner.SearchAsync(searchValue, top, options, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<VectorSearchResult<TRecord>> HybridSearchAsync<TInput>(TInput searchValue, ICollection<string> keywords, int top, HybridSearchOptions<TRecord>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TInput : notnull
    {
        ArgumentNullException.ThrowIfNull(searchValue);
        ArgumentNullException.ThrowIfNull(keywords);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var skip = options?.Skip ?? 0;
        var depth = Math.Max(100, top + skip);
        var predicate = options?.Filter?.Compile();
        var dense = new List<(TKey Key, double Score)>();
        var records = new Dictionary<TKey, TRecord>();
        var vectorOptions = new VectorSearchOptions<TRecord> { Filter = options?.Filter, VectorProperty = options?.VectorProperty };
        await foreach (var match in _inner.SearchAsync(searchValue, depth, vectorOptions, predicate, cancellationToken).ConfigureAwait(false))
        {
            var key = _key(match.Record);
            records[key] = match.Record;
            dense.Add((key, match.Score ?? 0));
        }

        var lexical = new List<(TKey Key, double Score)>();
        foreach (var match in _lexical.Search(string.Join(' ', keywords), depth))
        {
            var record = records.TryGetValue(match.Key, out var known) ? known : await _inner.GetAsync(match.Key, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (record is null || (predicate is not null && !predicate(record)))
            {
                continue;
            }

            records[match.Key] = record;
            lexical.Add((match.Key, match.Score));
        }

        foreach (var fused in RankFusion.Convex<TKey>([lexical, dense], [1 - DenseWeight, DenseWeight]).Skip(skip).Take(top))
        {
            if (options?.ScoreThreshold is { } threshold && fused.Score < threshold)
            {
                yield break;
            }

            yield return new VectorSearchResult<TRecord>(records[fused.Key], fused.Score);
        }
    }

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : _inner.GetService(serviceType, serviceKey);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _lexical.Dispose();
        }

        base.Dispose(disposing);
    }
}
