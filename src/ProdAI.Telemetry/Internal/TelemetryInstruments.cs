using System.Diagnostics;
using System.Diagnostics.Metrics;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Cost;

namespace ProdAI.Telemetry.Internal;

/// <summary>The ProdAI.Telemetry meter's instruments. One per meter factory.</summary>
internal sealed class TelemetryInstruments
{
    public const string MeterName = "ProdAI.Telemetry";
    public const string CostInstrument = "prodai.telemetry.cost";
    public const string TokensInstrument = "prodai.telemetry.tokens";
    public const string UnpricedInstrument = "prodai.telemetry.unpriced_calls";
    public const string BudgetEventsInstrument = "prodai.telemetry.budget.events";

    public static readonly ActivitySource ActivitySource = new(MeterName);

    private static readonly Lazy<TelemetryInstruments> Fallback = new(() => new TelemetryInstruments(new Meter(MeterName)));

    private readonly Counter<double> _cost;
    private readonly Counter<long> _tokens;
    private readonly Counter<long> _unpriced;
    private readonly Counter<long> _budgetEvents;

    private TelemetryInstruments(Meter meter)
    {
        _cost = meter.CreateCounter<double>(CostInstrument, "{cost}", "Cost of model calls in the currency of the prices (tag prodai.currency).");
        _tokens = meter.CreateCounter<long>(TokensInstrument, "{token}", "Tokens of model calls by type: input (uncached), cache_read, cache_write, output (visible), reasoning.");
        _unpriced = meter.CreateCounter<long>(UnpricedInstrument, "{request}", "Model calls that could not be priced (unknown model, no prices, invalid usage).");
        _budgetEvents = meter.CreateCounter<long>(BudgetEventsInstrument, "{event}", "Budget events: soft_limit_reached, hard_limit_rejected, ledger_unavailable, settle_failed.");
    }

    public static TelemetryInstruments Create(IMeterFactory? meterFactory) =>
        meterFactory is null ? Fallback.Value : new TelemetryInstruments(meterFactory.Create(MeterName));

    public void RecordCall(ChatCost cost, CallAttribution attribution, string? provider)
    {
        if (!_cost.Enabled && !_tokens.Enabled && !_unpriced.Enabled)
        {
            return;
        }

        TagList tags = default;
        tags.Add(TagNames.RequestModel, cost.ModelId);
        tags.Add(TagNames.ProviderName, provider);
        tags.Add(TagNames.Tenant, attribution.Tenant);
        tags.Add(TagNames.Feature, attribution.Feature);
        tags.Add(TagNames.UsageEstimated, cost.IsEstimated);

        if (cost.Total is decimal total)
        {
            TagList costTags = tags;
            costTags.Add(TagNames.Currency, cost.Currency);
            _cost.Add((double)total, costTags);
        }
        else if (_unpriced.Enabled)
        {
            TagList unpricedTags = tags;
            unpricedTags.Add(TagNames.UnpricedReason, cost.Diagnostic is null ? "unknown" : UnpricedReason(cost));
            _unpriced.Add(1, unpricedTags);
        }

        if (_tokens.Enabled)
        {
            AddTokens(tags, "input", cost.Usage.UncachedInputTokens);
            AddTokens(tags, "cache_read", cost.Usage.CacheReadTokens);
            AddTokens(tags, "cache_write", cost.Usage.CacheWriteTokens);
            AddTokens(tags, "output", cost.Usage.VisibleOutputTokens);
            AddTokens(tags, "reasoning", cost.Usage.ReasoningTokens);
        }
    }

    public void RecordBudgetEvent(string eventName, string? limitName, CallAttribution attribution)
    {
        if (!_budgetEvents.Enabled)
        {
            return;
        }

        TagList tags = default;
        tags.Add(TagNames.BudgetEvent, eventName);
        tags.Add(TagNames.BudgetLimit, limitName);
        tags.Add(TagNames.Tenant, attribution.Tenant);
        tags.Add(TagNames.Feature, attribution.Feature);
        _budgetEvents.Add(1, tags);
    }

    private static string UnpricedReason(ChatCost cost) =>
        !cost.Usage.IsValid ? "invalid_usage" : cost.Provider is null ? "unknown_model" : "no_pricing";

    private void AddTokens(TagList tags, string type, long count)
    {
        if (count <= 0)
        {
            return;
        }

        tags.Add(TagNames.TokenType, type);
        _tokens.Add(count, tags);
    }
}
