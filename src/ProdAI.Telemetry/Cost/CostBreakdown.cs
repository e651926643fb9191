namespace ProdAI.Telemetry.Cost;

/// <summary>The cost of a call by token bucket, in the pricing's currency.</summary>
/// <param name="UncachedInput">Cost of uncached input tokens.</param>
/// <param name="CacheRead">Cost of input tokens read from the prompt cache.</param>
/// <param name="CacheWrite">Cost of input tokens written to the prompt cache.</param>
/// <param name="Output">Cost of visible (non-reasoning) output tokens.</param>
/// <param name="Reasoning">Cost of reasoning tokens.</param>
public readonly record struct CostBreakdown(decimal UncachedInput, decimal CacheRead, decimal CacheWrite, decimal Output, decimal Reasoning)
{
    /// <summary>Gets the total cost.</summary>
    public decimal Total => UncachedInput + CacheRead + CacheWrite + Output + Reasoning;
}
