using ProdAI.Telemetry.Attribution;

namespace ProdAI.Telemetry.Budgets;

/// <summary>The budget ledger could not be reached (<c>budget_unavailable</c>).</summary>
public sealed class BudgetUnavailableException : ProdAIException
{
    /// <summary>Initializes a new instance of the <see cref="BudgetUnavailableException"/> class.</summary>
    /// <param name="message">What could not be reached and how to fix it.</param>
    /// <param name="innerException">The backend's exception.</param>
    /// <param name="scope">The attribution of the call, when known.</param>
    public BudgetUnavailableException(string message, Exception? innerException = null, CallAttribution? scope = null)
        : base(ProdAIErrorCodes.BudgetUnavailable, message, scope, innerException)
    {
    }
}
