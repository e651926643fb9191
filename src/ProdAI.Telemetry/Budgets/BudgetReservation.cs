using ProdAI.Telemetry.Attribution;

namespace ProdAI.Telemetry.Budgets;

/// <summary>
/// An amount held against every counter that applies to a call, until it is settled with the actual cost, released,
/// or expires. Settling or releasing twice is harmless: only the first takes effect.
/// </summary>
public sealed class BudgetReservation
{
    private int _completed;

    /// <summary>Initializes a new instance of the <see cref="BudgetReservation"/> class.</summary>
    /// <param name="id">The reservation id, unique in the ledger.</param>
    /// <param name="amount">The amount held.</param>
    /// <param name="counters">The counters the amount is held against.</param>
    /// <param name="attribution">The call's attribution.</param>
    /// <param name="expiresAt">When the ledger releases the reservation on its own.</param>
    /// <param name="statuses">The counters' spend after the reservation.</param>
    public BudgetReservation(string id, decimal amount, IReadOnlyList<BudgetCounter> counters, CallAttribution attribution, DateTimeOffset expiresAt, IReadOnlyList<BudgetCounterStatus> statuses)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentNullException.ThrowIfNull(attribution);
        ArgumentNullException.ThrowIfNull(statuses);
        Id = id;
        Amount = amount;
        Counters = counters;
        Attribution = attribution;
        ExpiresAt = expiresAt;
        Statuses = statuses;
    }

    /// <summary>Gets the reservation id.</summary>
    public string Id { get; }

    /// <summary>Gets the amount held.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the counters the amount is held against; empty when no limit applies to the call.</summary>
    public IReadOnlyList<BudgetCounter> Counters { get; }

    /// <summary>Gets the call's attribution.</summary>
    public CallAttribution Attribution { get; }

    /// <summary>Gets when the ledger releases the reservation on its own.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Gets each counter's spend and reservations just after this reservation was taken.</summary>
    public IReadOnlyList<BudgetCounterStatus> Statuses { get; }

    /// <summary>Gets a value indicating whether the reservation was settled or released.</summary>
    public bool IsCompleted => Volatile.Read(ref _completed) != 0;

    /// <summary>Marks the reservation completed; returns <see langword="true"/> only for the first caller. For ledger implementations.</summary>
    /// <returns><see langword="true"/> when this call completed the reservation.</returns>
    public bool TryComplete() => Interlocked.Exchange(ref _completed, 1) == 0;

    /// <summary>Reverts <see cref="TryComplete"/> after the ledger failed to record the completion, so it can be retried. For ledger implementations.</summary>
    public void ResetCompletion() => Volatile.Write(ref _completed, 0);
}
