namespace ProdAI.Caching.Semantic;

/// <summary>A stored question and its answer, in one partition (tenant, model, options shape, earlier turns).</summary>
/// <param name="Id">The entry id.</param>
/// <param name="Partition">The exact partition hash; searches never cross partitions.</param>
/// <param name="Query">The normalised question text that was embedded.</param>
/// <param name="Vector">The question's embedding.</param>
/// <param name="Payload">The stored response (ProdAI's self-checking format).</param>
/// <param name="StoredAt">When it was stored.</param>
/// <param name="ExpiresAt">When it stops being served.</param>
/// <param name="Tags">Invalidation tags (the tenant's among them).</param>
public sealed record SemanticCacheEntry(string Id, string Partition, string Query, ReadOnlyMemory<float> Vector, byte[] Payload, DateTimeOffset StoredAt, DateTimeOffset ExpiresAt, IReadOnlyList<string> Tags);

/// <summary>An entry found by a semantic search, with its cosine similarity to the query.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Similarity">The cosine similarity.</param>
public sealed record SemanticCacheCandidate(SemanticCacheEntry Entry, double Similarity);

/// <summary>Where the semantic cache keeps its entries: in process (<see cref="InMemorySemanticCacheStore"/>) or in any vector database through Microsoft.Extensions.VectorData (<see cref="VectorStoreSemanticCacheStore"/>).</summary>
public interface ISemanticCacheStore
{
    /// <summary>Finds the entries of <paramref name="partition"/> nearest to <paramref name="vector"/>, best first; expired entries are not returned.</summary>
    /// <param name="partition">The partition.</param>
    /// <param name="vector">The query embedding.</param>
    /// <param name="top">The number of entries wanted.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The candidates, best first.</returns>
    ValueTask<IReadOnlyList<SemanticCacheCandidate>> SearchAsync(string partition, ReadOnlyMemory<float> vector, int top, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces an entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>A task.</returns>
    ValueTask AddAsync(SemanticCacheEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Removes an entry.</summary>
    /// <param name="id">The entry id.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>A task.</returns>
    ValueTask RemoveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes every entry carrying <paramref name="tag"/> (a tenant tag <c>prodai:tenant:NAME</c>, or a tag given with the request).</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The number of entries removed.</returns>
    ValueTask<int> RemoveByTagAsync(string tag, CancellationToken cancellationToken = default);
}
