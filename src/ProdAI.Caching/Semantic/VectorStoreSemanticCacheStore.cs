using Microsoft.Extensions.VectorData;

namespace ProdAI.Caching.Semantic;

/// <summary>The record the semantic cache keeps in a Microsoft.Extensions.VectorData collection.</summary>
public sealed class SemanticCacheRecord
{
    /// <summary>Gets or sets the entry id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the partition hash (filtered on every search).</summary>
    public string Partition { get; set; } = string.Empty;

    /// <summary>Gets or sets the normalised question.</summary>
    public string Query { get; set; } = string.Empty;

    /// <summary>Gets or sets the question's embedding.</summary>
    public ReadOnlyMemory<float> Vector { get; set; }

    /// <summary>Gets or sets the stored response (base64 of ProdAI's self-checking payload, so every connector can hold it).</summary>
    public string Payload { get; set; } = string.Empty;

    /// <summary>Gets or sets when the entry was stored (Unix milliseconds).</summary>
    public long StoredAt { get; set; }

    /// <summary>Gets or sets when the entry expires (Unix milliseconds).</summary>
    public long ExpiresAt { get; set; }

    /// <summary>Gets or sets the invalidation tags, one per line.</summary>
    public string Tags { get; set; } = string.Empty;

    /// <summary>Describes the record for a collection of vectors with <paramref name="dimensions"/> dimensions and cosine similarity.</summary>
    /// <param name="dimensions">The embedding length (384 for all-MiniLM-L6-v2).</param>
    /// <returns>The definition to pass to <c>VectorStore.GetCollection</c>.</returns>
    public static VectorStoreCollectionDefinition CreateDefinition(int dimensions) => new()
    {
        Properties =
        [
            new VectorStoreKeyProperty(nameof(Id), typeof(string)),
            new VectorStoreDataProperty(nameof(Partition), typeof(string)) { IsIndexed = true },
            new VectorStoreDataProperty(nameof(Query), typeof(string)),
            new VectorStoreVectorProperty(nameof(Vector), typeof(ReadOnlyMemory<float>), dimensions) { DistanceFunction = DistanceFunction.CosineSimilarity },
            new VectorStoreDataProperty(nameof(Payload), typeof(string)),
            new VectorStoreDataProperty(nameof(StoredAt), typeof(long)),
            new VectorStoreDataProperty(nameof(ExpiresAt), typeof(long)) { IsIndexed = true },
            new VectorStoreDataProperty(nameof(Tags), typeof(string)),
        ],
    };
}

/// <summary>
/// The semantic cache on any Microsoft.Extensions.VectorData collection (Qdrant, Redis, Postgres, Azure AI Search …, or
/// ProdAI's in-memory one): searches filter on the partition, expired entries are skipped and deleted. The collection must
/// use <see cref="SemanticCacheRecord.CreateDefinition"/> (cosine similarity).
/// </summary>
public sealed class VectorStoreSemanticCacheStore : ISemanticCacheStore
{
    private readonly VectorStoreCollection<string, SemanticCacheRecord> _collection;
    private readonly TimeProvider _timeProvider;
    private int _ensured;

    /// <summary>Initializes a new instance of the <see cref="VectorStoreSemanticCacheStore"/> class.</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="timeProvider">The clock for expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public VectorStoreSemanticCacheStore(VectorStoreCollection<string, SemanticCacheRecord> collection, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(collection);
        _collection = collection;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<SemanticCacheCandidate>> SearchAsync(string partition, ReadOnlyMemory<float> vector, int top, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partition);
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var options = new VectorSearchOptions<SemanticCacheRecord> { Filter = r => r.Partition == partition };
        var result = new List<SemanticCacheCandidate>(top);
        await foreach (var match in _collection.SearchAsync(vector, top, options, cancellationToken).ConfigureAwait(false))
        {
            var record = match.Record;
            if (record.ExpiresAt <= now)
            {
                await _collection.DeleteAsync(record.Id, cancellationToken).ConfigureAwait(false);
                continue;
            }

            byte[] payload;
            try
            {
                payload = Convert.FromBase64String(record.Payload);
            }
            catch (FormatException)
            {
                payload = []; // read as corrupt by the cache, which evicts it
            }

            var entry = new SemanticCacheEntry(
                record.Id, record.Partition, record.Query, record.Vector, payload,
                DateTimeOffset.FromUnixTimeMilliseconds(record.StoredAt), DateTimeOffset.FromUnixTimeMilliseconds(record.ExpiresAt),
                record.Tags.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            result.Add(new SemanticCacheCandidate(entry, match.Score ?? 0));
        }

        return result;
    }

    /// <inheritdoc />
    public async ValueTask AddAsync(SemanticCacheEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        await _collection.UpsertAsync(
            new SemanticCacheRecord
            {
                Id = entry.Id,
                Partition = entry.Partition,
                Query = entry.Query,
                Vector = entry.Vector,
                Payload = Convert.ToBase64String(entry.Payload),
                StoredAt = entry.StoredAt.ToUnixTimeMilliseconds(),
                ExpiresAt = entry.ExpiresAt.ToUnixTimeMilliseconds(),
                Tags = string.Join('\n', entry.Tags),
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await _collection.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<int> RemoveByTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var line = "\n" + tag + "\n";
        var doomed = new List<string>();

        // Filters on substrings are not portable across connectors: page through the records and match here.
        const int Page = 1000;
        for (var skip = 0; ; skip += Page)
        {
            var count = 0;
            await foreach (var record in _collection.GetAsync(r => r.Id != null, Page, new FilteredRecordRetrievalOptions<SemanticCacheRecord> { Skip = skip }, cancellationToken).ConfigureAwait(false))
            {
                count++;
                if (("\n" + record.Tags + "\n").Contains(line, StringComparison.Ordinal))
                {
                    doomed.Add(record.Id);
                }
            }

            if (count < Page)
            {
                break;
            }
        }

        await _collection.DeleteAsync(doomed, cancellationToken).ConfigureAwait(false);
        return doomed.Count;
    }

    private async ValueTask EnsureAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _ensured) == 0)
        {
            await _collection.EnsureCollectionExistsAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _ensured, 1);
        }
    }
}
