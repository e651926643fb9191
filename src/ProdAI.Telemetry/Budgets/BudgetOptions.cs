namespace ProdAI.Telemetry.Budgets;

/// <summary>Budget limits and how they are enforced. Bound from configuration (for example <c>ProdAI:Telemetry:Budgets</c>).</summary>
public class BudgetOptions
{
    /// <summary>Gets the limits. A call is checked against every limit that applies to its attribution.</summary>
    public IList<BudgetLimit> Limits { get; } = [];

    /// <summary>Gets or sets how long a reservation holds before the ledger releases it on its own (a crashed caller never settles).</summary>
    /// <value>Defaults to 10 minutes.</value>
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets what happens when the ledger cannot be reached.</summary>
    /// <value>Defaults to <see cref="BudgetFailureMode.FailClosed"/>.</value>
    public BudgetFailureMode FailureMode { get; set; } = BudgetFailureMode.FailClosed;

    /// <summary>
    /// Gets or sets the output tokens reserved when neither the request (<c>ChatOptions.MaxOutputTokens</c>) nor the
    /// catalog (<c>ModelInfo.MaxOutputTokens</c>) gives a maximum.
    /// </summary>
    /// <value>Defaults to 4096.</value>
    public int DefaultMaxOutputTokens { get; set; } = 4096;

    /// <summary>Gets or sets the factor applied to estimated input token counts (models whose tokenizer is not shipped) when reserving.</summary>
    /// <value>Defaults to 1.25.</value>
    public double EstimatedTokenSafetyFactor { get; set; } = 1.25;

    /// <summary>
    /// Gets or sets a value indicating whether a call to a model without prices is refused (<c>model_not_priced</c>) when
    /// limits apply to it. When <see langword="false"/>, such calls go through unbudgeted.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool RejectUnpricedModels { get; set; } = true;

    /// <summary>Gets or sets a callback raised when a reservation takes spend past a soft limit.</summary>
    public Func<BudgetSoftLimitArguments, ValueTask>? OnSoftLimitReached { get; set; }
}
