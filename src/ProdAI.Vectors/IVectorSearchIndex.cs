namespace ProdAI.Vectors;

/// <summary>The vector search contract shared by ProdAI's exact index (<see cref="VectorIndex{TKey}"/>) and the HNSW adapter (ProdAI.Vectors.USearch).</summary>
/// <typeparam name="TKey">The key type.</typeparam>
public interface IVectorSearchIndex<TKey> : IDisposable
    where TKey : notnull
{
    /// <summary>Gets the number of dimensions of every vector.</summary>
    int Dimensions { get; }

    /// <summary>Gets the number of entries.</summary>
    int Count { get; }

    /// <summary>Adds an entry or replaces its vector.</summary>
    /// <param name="key">The key.</param>
    /// <param name="vector">The vector (normalised when stored).</param>
    void Upsert(TKey key, ReadOnlySpan<float> vector);

    /// <summary>Removes an entry.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when it existed.</returns>
    bool Remove(TKey key);

    /// <summary>Finds the entries most similar to <paramref name="query"/>, best first, with their cosine similarity.</summary>
    /// <param name="query">The query vector.</param>
    /// <param name="top">The number of entries wanted.</param>
    /// <param name="filter">Keeps only the entries whose key it accepts.</param>
    /// <returns>At most <paramref name="top"/> matches.</returns>
    VectorMatch<TKey>[] Search(ReadOnlySpan<float> query, int top, Func<TKey, bool>? filter = null);
}
