namespace ProdAI.Caching;

/// <summary>How a response was served by a ProdAI cache.</summary>
public enum ChatCacheHitKind
{
    /// <summary>Not from the cache: the provider answered.</summary>
    Miss,

    /// <summary>An exact match of the messages and every option that changes the answer.</summary>
    Exact,

    /// <summary>A stored answer to a different but equivalent question.</summary>
    Semantic,

    /// <summary>A concurrent identical request was in flight; this caller shared its answer (single-flight).</summary>
    Coalesced,
}

/// <summary>The cache outcome, in <c>ChatResponse.AdditionalProperties["prodai.cache"]</c>.</summary>
/// <param name="Kind">How the response was served.</param>
/// <param name="Key">The cache key (a hash; never the prompt).</param>
/// <param name="Age">The age of the stored answer; zero on a miss.</param>
/// <param name="Similarity">The cosine similarity of a semantic hit; <see langword="null"/> otherwise.</param>
/// <param name="Stored">Whether this response was stored.</param>
public sealed record ChatCacheHit(ChatCacheHitKind Kind, string Key, TimeSpan Age, double? Similarity = null, bool Stored = false);
