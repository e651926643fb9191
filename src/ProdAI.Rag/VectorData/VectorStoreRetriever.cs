using System.Linq.Expressions;
using Microsoft.Extensions.VectorData;
using ProdAI.Rag.Retrieval;

namespace ProdAI.Rag.VectorData;

/// <summary>
/// Retrieval over any Microsoft.Extensions.VectorData collection (Qdrant, Redis, Postgres, Azure AI Search … or
/// <see cref="HybridInMemoryVectorStoreCollection{TKey, TRecord}"/>): the access filter for the principal is required and
/// passed to the store, and every result is checked again with <c>canRead</c> before it is returned. Uses keyword hybrid
/// search when the collection offers it (<see cref="IKeywordHybridSearchable{TRecord}"/>), vector search otherwise.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TRecord">The record type.</typeparam>
public sealed class VectorStoreRetriever<TKey, TRecord>
    where TKey : notnull
    where TRecord : class
{
    private readonly VectorStoreCollection<TKey, TRecord> _collection;
    private readonly Func<AccessPrincipal, Expression<Func<TRecord, bool>>> _accessFilter;
    private readonly Func<TRecord, AccessPrincipal, bool> _canRead;
    private readonly Func<TRecord, RagChunk> _toChunk;
    private long _accessViolations;

    /// <summary>Initializes a new instance of the <see cref="VectorStoreRetriever{TKey, TRecord}"/> class.</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="accessFilter">Builds the store filter for a principal (for example <c>p => r => r.Tenant == p.Tenant</c>).</param>
    /// <param name="canRead">The same rule in code, checked on every result.</param>
    /// <param name="toChunk">Maps a record to a chunk (for citations and context assembly).</param>
    public VectorStoreRetriever(VectorStoreCollection<TKey, TRecord> collection, Func<AccessPrincipal, Expression<Func<TRecord, bool>>> accessFilter, Func<TRecord, AccessPrincipal, bool> canRead, Func<TRecord, RagChunk> toChunk)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(accessFilter);
        ArgumentNullException.ThrowIfNull(canRead);
        ArgumentNullException.ThrowIfNull(toChunk);
        _collection = collection;
        _accessFilter = accessFilter;
        _canRead = canRead;
        _toChunk = toChunk;
    }

    /// <summary>Gets how many results the store returned that the principal may not read (dropped by the second check).</summary>
    public long AccessViolations => Interlocked.Read(ref _accessViolations);

    /// <summary>Retrieves the chunks that best answer <paramref name="query"/> for <paramref name="principal"/>.</summary>
    /// <param name="query">The query text (the collection embeds it through its embedding generator).</param>
    /// <param name="principal">Who is searching (required).</param>
    /// <param name="top">The number of chunks wanted.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The chunks, best first.</returns>
    public async Task<IReadOnlyList<RetrievedChunk>> RetrieveAsync(string query, AccessPrincipal principal, int top = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var filter = _accessFilter(principal) ?? throw new InvalidOperationException("The access filter must not be null.");
        IAsyncEnumerable<VectorSearchResult<TRecord>> results = _collection.GetService(typeof(IKeywordHybridSearchable<TRecord>)) is IKeywordHybridSearchable<TRecord> hybrid
            ? hybrid.HybridSearchAsync(query, Keywords(query), top, new HybridSearchOptions<TRecord> { Filter = filter }, cancellationToken)
            : _collection.SearchAsync(query, top, new VectorSearchOptions<TRecord> { Filter = filter }, cancellationToken);
        var list = new List<RetrievedChunk>(top);
        await foreach (var result in results.ConfigureAwait(false))
        {
            if (!_canRead(result.Record, principal))
            {
                Interlocked.Increment(ref _accessViolations);
                continue;
            }

            list.Add(new RetrievedChunk(_toChunk(result.Record), result.Score ?? 0));
        }

        return list;
    }

    private static List<string> Keywords(string query) =>
        [.. query.Split((char[])[' ', '\t', '\n', '\r', ',', '.', '?', '!', ';', ':'], StringSplitOptions.RemoveEmptyEntries)];
}
