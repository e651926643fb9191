using ProdAI.Telemetry.Models;
using ProdAI.Telemetry.Usage;

namespace ProdAI.Telemetry.Cost;

/// <summary>Prices normalised usage. Allocation-free.</summary>
public static class CostCalculator
{
    private const decimal Million = 1_000_000m;

    /// <summary>Computes the cost of <paramref name="usage"/> at <paramref name="pricing"/>.</summary>
    /// <param name="pricing">The model's prices.</param>
    /// <param name="usage">The normalised usage.</param>
    /// <returns>The cost by bucket. Each token is priced once: uncached input at the input price, cache reads at the
    /// cached price, cache writes at the cache-write price, reasoning at the reasoning price and the rest of the
    /// output at the output price. The long-context tier applies to the whole call when its input exceeds the threshold.</returns>
    public static CostBreakdown Calculate(ModelPricing pricing, in NormalizedUsage usage)
    {
        ArgumentNullException.ThrowIfNull(pricing);
        PriceTier tier = pricing.TierFor(usage.InputTokens);
        decimal outputPrice = tier.OutputPerMillion;
        return new CostBreakdown(
            UncachedInput: usage.UncachedInputTokens * tier.InputPerMillion / Million,
            CacheRead: usage.CacheReadTokens * (tier.CachedInputPerMillion ?? tier.InputPerMillion) / Million,
            CacheWrite: usage.CacheWriteTokens * (tier.CacheWritePerMillion ?? tier.InputPerMillion) / Million,
            Output: usage.VisibleOutputTokens * outputPrice / Million,
            Reasoning: usage.ReasoningTokens * (tier.ReasoningPerMillion ?? outputPrice) / Million);
    }

    /// <summary>
    /// The most a call can cost: every input token uncached, and <paramref name="maxOutputTokens"/> output tokens at the
    /// dearer of the output and reasoning prices. Budgets reserve this amount before a call.
    /// </summary>
    /// <param name="pricing">The model's prices.</param>
    /// <param name="inputTokens">The call's input tokens.</param>
    /// <param name="maxOutputTokens">The most output tokens the call may produce.</param>
    /// <returns>The worst-case cost.</returns>
    public static decimal WorstCase(ModelPricing pricing, long inputTokens, long maxOutputTokens)
    {
        ArgumentNullException.ThrowIfNull(pricing);
        ArgumentOutOfRangeException.ThrowIfNegative(inputTokens);
        ArgumentOutOfRangeException.ThrowIfNegative(maxOutputTokens);
        PriceTier tier = pricing.TierFor(inputTokens);
        decimal inputPrice = Math.Max(tier.InputPerMillion, tier.CacheWritePerMillion ?? 0m);
        decimal outputPrice = Math.Max(tier.OutputPerMillion, tier.ReasoningPerMillion ?? 0m);
        return ((inputTokens * inputPrice) + (maxOutputTokens * outputPrice)) / Million;
    }
}
