namespace ProdAI.Routing;

/// <summary>
/// Resilience of one deployment, built into a Polly.Core pipeline: an attempt timeout, retries of transient failures that
/// honour Retry-After (429 / 503) with jittered exponential back-off, and a circuit breaker with a cooldown. Defaults
/// follow LiteLLM's router: a deployment cools down for 5 seconds after half of its recent calls failed.
/// </summary>
public sealed class DeploymentResilienceOptions
{
    /// <summary>Gets or sets the time allowed for one attempt (for streaming calls: until the first update). Defaults to 60 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the number of retries on the same deployment after a transient failure. Defaults to 2; 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>Gets or sets the base delay of the jittered exponential back-off. Defaults to 500 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Gets or sets the longest Retry-After the router waits for on this deployment; a longer one fails over to the next
    /// candidate at once (and the deployment is treated as rate-limited). Defaults to 10 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the failure ratio over <see cref="SamplingDuration"/> that opens the circuit. Defaults to 0.5.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets the number of calls in <see cref="SamplingDuration"/> before the circuit may open. Defaults to 4.</summary>
    public int MinimumThroughput { get; set; } = 4;

    /// <summary>Gets or sets the window over which failures are counted. Defaults to 30 seconds.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the cooldown: how long an open circuit rejects calls before one probe is let through. Defaults to 5 seconds.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (AttemptTimeout <= TimeSpan.Zero || AttemptTimeout > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), AttemptTimeout, "The attempt timeout must be positive and at most one day.");
        }

        if (MaxRetryAttempts is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAttempts), MaxRetryAttempts, "Between 0 and 10 retries.");
        }

        if (RetryBaseDelay < TimeSpan.Zero || MaxRetryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryBaseDelay), "Retry delays cannot be negative.");
        }

        if (FailureRatio is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(FailureRatio), FailureRatio, "The failure ratio must be in (0, 1].");
        }

        if (MinimumThroughput < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumThroughput), MinimumThroughput, "At least 2 calls (Polly's minimum).");
        }

        if (SamplingDuration < TimeSpan.FromMilliseconds(500) || BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            throw new ArgumentOutOfRangeException(nameof(BreakDuration), "The sampling and break durations must be at least 500 ms (Polly's minimum).");
        }
    }
}
