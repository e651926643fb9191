namespace ProdAI.Telemetry.Budgets;

/// <summary>One counter a call is charged to: a limit, the scope value it is counted for, and the current window.</summary>
public sealed class BudgetCounter
{
    /// <summary>Initializes a new instance of the <see cref="BudgetCounter"/> class.</summary>
    /// <param name="key">The ledger key of the counter.</param>
    /// <param name="limit">The limit.</param>
    /// <param name="scopeValue">The scope value (tenant, user or feature; <c>*</c> for global).</param>
    /// <param name="windowStart">The start of the window.</param>
    /// <param name="windowEnd">The end of the window, or <see langword="null"/> for <see cref="BudgetPeriod.Total"/>.</param>
    public BudgetCounter(string key, BudgetLimit limit, string scopeValue, DateTimeOffset windowStart, DateTimeOffset? windowEnd)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(limit);
        Key = key;
        Limit = limit;
        ScopeValue = scopeValue;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
    }

    /// <summary>Gets the ledger key: limit name, scope value and window, so a new window is a new counter and never overwrites the old one.</summary>
    public string Key { get; }

    /// <summary>Gets the limit.</summary>
    public BudgetLimit Limit { get; }

    /// <summary>Gets the scope value the counter is kept for.</summary>
    public string ScopeValue { get; }

    /// <summary>Gets the start of the window (UTC).</summary>
    public DateTimeOffset WindowStart { get; }

    /// <summary>Gets the end of the window (UTC), or <see langword="null"/> when it never ends.</summary>
    public DateTimeOffset? WindowEnd { get; }

    /// <inheritdoc />
    public override string ToString() => Key;
}

/// <summary>A counter's spend at one moment.</summary>
/// <param name="Counter">The counter.</param>
/// <param name="Spent">Settled spend in the window.</param>
/// <param name="Reserved">Reservations outstanding in the window.</param>
public readonly record struct BudgetCounterStatus(BudgetCounter Counter, decimal Spent, decimal Reserved)
{
    /// <summary>Gets spend plus reservations: what the limits are checked against.</summary>
    public decimal Committed => Spent + Reserved;

    /// <summary>Gets what is left under the hard limit (never negative).</summary>
    public decimal Remaining => Math.Max(0m, Counter.Limit.HardLimit - Committed);
}
