namespace ProdAI.Telemetry.Budgets;

/// <summary>One spending limit: a scope, a window and amounts in the prices' currency.</summary>
public class BudgetLimit
{
    private BudgetScope _scope = BudgetScope.Tenant;
    private string? _match;
    private BudgetPeriod _period = BudgetPeriod.Month;
    private string? _defaultName;

    /// <summary>Gets or sets a stable name for the limit, used in counters, metrics and errors.</summary>
    /// <value>Defaults to a name made of the scope, the match and the period (<c>tenant-month</c>, <c>tenant:acme-day</c>).</value>
    public string? Name { get; set; }

    /// <summary>Gets or sets what the limit is counted per.</summary>
    /// <value>Defaults to <see cref="BudgetScope.Tenant"/>.</value>
    public BudgetScope Scope
    {
        get => _scope;
        set
        {
            _scope = value;
            _defaultName = null;
        }
    }

    /// <summary>
    /// Gets or sets the one scope value the limit applies to (for example tenant <c>acme</c>). When <see langword="null"/>,
    /// the limit applies to every value separately; calls without a value for the scope share one counter, <c>(none)</c>.
    /// </summary>
    public string? Match
    {
        get => _match;
        set
        {
            _match = value;
            _defaultName = null;
        }
    }

    /// <summary>Gets or sets the window.</summary>
    /// <value>Defaults to <see cref="BudgetPeriod.Month"/>.</value>
    public BudgetPeriod Period
    {
        get => _period;
        set
        {
            _period = value;
            _defaultName = null;
        }
    }

    /// <summary>Gets or sets the hard limit: a call whose worst-case cost would take spend plus reservations past it is refused. Must be positive.</summary>
    public decimal HardLimit { get; set; }

    /// <summary>Gets or sets the soft limit: passing it raises an event, a metric and a log entry, and the call goes on. Optional; below <see cref="HardLimit"/>.</summary>
    public decimal? SoftLimit { get; set; }

    /// <summary>Gets the name in effect: <see cref="Name"/> or the default name.</summary>
    public string EffectiveName =>
        !string.IsNullOrWhiteSpace(Name)
            ? Name
            : _defaultName ??= Match is null
                ? $"{Scope.ToString().ToLowerInvariant()}-{Period.ToString().ToLowerInvariant()}"
                : $"{Scope.ToString().ToLowerInvariant()}:{Match}-{Period.ToString().ToLowerInvariant()}";
}
