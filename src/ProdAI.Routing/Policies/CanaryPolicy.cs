namespace ProdAI.Routing;

/// <summary>Settings of a canary split.</summary>
public sealed class CanaryOptions
{
    /// <summary>Gets or sets the baseline deployment's name.</summary>
    public string Baseline { get; set; } = string.Empty;

    /// <summary>Gets or sets the canary deployment's name.</summary>
    public string Canary { get; set; } = string.Empty;

    /// <summary>Gets or sets the share of traffic sent to the canary, in percent. Defaults to 5.</summary>
    public double Percent { get; set; } = 5;

    /// <summary>Gets or sets what keeps a caller on one side. Defaults to the session.</summary>
    public StickyBy StickyBy { get; set; } = StickyBy.Session;

    /// <summary>Gets or sets the canary calls in the health window needed before a rollback decision. Defaults to 20.</summary>
    public int MinimumSamples { get; set; } = 20;

    /// <summary>Gets or sets how far the canary's error rate may exceed the baseline's (absolute). Defaults to 0.05.</summary>
    public double MaxErrorRateIncrease { get; set; } = 0.05;

    /// <summary>Gets or sets how many times slower (latency EWMA) the canary may be than the baseline; <see langword="null"/> ignores latency. Defaults to 1.5.</summary>
    public double? MaxLatencyRatio { get; set; } = 1.5;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Baseline) || string.IsNullOrWhiteSpace(Canary) || string.Equals(Baseline, Canary, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Name two different deployments as the baseline and the canary.", nameof(Canary));
        }

        if (Percent is < 0 or > 100 || double.IsNaN(Percent))
        {
            throw new ArgumentOutOfRangeException(nameof(Percent), Percent, "The canary share is a percentage in [0, 100].");
        }

        if (MinimumSamples < 1 || MaxErrorRateIncrease < 0 || MaxLatencyRatio is <= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumSamples), "Minimum samples ≥ 1, error-rate margin ≥ 0, latency ratio > 1.");
        }
    }
}

/// <summary>Where a canary stands.</summary>
public enum CanaryState
{
    /// <summary>The canary receives its share of traffic.</summary>
    Active,

    /// <summary>The canary was rolled back (automatically or by hand) and receives nothing.</summary>
    RolledBack,
}

/// <summary>
/// Canary release: sends <see cref="CanaryOptions.Percent"/> of traffic (sticky per session or user) to a canary
/// deployment and the rest to the baseline, and rolls the canary back on its own when, over the health window and after
/// <see cref="CanaryOptions.MinimumSamples"/> calls, its error rate exceeds the baseline's by more than the margin or its
/// latency exceeds the baseline's by more than the ratio. <see cref="State"/>, <see cref="RollbackReason"/> and
/// <see cref="RolledBack"/> make the rollback observable; <see cref="Resume"/> re-enables it.
/// </summary>
public sealed class CanaryPolicy : IRoutingPolicy, IRoutingFeedback
{
    private readonly CanaryOptions _options;
    private int _state;
    private string? _reason;

    /// <summary>Initializes a new instance of the <see cref="CanaryPolicy"/> class.</summary>
    /// <param name="options">The split and rollback settings.</param>
    public CanaryPolicy(CanaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Raised once when the canary is rolled back automatically, with the reason.</summary>
    public event EventHandler<string>? RolledBack;

    /// <inheritdoc />
    public string Name => "canary";

    /// <summary>Gets the canary's state.</summary>
    public CanaryState State => (CanaryState)Volatile.Read(ref _state);

    /// <summary>Gets why the canary was rolled back, if it was.</summary>
    public string? RollbackReason => Volatile.Read(ref _reason);

    /// <summary>Gets the settings.</summary>
    public CanaryOptions Options => _options;

    /// <summary>Rolls the canary back by hand.</summary>
    /// <param name="reason">Why.</param>
    public void RollBack(string reason) => TryRollBack(reason);

    /// <summary>Sends the canary its share again.</summary>
    public void Resume()
    {
        Volatile.Write(ref _reason, null);
        Volatile.Write(ref _state, (int)CanaryState.Active);
    }

    /// <inheritdoc />
    public void Route(RouteRequest context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int canary = context.Catalog.IndexOf(_options.Canary);
        int baseline = context.Catalog.IndexOf(_options.Baseline);
        RouteCandidates candidates = context.Candidates;
        int canaryAt = candidates.PositionOf(canary);
        if (canaryAt < 0)
        {
            return;
        }

        bool toCanary = State == CanaryState.Active && StickyKey.Point(context, _options.StickyBy, 0xCA7A) * 100 < _options.Percent;
        context.PolicyName = Name;
        if (toCanary)
        {
            candidates.MoveToFront(canaryAt);
            context.Reason = "canary";
            return;
        }

        candidates.RemoveWhereNot(static (index, c) => index != c, canary);
        int baselineAt = candidates.PositionOf(baseline);
        if (baselineAt > 0)
        {
            candidates.MoveToFront(baselineAt);
        }

        context.Reason = State == CanaryState.Active ? "canary_baseline" : "canary_rolled_back";
    }

    /// <inheritdoc />
    public void OnAttemptCompleted(RouteRequest context, int deploymentIndex, bool succeeded)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (State != CanaryState.Active || deploymentIndex != context.Catalog.IndexOf(_options.Canary))
        {
            return;
        }

        DeploymentHealth canary = context.Catalog.GetHealth(deploymentIndex);
        (int calls, int errors) = canary.GetWindow();
        if (calls < _options.MinimumSamples)
        {
            return;
        }

        int baselineIndex = context.Catalog.IndexOf(_options.Baseline);
        double baselineRate = 0;
        double baselineLatency = double.NaN;
        if (baselineIndex >= 0)
        {
            DeploymentHealth baseline = context.Catalog.GetHealth(baselineIndex);
            (int bCalls, int bErrors) = baseline.GetWindow();
            baselineRate = bCalls == 0 ? 0 : bErrors / (double)bCalls;
            baselineLatency = baseline.LatencyMs;
        }

        double canaryRate = errors / (double)calls;
        if (canaryRate > baselineRate + _options.MaxErrorRateIncrease)
        {
            TryRollBack($"error rate {canaryRate:P1} vs baseline {baselineRate:P1} over {calls} calls");
        }
        else if (_options.MaxLatencyRatio is double ratio && !double.IsNaN(baselineLatency) && baselineLatency > 0 && canary.LatencyMs > baselineLatency * ratio)
        {
            TryRollBack($"latency {canary.LatencyMs:0} ms vs baseline {baselineLatency:0} ms");
        }
    }

    private void TryRollBack(string reason)
    {
        if (Interlocked.CompareExchange(ref _state, (int)CanaryState.RolledBack, (int)CanaryState.Active) == (int)CanaryState.Active)
        {
            Volatile.Write(ref _reason, reason);
            RolledBack?.Invoke(this, reason);
        }
    }
}
