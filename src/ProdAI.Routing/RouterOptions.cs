using ProdAI.Telemetry.Budgets;
using ProdAI.Telemetry.Tokens;

namespace ProdAI.Routing;

/// <summary>Settings of a <see cref="RouterChatClient"/>.</summary>
public sealed class RouterOptions
{
    /// <summary>Gets or sets the output tokens assumed for cost estimates and token quotas when a request sets no maximum. Defaults to 512.</summary>
    public int DefaultOutputTokens { get; set; } = 512;

    /// <summary>Gets or sets the most deployments tried per request (first choice plus failovers). Defaults to 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Gets or sets the delay after which a latency-critical, non-streaming request is also sent to the next candidate
    /// (Polly hedging; the first answer wins, the other is cancelled); <see langword="null"/> turns hedging off.
    /// </summary>
    public TimeSpan? HedgingDelay { get; set; }

    /// <summary>Gets or sets the most hedged calls per request. Defaults to 1.</summary>
    public int MaxHedgedAttempts { get; set; } = 1;

    /// <summary>Gets or sets a value indicating whether every non-streaming request is hedged, not only those marked <c>prodai.route.latency_critical</c>.</summary>
    public bool HedgeAllRequests { get; set; }

    /// <summary>Gets the named policies a request may pick with <c>prodai.route.policy</c>.</summary>
    public IDictionary<string, IRoutingPolicy> Policies { get; } = new Dictionary<string, IRoutingPolicy>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the token counter used when a request may not fit a deployment's context window; <see langword="null"/> uses ProdAI's tiktoken counter.</summary>
    public ITokenCounter? TokenCounter { get; set; }

    /// <summary>Gets or sets the budget ledger whose soft limits <see cref="BudgetDowngradePolicy"/> reads; <see langword="null"/> for none.</summary>
    public IBudgetLedger? BudgetLedger { get; set; }

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (DefaultOutputTokens < 0 || MaxAttempts < 1 || MaxHedgedAttempts is < 1 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), "Default output tokens ≥ 0, at least one attempt, 1–10 hedged attempts.");
        }

        if (HedgingDelay is TimeSpan delay && delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(HedgingDelay), delay, "The hedging delay cannot be negative.");
        }
    }
}
