using ProdAI.Telemetry.Attribution;

namespace ProdAI.Telemetry.Budgets;

/// <summary>
/// Keeps spend and reservations per budget counter, atomically: a reservation is taken against every applicable counter
/// or none, and only when none of them would pass its hard limit.
/// </summary>
/// <remarks>
/// Implementations throw <see cref="BudgetExceededException"/> when a hard limit refuses a reservation and
/// <see cref="BudgetUnavailableException"/> when their backend cannot be reached.
/// </remarks>
public interface IBudgetLedger
{
    /// <summary>Reserves <paramref name="amount"/> against every counter that applies to <paramref name="attribution"/>.</summary>
    /// <param name="attribution">The call's attribution.</param>
    /// <param name="amount">The worst-case cost of the call.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The reservation (with no counters when no limit applies).</returns>
    /// <exception cref="BudgetExceededException">A hard limit would be passed.</exception>
    /// <exception cref="BudgetUnavailableException">The ledger's backend cannot be reached.</exception>
    ValueTask<BudgetReservation> ReserveAsync(CallAttribution attribution, decimal amount, CancellationToken cancellationToken = default);

    /// <summary>Replaces a reservation with the actual cost of the call. A second settle or release of the same reservation does nothing.</summary>
    /// <param name="reservation">The reservation.</param>
    /// <param name="actualCost">The actual cost (0 or more).</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>A task that completes when the spend is recorded.</returns>
    ValueTask SettleAsync(BudgetReservation reservation, decimal actualCost, CancellationToken cancellationToken = default);

    /// <summary>Releases a reservation without spend (the call failed or was cancelled before the provider produced anything).</summary>
    /// <param name="reservation">The reservation.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>A task that completes when the reservation is released.</returns>
    ValueTask ReleaseAsync(BudgetReservation reservation, CancellationToken cancellationToken = default);

    /// <summary>Returns the spend and reservations of every counter that applies to <paramref name="attribution"/> now.</summary>
    /// <param name="attribution">The attribution.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>One status per applicable counter.</returns>
    ValueTask<IReadOnlyList<BudgetCounterStatus>> GetStatusAsync(CallAttribution attribution, CancellationToken cancellationToken = default);
}
