namespace ProdAI.Telemetry.Budgets;

/// <summary>
/// What budgets did for a call, found in <c>ChatResponse.AdditionalProperties[</c><see cref="ProdAIPropertyNames.Budget"/><c>]</c>.
/// </summary>
public sealed class BudgetOutcome
{
    /// <summary>Gets the reservation id, or <see langword="null"/> when no reservation was taken.</summary>
    public string? ReservationId { get; init; }

    /// <summary>Gets the worst-case amount reserved before the call.</summary>
    public decimal Reserved { get; init; }

    /// <summary>Gets the amount settled after the call.</summary>
    public decimal Settled { get; init; }

    /// <summary>Gets a value indicating whether the call ran without a reservation because the ledger was unavailable (fail open).</summary>
    public bool Unbudgeted { get; init; }

    /// <summary>Gets the names of the limits whose soft limit the call passed.</summary>
    public IReadOnlyList<string> SoftLimitsReached { get; init; } = [];

    /// <summary>Gets each applicable counter's spend just after the reservation.</summary>
    public IReadOnlyList<BudgetCounterStatus> Statuses { get; init; } = [];
}
