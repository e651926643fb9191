namespace ProdAI.Caching.Semantic;

/// <summary>Options of the semantic cache.</summary>
/// <remarks>
/// The similarity needed for a hit depends on the length of the query: <see cref="Threshold"/> for queries of
/// <see cref="LongQueryWords"/> words or more, <see cref="Threshold"/> + <see cref="ShortQueryMargin"/> for queries of
/// <see cref="ShortQueryWords"/> words or fewer, linear in between. Short questions that differ by one word ("locate my
/// card" / "link my card") sit much closer in embedding space than long paraphrases do; docs/quality.md has the curves.
/// </remarks>
public sealed class SemanticCacheOptions
{
    /// <summary>Gets or sets the cosine similarity needed for a hit on long queries. Default 0.80 (all-MiniLM-L6-v2; short queries need 0.89).</summary>
    public double Threshold { get; set; } = 0.80;

    /// <summary>Gets or sets the similarity added to <see cref="Threshold"/> for short queries. Default 0.09.</summary>
    public double ShortQueryMargin { get; set; } = 0.09;

    /// <summary>Gets or sets the word count up to which a query is short. Default 6.</summary>
    public int ShortQueryWords { get; set; } = 6;

    /// <summary>Gets or sets the word count from which a query is long. Default 20.</summary>
    public int LongQueryWords { get; set; } = 20;

    /// <summary>Gets or sets the guards a candidate must pass. Default <see cref="SemanticGuards.Default"/>.</summary>
    public SemanticGuards Guards { get; set; } = SemanticGuards.Default;

    /// <summary>
    /// Gets or sets the number of nearest neighbours tried, best first, until one passes the threshold and guards. Default 1:
    /// with more, a guard that rejects the nearest entry can redirect the query to a worse one.
    /// </summary>
    public int Candidates { get; set; } = 1;

    /// <summary>
    /// Gets or sets the number of earlier user and assistant turns embedded with the last user turn. Default 0. Turns before
    /// that window, and every system message, are part of the exact partition: a hit needs them to be identical.
    /// </summary>
    public int ContextTurns { get; set; }

    /// <summary>Gets or sets the largest query (in characters) looked up semantically; longer ones use the exact cache only. Default 4,000.</summary>
    public int MaxQueryCharacters { get; set; } = 4000;

    /// <summary>Gets or sets the largest number of entries kept (all partitions together); the least recently used go first. Default 100,000.</summary>
    public int MaxEntries { get; set; } = 100_000;

    /// <summary>Gets or sets how long an entry is served; <see langword="null"/> uses <see cref="ChatCacheOptions.TimeToLive"/>.</summary>
    public TimeSpan? TimeToLive { get; set; }

    /// <summary>Gets or sets an optional second opinion on a candidate that passed the threshold and guards (a cross-encoder, an LLM judge).</summary>
    public ISemanticCacheVerifier? Verifier { get; set; }

    /// <summary>Returns the similarity needed for a hit on a query of <paramref name="words"/> words.</summary>
    /// <param name="words">The number of words of the query.</param>
    /// <returns>The threshold.</returns>
    public double ThresholdFor(int words)
    {
        if (words <= ShortQueryWords)
        {
            return Threshold + ShortQueryMargin;
        }

        if (words >= LongQueryWords)
        {
            return Threshold;
        }

        return Threshold + (ShortQueryMargin * (LongQueryWords - words) / (double)(LongQueryWords - ShortQueryWords));
    }

    internal void Validate()
    {
        if (Threshold is <= 0 or > 1 || double.IsNaN(Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The threshold must be in (0, 1].");
        }

        if (ShortQueryMargin is < 0 or > 0.5 || double.IsNaN(ShortQueryMargin))
        {
            throw new ArgumentOutOfRangeException(nameof(ShortQueryMargin), ShortQueryMargin, "The margin must be in [0, 0.5].");
        }

        if (ShortQueryWords < 1 || LongQueryWords <= ShortQueryWords)
        {
            throw new ArgumentOutOfRangeException(nameof(LongQueryWords), LongQueryWords, "LongQueryWords must be greater than ShortQueryWords, which must be positive.");
        }

        if (Candidates is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(Candidates), Candidates, "Candidates must be between 1 and 100.");
        }

        if (ContextTurns is < 0 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(ContextTurns), ContextTurns, "ContextTurns must be between 0 and 50.");
        }

        if (MaxQueryCharacters < 1 || MaxEntries < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxEntries), MaxEntries, "MaxQueryCharacters and MaxEntries must be positive.");
        }

        if (TimeToLive is { } ttl && ttl <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeToLive), ttl, "The time to live must be positive.");
        }
    }
}

/// <summary>A second opinion on a semantic cache candidate, such as a cross-encoder or an LLM judge.</summary>
public interface ISemanticCacheVerifier
{
    /// <summary>Decides whether the answer stored for <paramref name="cachedQuery"/> also answers <paramref name="query"/>.</summary>
    /// <param name="query">The new query (normalised text).</param>
    /// <param name="cachedQuery">The stored query (normalised text).</param>
    /// <param name="similarity">Their cosine similarity.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns><see langword="true"/> to serve the stored answer.</returns>
    ValueTask<bool> IsSameQuestionAsync(string query, string cachedQuery, double similarity, CancellationToken cancellationToken);
}
