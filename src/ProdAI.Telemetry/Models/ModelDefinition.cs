namespace ProdAI.Telemetry.Models;

/// <summary>
/// A model as written in configuration, in the embedded catalog or produced by an importer. Every property but
/// <see cref="Id"/> is optional: when a definition overrides a model already in the catalog, only the properties it
/// sets change.
/// </summary>
public class ModelDefinition
{
    /// <summary>Gets or sets the canonical model id. Required.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the provider.</summary>
    public string? Provider { get; set; }

    /// <summary>Gets or sets exact aliases or prefix patterns ending in <c>*</c>.</summary>
    public IList<string>? Aliases { get; set; }

    /// <summary>Gets or sets the context window in tokens.</summary>
    public long? ContextWindow { get; set; }

    /// <summary>Gets or sets the maximum output tokens of one call.</summary>
    public long? MaxOutputTokens { get; set; }

    /// <summary>Gets or sets the price of uncached input tokens per million.</summary>
    public decimal? InputPerMillion { get; set; }

    /// <summary>Gets or sets the price of input tokens read from the prompt cache per million.</summary>
    public decimal? CachedInputPerMillion { get; set; }

    /// <summary>Gets or sets the price of input tokens written to the prompt cache per million.</summary>
    public decimal? CacheWritePerMillion { get; set; }

    /// <summary>Gets or sets the price of output tokens per million.</summary>
    public decimal? OutputPerMillion { get; set; }

    /// <summary>Gets or sets the price of reasoning tokens per million (defaults to the output price).</summary>
    public decimal? ReasoningPerMillion { get; set; }

    /// <summary>Gets or sets the number of input tokens above which the long-context prices apply.</summary>
    public long? LongContextThreshold { get; set; }

    /// <summary>Gets or sets the long-context price of uncached input tokens per million.</summary>
    public decimal? LongContextInputPerMillion { get; set; }

    /// <summary>Gets or sets the long-context price of cached input tokens per million.</summary>
    public decimal? LongContextCachedInputPerMillion { get; set; }

    /// <summary>Gets or sets the long-context price of cache writes per million.</summary>
    public decimal? LongContextCacheWritePerMillion { get; set; }

    /// <summary>Gets or sets the long-context price of output tokens per million.</summary>
    public decimal? LongContextOutputPerMillion { get; set; }

    /// <summary>Gets or sets the currency of the prices (ISO 4217). Defaults to <c>USD</c>.</summary>
    public string? Currency { get; set; }

    /// <summary>Gets or sets the price version.</summary>
    public string? PriceVersion { get; set; }

    /// <summary>Gets or sets the date from which the prices apply (<c>yyyy-MM-dd</c>).</summary>
    public DateOnly? EffectiveDate { get; set; }

    /// <summary>Gets or sets how the provider reports usage. Defaults by provider (Anthropic: <see cref="Models.UsageConvention.Anthropic"/>).</summary>
    public UsageConvention? UsageConvention { get; set; }

    /// <summary>Returns a definition whose set properties come from <paramref name="overrides"/>, the others from this one.</summary>
    /// <param name="overrides">The definition whose set properties win.</param>
    /// <returns>The merged definition.</returns>
    public ModelDefinition MergeWith(ModelDefinition overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        return new ModelDefinition
        {
            Id = Id,
            Provider = overrides.Provider ?? Provider,
            Aliases = overrides.Aliases is { Count: > 0 } ? [.. Aliases ?? [], .. overrides.Aliases] : Aliases,
            ContextWindow = overrides.ContextWindow ?? ContextWindow,
            MaxOutputTokens = overrides.MaxOutputTokens ?? MaxOutputTokens,
            InputPerMillion = overrides.InputPerMillion ?? InputPerMillion,
            CachedInputPerMillion = overrides.CachedInputPerMillion ?? CachedInputPerMillion,
            CacheWritePerMillion = overrides.CacheWritePerMillion ?? CacheWritePerMillion,
            OutputPerMillion = overrides.OutputPerMillion ?? OutputPerMillion,
            ReasoningPerMillion = overrides.ReasoningPerMillion ?? ReasoningPerMillion,
            LongContextThreshold = overrides.LongContextThreshold ?? LongContextThreshold,
            LongContextInputPerMillion = overrides.LongContextInputPerMillion ?? LongContextInputPerMillion,
            LongContextCachedInputPerMillion = overrides.LongContextCachedInputPerMillion ?? LongContextCachedInputPerMillion,
            LongContextCacheWritePerMillion = overrides.LongContextCacheWritePerMillion ?? LongContextCacheWritePerMillion,
            LongContextOutputPerMillion = overrides.LongContextOutputPerMillion ?? LongContextOutputPerMillion,
            Currency = overrides.Currency ?? Currency,
            PriceVersion = overrides.PriceVersion ?? PriceVersion,
            EffectiveDate = overrides.EffectiveDate ?? EffectiveDate,
            UsageConvention = overrides.UsageConvention ?? UsageConvention,
        };
    }

    /// <summary>Builds the immutable <see cref="ModelInfo"/>; throws with a clear message when the definition is inconsistent.</summary>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidOperationException">The definition has no id, negative prices or a partial price set.</exception>
    public ModelInfo ToModelInfo()
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            throw new InvalidOperationException("A model definition has no Id. Set 'Id' on every entry under 'Models'.");
        }

        string provider = string.IsNullOrWhiteSpace(Provider) ? "unknown" : Provider.Trim().ToLowerInvariant();
        foreach ((string name, decimal? value) in new[]
        {
            (nameof(InputPerMillion), InputPerMillion), (nameof(OutputPerMillion), OutputPerMillion),
            (nameof(CachedInputPerMillion), CachedInputPerMillion), (nameof(CacheWritePerMillion), CacheWritePerMillion),
            (nameof(ReasoningPerMillion), ReasoningPerMillion), (nameof(LongContextInputPerMillion), LongContextInputPerMillion),
            (nameof(LongContextOutputPerMillion), LongContextOutputPerMillion),
            (nameof(LongContextCachedInputPerMillion), LongContextCachedInputPerMillion),
            (nameof(LongContextCacheWritePerMillion), LongContextCacheWritePerMillion),
        })
        {
            if (value < 0)
            {
                throw new InvalidOperationException($"Model '{Id}': {name} is negative ({value}). Prices are amounts per million tokens and cannot be negative.");
            }
        }

        ModelPricing? pricing = null;
        if (InputPerMillion is not null || OutputPerMillion is not null)
        {
            if (InputPerMillion is null || OutputPerMillion is null)
            {
                throw new InvalidOperationException($"Model '{Id}': set both InputPerMillion and OutputPerMillion, or neither (an unpriced model).");
            }

            var standard = new PriceTier(InputPerMillion.Value, OutputPerMillion.Value, CachedInputPerMillion, CacheWritePerMillion, ReasoningPerMillion);
            PriceTier? longContext = null;
            if (LongContextThreshold is not null)
            {
                longContext = new PriceTier(
                    LongContextInputPerMillion ?? InputPerMillion.Value,
                    LongContextOutputPerMillion ?? OutputPerMillion.Value,
                    LongContextCachedInputPerMillion ?? CachedInputPerMillion,
                    LongContextCacheWritePerMillion ?? CacheWritePerMillion,
                    ReasoningPerMillion);
            }

            pricing = new ModelPricing(
                standard,
                string.IsNullOrWhiteSpace(PriceVersion) ? "unversioned" : PriceVersion,
                EffectiveDate ?? DateOnly.MinValue,
                LongContextThreshold,
                longContext,
                string.IsNullOrWhiteSpace(Currency) ? "USD" : Currency);
        }

        return new ModelInfo(Id.Trim(), provider)
        {
            Aliases = Aliases?.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToArray() ?? [],
            ContextWindow = ContextWindow,
            MaxOutputTokens = MaxOutputTokens,
            Pricing = pricing,
            UsageConvention = UsageConvention ?? (provider == "anthropic" ? Models.UsageConvention.Anthropic : Models.UsageConvention.Standard),
        };
    }
}
