namespace ProdAI.Telemetry.Models;

/// <summary>Prices of one tier, in the pricing's currency per million tokens.</summary>
/// <param name="InputPerMillion">Price of uncached input tokens.</param>
/// <param name="OutputPerMillion">Price of output tokens.</param>
/// <param name="CachedInputPerMillion">Price of input tokens read from the prompt cache; <see langword="null"/> means the input price.</param>
/// <param name="CacheWritePerMillion">Price of input tokens written to the prompt cache; <see langword="null"/> means the input price.</param>
/// <param name="ReasoningPerMillion">Price of reasoning tokens; <see langword="null"/> means the output price.</param>
public sealed record PriceTier(
    decimal InputPerMillion,
    decimal OutputPerMillion,
    decimal? CachedInputPerMillion = null,
    decimal? CacheWritePerMillion = null,
    decimal? ReasoningPerMillion = null);
