using ProdAI.Telemetry.Attribution;

namespace ProdAI.Telemetry.Budgets;

/// <summary>A hard budget limit refused a call (<c>budget_exceeded</c>).</summary>
public sealed class BudgetExceededException : ProdAIException
{
    /// <summary>Initializes a new instance of the <see cref="BudgetExceededException"/> class.</summary>
    /// <param name="status">The counter that refused the call, with its spend and reservations at that moment.</param>
    /// <param name="requested">The worst-case cost the call asked to reserve.</param>
    /// <param name="scope">The attribution of the call.</param>
    /// <param name="now">The time of the refusal, to compute <see cref="RetryAfter"/>.</param>
    public BudgetExceededException(BudgetCounterStatus status, decimal requested, CallAttribution scope, DateTimeOffset now)
        : base(ProdAIErrorCodes.BudgetExceeded, CreateMessage(status, requested), scope)
    {
        LimitName = status.Counter.Limit.EffectiveName;
        Limit = status.Counter.Limit.HardLimit;
        Spent = status.Spent;
        Reserved = status.Reserved;
        Requested = requested;
        Period = status.Counter.Limit.Period;
        RetryAfter = status.Counter.WindowEnd is DateTimeOffset end && end > now ? end - now : null;
    }

    /// <summary>Gets the name of the limit that refused the call.</summary>
    public string LimitName { get; }

    /// <summary>Gets the hard limit.</summary>
    public decimal Limit { get; }

    /// <summary>Gets the settled spend in the window.</summary>
    public decimal Spent { get; }

    /// <summary>Gets the reservations outstanding in the window.</summary>
    public decimal Reserved { get; }

    /// <summary>Gets the worst-case cost the call asked to reserve.</summary>
    public decimal Requested { get; }

    /// <summary>Gets the limit's period.</summary>
    public BudgetPeriod Period { get; }

    /// <summary>Gets the time until the window resets, or <see langword="null"/> for a limit without a window.</summary>
    public override TimeSpan? RetryAfter { get; }

    private static string CreateMessage(BudgetCounterStatus status, decimal requested) =>
        $"Budget '{status.Counter.Limit.EffectiveName}' for '{status.Counter.ScopeValue}' would be exceeded: {status.Spent:0.######} spent and " +
        $"{status.Reserved:0.######} reserved of {status.Counter.Limit.HardLimit:0.######}, and this call may cost up to {requested:0.######}. " +
        "Lower ChatOptions.MaxOutputTokens to reserve less, or raise the limit.";
}
