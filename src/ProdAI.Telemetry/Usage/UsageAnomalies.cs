namespace ProdAI.Telemetry.Usage;

/// <summary>What was wrong with the usage a provider reported.</summary>
[Flags]
public enum UsageAnomalies
{
    /// <summary>Nothing: the counts are consistent.</summary>
    None = 0,

    /// <summary>A count was negative. The usage is invalid: no cost is computed from it.</summary>
    NegativeCount = 1,

    /// <summary>A count exceeded <see cref="UsageNormalizer.MaxPlausibleTokens"/>. The usage is invalid: no cost is computed from it.</summary>
    Implausible = 2,

    /// <summary>Cached tokens exceeded the input they are part of; the uncached part was taken as zero.</summary>
    CachedExceedsInput = 4,

    /// <summary>Reasoning tokens exceeded the output they are part of; output was raised to the reasoning count.</summary>
    ReasoningExceedsOutput = 8,

    /// <summary>The provider reported no usage; the counts are ProdAI's own estimate.</summary>
    Missing = 16,
}
