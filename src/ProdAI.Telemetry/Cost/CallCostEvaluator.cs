using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using ProdAI.Telemetry.Models;
using ProdAI.Telemetry.Tokens;
using ProdAI.Telemetry.Usage;

namespace ProdAI.Telemetry.Cost;

/// <summary>
/// Prices one chat call: resolves the model, normalises the reported usage (or estimates it from counted tokens when
/// the provider sent none) and computes the cost. Shared by the cost-tracking and budget chat clients.
/// </summary>
internal sealed class CallCostEvaluator
{
    public CallCostEvaluator(IModelCatalog catalog, ITokenCounter tokenCounter)
    {
        Catalog = catalog;
        TokenCounter = tokenCounter;
    }

    public IModelCatalog Catalog { get; }

    public ITokenCounter TokenCounter { get; }

    public static string? ResolveModelId(ChatOptions? options, string? responseModelId, ChatClientMetadata? metadata) =>
        !string.IsNullOrWhiteSpace(responseModelId) ? responseModelId
        : !string.IsNullOrWhiteSpace(options?.ModelId) ? options.ModelId
        : metadata?.DefaultModelId;

    /// <summary>Returns the cost already attached by an inner ProdAI client, if any.</summary>
    public static ChatCost? FromProperties(AdditionalPropertiesDictionary? properties) =>
        properties is not null && properties.TryGetValue(ProdAIPropertyNames.Cost, out object? value) ? value as ChatCost : null;

    public ChatCost Evaluate(string? modelId, UsageDetails? usage, IEnumerable<ChatMessage> input, ChatOptions? options, IEnumerable<ChatMessage> output)
    {
        Catalog.TryGetModel(modelId, out ModelInfo? model);
        NormalizedUsage normalized;
        if (usage is not null && (usage.InputTokenCount is not null || usage.OutputTokenCount is not null))
        {
            normalized = UsageNormalizer.Normalize(usage, model?.UsageConvention ?? UsageConvention.Standard);
        }
        else
        {
            normalized = Estimate(modelId, input, options, output);
        }

        return Price(modelId, model, normalized);
    }

    public NormalizedUsage Estimate(string? modelId, IEnumerable<ChatMessage> input, ChatOptions? options, IEnumerable<ChatMessage> output)
    {
        long inputTokens = TokenCounter.CountTokens(modelId, input, options).Tokens;
        long outputTokens = TokenCounter.CountTokens(modelId, OutputText(output)).Tokens;
        return new NormalizedUsage(inputTokens, 0, 0, outputTokens, 0, IsEstimated: true, UsageAnomalies.Missing);
    }

    public static ChatCost Price(string? modelId, ModelInfo? model, in NormalizedUsage usage)
    {
        if (model is null)
        {
            return new ChatCost(modelId, usage)
            {
                Diagnostic = modelId is null
                    ? "No model id: set ChatOptions.ModelId or ChatClientMetadata.DefaultModelId so the call can be priced."
                    : $"Model '{modelId}' is not in the model catalog; add it (or an alias) under ProdAI:Telemetry:Models to price it.",
            };
        }

        if (model.Pricing is null)
        {
            return new ChatCost(model.Id, usage) { Provider = model.Provider, Diagnostic = $"Model '{model.Id}' has no prices in the catalog." };
        }

        if (!usage.IsValid)
        {
            return new ChatCost(model.Id, usage)
            {
                Provider = model.Provider,
                Currency = model.Pricing.Currency,
                PriceVersion = model.Pricing.Version,
                Diagnostic = $"The provider reported invalid usage ({usage.Anomalies}); the call was not priced.",
            };
        }

        return new ChatCost(model.Id, usage)
        {
            Provider = model.Provider,
            Breakdown = CostCalculator.Calculate(model.Pricing, usage),
            Currency = model.Pricing.Currency,
            PriceVersion = model.Pricing.Version,
            Diagnostic = usage.IsEstimated ? "The provider reported no usage; tokens were counted by ProdAI." : null,
        };
    }

    private static string OutputText(IEnumerable<ChatMessage> output)
    {
        var builder = new StringBuilder();
        foreach (ChatMessage message in output)
        {
            foreach (AIContent content in message.Contents)
            {
                switch (content)
                {
                    case TextContent t:
                        builder.Append(t.Text);
                        break;
                    case TextReasoningContent r:
                        builder.Append(r.Text);
                        break;
                    case FunctionCallContent call:
                        builder.Append(call.Name);
                        if (call.Arguments is not null)
                        {
                            builder.Append(JsonSerializer.Serialize(call.Arguments, AIJsonUtilities.DefaultOptions));
                        }

                        break;
                }
            }
        }

        return builder.ToString();
    }
}
