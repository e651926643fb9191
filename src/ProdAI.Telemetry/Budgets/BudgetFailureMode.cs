namespace ProdAI.Telemetry.Budgets;

/// <summary>What budgets do when the ledger cannot be reached (for example Redis is down).</summary>
public enum BudgetFailureMode
{
    /// <summary>Refuse the call with <see cref="BudgetUnavailableException"/> (<c>budget_unavailable</c>). The default: a limit that silently stops holding is not a limit.</summary>
    FailClosed,

    /// <summary>Allow the call without a reservation, log an error and count a <c>ledger_unavailable</c> budget event.</summary>
    FailOpen,
}
