using ProdAI.Telemetry.Attribution;

namespace ProdAI.Telemetry.Budgets;

/// <summary>Arguments of <see cref="BudgetOptions.OnSoftLimitReached"/>.</summary>
public readonly struct BudgetSoftLimitArguments
{
    /// <summary>Initializes a new instance of the <see cref="BudgetSoftLimitArguments"/> struct.</summary>
    /// <param name="status">The counter and its spend after the reservation.</param>
    /// <param name="attribution">The attribution of the call.</param>
    public BudgetSoftLimitArguments(BudgetCounterStatus status, CallAttribution attribution)
    {
        Status = status;
        Attribution = attribution;
    }

    /// <summary>Gets the counter whose soft limit was passed, with its spend and reservations.</summary>
    public BudgetCounterStatus Status { get; }

    /// <summary>Gets the attribution of the call.</summary>
    public CallAttribution Attribution { get; }
}
