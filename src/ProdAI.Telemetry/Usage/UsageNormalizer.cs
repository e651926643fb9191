using Microsoft.Extensions.AI;
using ProdAI.Telemetry.Models;

namespace ProdAI.Telemetry.Usage;

/// <summary>Turns a provider's <see cref="UsageDetails"/> into <see cref="NormalizedUsage"/>.</summary>
/// <remarks>
/// Cache writes are read from <see cref="UsageDetails.AdditionalCounts"/> under <see cref="CacheWriteCountKey"/> or the
/// names provider clients use for it (<c>CacheCreationInputTokens</c>, <c>cache_creation_input_tokens</c>,
/// <c>CacheCreationInputTokenCount</c>), ignoring case.
/// </remarks>
public static class UsageNormalizer
{
    /// <summary>The <see cref="UsageDetails.AdditionalCounts"/> key ProdAI reads (and writes) for cache-write tokens.</summary>
    public const string CacheWriteCountKey = "prodai.cache_write_input_tokens";

    /// <summary>The largest token count of one call that is taken as real (100 million); larger counts make the usage invalid.</summary>
    public const long MaxPlausibleTokens = 100_000_000;

    private static readonly string[] CacheWriteKeys =
    [
        CacheWriteCountKey, "CacheCreationInputTokens", "cache_creation_input_tokens", "CacheCreationInputTokenCount", "CacheWriteInputTokenCount",
    ];

    /// <summary>Normalises <paramref name="usage"/> reported under <paramref name="convention"/>.</summary>
    /// <param name="usage">The usage a provider reported.</param>
    /// <param name="convention">How that provider reports usage.</param>
    /// <returns>
    /// The normalised usage. Negative or implausible counts are reported in <see cref="NormalizedUsage.Anomalies"/> and make
    /// it invalid (<see cref="NormalizedUsage.IsValid"/>); they are never silently turned into a smaller bill.
    /// </returns>
    public static NormalizedUsage Normalize(UsageDetails usage, UsageConvention convention)
    {
        ArgumentNullException.ThrowIfNull(usage);
        long input = usage.InputTokenCount ?? 0;
        long output = usage.OutputTokenCount ?? 0;
        long cacheRead = usage.CachedInputTokenCount ?? 0;
        long reasoning = usage.ReasoningTokenCount ?? 0;
        long cacheWrite = GetCacheWrites(usage.AdditionalCounts);
        return Normalize(input, output, cacheRead, cacheWrite, reasoning, convention);
    }

    /// <summary>Normalises raw counts reported under <paramref name="convention"/>.</summary>
    /// <param name="input">The reported input count.</param>
    /// <param name="output">The reported output count.</param>
    /// <param name="cacheRead">The reported cache-read count.</param>
    /// <param name="cacheWrite">The reported cache-write count.</param>
    /// <param name="reasoning">The reported reasoning count.</param>
    /// <param name="convention">How the counts were reported.</param>
    /// <returns>The normalised usage.</returns>
    public static NormalizedUsage Normalize(long input, long output, long cacheRead, long cacheWrite, long reasoning, UsageConvention convention)
    {
        UsageAnomalies anomalies = UsageAnomalies.None;
        if (input < 0 || output < 0 || cacheRead < 0 || cacheWrite < 0 || reasoning < 0)
        {
            anomalies |= UsageAnomalies.NegativeCount;
            input = Math.Max(0, input);
            output = Math.Max(0, output);
            cacheRead = Math.Max(0, cacheRead);
            cacheWrite = Math.Max(0, cacheWrite);
            reasoning = Math.Max(0, reasoning);
        }

        if (input > MaxPlausibleTokens || output > MaxPlausibleTokens || cacheRead > MaxPlausibleTokens ||
            cacheWrite > MaxPlausibleTokens || reasoning > MaxPlausibleTokens)
        {
            anomalies |= UsageAnomalies.Implausible;
        }

        long uncached = input;
        if ((convention & UsageConvention.InputExcludesCacheReads) == 0)
        {
            uncached -= cacheRead;
        }

        if ((convention & UsageConvention.InputExcludesCacheWrites) == 0)
        {
            uncached -= cacheWrite;
        }

        if (uncached < 0)
        {
            anomalies |= UsageAnomalies.CachedExceedsInput;
            uncached = 0;
        }

        if ((convention & UsageConvention.OutputExcludesReasoning) != 0)
        {
            output += reasoning;
        }
        else if (reasoning > output)
        {
            anomalies |= UsageAnomalies.ReasoningExceedsOutput;
            output = reasoning;
        }

        return new NormalizedUsage(uncached, cacheRead, cacheWrite, output, reasoning, IsEstimated: false, anomalies);
    }

    private static long GetCacheWrites(AdditionalPropertiesDictionary<long>? counts)
    {
        if (counts is null || counts.Count == 0)
        {
            return 0;
        }

        foreach (string key in CacheWriteKeys)
        {
            if (counts.TryGetValue(key, out long value))
            {
                return value;
            }
        }

        foreach (KeyValuePair<string, long> kv in counts)
        {
            foreach (string key in CacheWriteKeys)
            {
                if (string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    return kv.Value;
                }
            }
        }

        return 0;
    }
}
