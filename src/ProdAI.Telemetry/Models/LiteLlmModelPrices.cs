using System.Globalization;
using System.Text.Json;

namespace ProdAI.Telemetry.Models;

/// <summary>
/// Imports LiteLLM's <c>model_prices_and_context_window.json</c> (prices per token, limits, provider) as
/// <see cref="ModelDefinition"/>s, so a team that already maintains that file can price calls with ProdAI.
/// </summary>
/// <remarks>
/// Read fields: <c>input_cost_per_token</c>, <c>output_cost_per_token</c>, <c>cache_read_input_token_cost</c>,
/// <c>cache_creation_input_token_cost</c>, <c>output_cost_per_reasoning_token</c>, <c>max_input_tokens</c>,
/// <c>max_output_tokens</c> (or <c>max_tokens</c>), <c>litellm_provider</c>, and one long-context tier from keys
/// such as <c>input_cost_per_token_above_200k_tokens</c>. Entries without an input price (and <c>sample_spec</c>) are skipped.
/// Prices are read as exact decimals, so 2.5e-06 per token becomes exactly 2.5 per million.
/// </remarks>
public static class LiteLlmModelPrices
{
    private const decimal Million = 1_000_000m;

    /// <summary>Parses a LiteLLM price document.</summary>
    /// <param name="utf8Json">The JSON stream.</param>
    /// <param name="priceVersion">The version to stamp on the prices (for example the file's commit or date).</param>
    /// <param name="effectiveDate">The date from which the prices apply.</param>
    /// <returns>The definitions, in file order.</returns>
    /// <exception cref="InvalidDataException">The stream is not a JSON object of models.</exception>
    public static IReadOnlyList<ModelDefinition> Parse(Stream utf8Json, string priceVersion, DateOnly effectiveDate)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(priceVersion);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The LiteLLM price file is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException("The LiteLLM price file must be a JSON object whose properties are model ids.");
            }

            var result = new List<ModelDefinition>();
            foreach (JsonProperty entry in document.RootElement.EnumerateObject())
            {
                if (entry.Name == "sample_spec" || entry.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                JsonElement e = entry.Value;
                decimal? input = PerMillion(e, "input_cost_per_token");
                if (input is null)
                {
                    continue;
                }

                string? provider = GetString(e, "litellm_provider");
                var definition = new ModelDefinition
                {
                    Id = entry.Name,
                    Provider = provider,
                    ContextWindow = GetLong(e, "max_input_tokens"),
                    MaxOutputTokens = GetLong(e, "max_output_tokens") ?? GetLong(e, "max_tokens"),
                    InputPerMillion = input,
                    OutputPerMillion = PerMillion(e, "output_cost_per_token") ?? 0m,
                    CachedInputPerMillion = PerMillion(e, "cache_read_input_token_cost"),
                    CacheWritePerMillion = PerMillion(e, "cache_creation_input_token_cost"),
                    ReasoningPerMillion = PerMillion(e, "output_cost_per_reasoning_token"),
                    PriceVersion = priceVersion,
                    EffectiveDate = effectiveDate,
                    UsageConvention = (provider?.Contains("anthropic", StringComparison.OrdinalIgnoreCase) ?? false) ||
                                      entry.Name.Contains("claude", StringComparison.OrdinalIgnoreCase)
                        ? UsageConvention.Anthropic
                        : null,
                };

                ReadLongContextTier(e, definition);
                result.Add(definition);
            }

            return result;
        }
    }

    private static void ReadLongContextTier(JsonElement e, ModelDefinition definition)
    {
        const string marker = "input_cost_per_token_above_";
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!p.Name.StartsWith(marker, StringComparison.Ordinal) || !p.Name.EndsWith("_tokens", StringComparison.Ordinal))
            {
                continue;
            }

            string suffix = p.Name[marker.Length..];                 // "200k_tokens"
            string amount = suffix[..^"_tokens".Length];             // "200k"
            long multiplier = amount.EndsWith('k') ? 1_000 : amount.EndsWith('m') ? 1_000_000 : 1;
            string digits = multiplier == 1 ? amount : amount[..^1];
            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long threshold) || threshold <= 0)
            {
                continue;
            }

            definition.LongContextThreshold = threshold * multiplier;
            definition.LongContextInputPerMillion = PerMillion(e, p.Name);
            definition.LongContextOutputPerMillion = PerMillion(e, "output_cost_per_token_above_" + suffix);
            definition.LongContextCachedInputPerMillion = PerMillion(e, "cache_read_input_token_cost_above_" + suffix);
            definition.LongContextCacheWritePerMillion = PerMillion(e, "cache_creation_input_token_cost_above_" + suffix);
            return;
        }
    }

    private static decimal? PerMillion(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out JsonElement value) || value.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        string raw = value.GetRawText();
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal perToken) || perToken < 0)
        {
            return null;
        }

        return perToken * Million;
    }

    private static long? GetLong(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out long l) && l > 0 ? l : null;

    private static string? GetString(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
