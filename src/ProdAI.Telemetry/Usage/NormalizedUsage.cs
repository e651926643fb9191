namespace ProdAI.Telemetry.Usage;

/// <summary>
/// Token usage in one shape whatever the provider's convention: input = <see cref="UncachedInputTokens"/> +
/// <see cref="CacheReadTokens"/> + <see cref="CacheWriteTokens"/>, and <see cref="ReasoningTokens"/> are part of
/// <see cref="OutputTokens"/>. Each token appears in exactly one priced bucket, so nothing is charged twice.
/// </summary>
/// <param name="UncachedInputTokens">Input tokens neither read from nor written to the prompt cache.</param>
/// <param name="CacheReadTokens">Input tokens read from the prompt cache.</param>
/// <param name="CacheWriteTokens">Input tokens written to the prompt cache.</param>
/// <param name="OutputTokens">Output tokens, reasoning included.</param>
/// <param name="ReasoningTokens">Reasoning ("thinking") tokens, a part of <paramref name="OutputTokens"/>.</param>
/// <param name="IsEstimated"><see langword="true"/> when the counts are ProdAI's estimate rather than the provider's report.</param>
/// <param name="Anomalies">What was wrong with the reported usage, if anything.</param>
public readonly record struct NormalizedUsage(
    long UncachedInputTokens,
    long CacheReadTokens,
    long CacheWriteTokens,
    long OutputTokens,
    long ReasoningTokens,
    bool IsEstimated = false,
    UsageAnomalies Anomalies = UsageAnomalies.None)
{
    /// <summary>Gets all input tokens: uncached + cache read + cache write.</summary>
    public long InputTokens => UncachedInputTokens + CacheReadTokens + CacheWriteTokens;

    /// <summary>Gets input plus output tokens.</summary>
    public long TotalTokens => InputTokens + OutputTokens;

    /// <summary>Gets a value indicating whether a cost can be computed from these counts (no negative or implausible count).</summary>
    public bool IsValid => (Anomalies & (UsageAnomalies.NegativeCount | UsageAnomalies.Implausible)) == 0;

    /// <summary>Gets the output tokens that are not reasoning.</summary>
    public long VisibleOutputTokens => OutputTokens - ReasoningTokens;
}
