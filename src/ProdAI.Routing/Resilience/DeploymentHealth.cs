using Polly.CircuitBreaker;

namespace ProdAI.Routing;

/// <summary>
/// Live health of one deployment, fed by every routed call: latency and time-to-first-token averages (EWMA), the error
/// rate over a rolling window (every failed try counts, also one a retry then recovered), the circuit breaker's state and any provider cooldown (a Retry-After too long to wait).
/// Read by the least-latency and canary policies; observable through <see cref="DeploymentCatalog.GetHealth"/>.
/// </summary>
public sealed class DeploymentHealth
{
    private const int Buckets = 10;
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly long _bucketTicks;
    private readonly int[] _calls = new int[Buckets];
    private readonly int[] _errors = new int[Buckets];
    private readonly long[] _bucketStart = new long[Buckets];
    private double _latencyMs = double.NaN;
    private double _ttftMs = double.NaN;
    private long _total;
    private long _cooldownUntilTicks;
    private long _breakUntilTicks;

    internal DeploymentHealth(string name, TimeProvider timeProvider, TimeSpan window, double alpha, CircuitBreakerStateProvider circuit)
    {
        Name = name;
        _timeProvider = timeProvider;
        _bucketTicks = Math.Max(1, window.Ticks / Buckets);
        Alpha = alpha;
        Circuit = circuit;
    }

    /// <summary>Gets the deployment's name.</summary>
    public string Name { get; }

    /// <summary>Gets the smoothing factor of the averages.</summary>
    public double Alpha { get; }

    /// <summary>Gets the average latency of successful calls in milliseconds (EWMA), or <see cref="double.NaN"/> before the first.</summary>
    public double LatencyMs { get { lock (_gate) { return _latencyMs; } } }

    /// <summary>Gets the average time to the first streamed update in milliseconds (EWMA), or <see cref="double.NaN"/> before the first stream.</summary>
    public double TimeToFirstTokenMs { get { lock (_gate) { return _ttftMs; } } }

    /// <summary>Gets the number of calls recorded since start.</summary>
    public long TotalCalls { get { lock (_gate) { return _total; } } }

    /// <summary>Gets the circuit breaker's state: <see cref="CircuitState.Open"/> while the deployment cools down after failures.</summary>
    public CircuitState CircuitState => Circuit.CircuitState;

    /// <summary>Gets the time until which the provider asked not to be called (a Retry-After longer than the router waits), if any.</summary>
    public DateTimeOffset? CooldownUntil
    {
        get
        {
            long ticks = Interlocked.Read(ref _cooldownUntilTicks);
            return ticks > _timeProvider.GetUtcNow().UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        }
    }

    /// <summary>Gets a value indicating whether the router may send a call now (circuit not open or isolated, no cooldown).</summary>
    /// <remarks>Polly moves an open circuit to half-open lazily, on the next call after the break; an open circuit whose break has elapsed is therefore available for that probe.</remarks>
    public bool IsAvailable
    {
        get
        {
            long now = _timeProvider.GetUtcNow().UtcTicks;
            CircuitState state = Circuit.CircuitState;
            bool circuit = state is CircuitState.Closed or CircuitState.HalfOpen || (state == CircuitState.Open && Interlocked.Read(ref _breakUntilTicks) <= now);
            return circuit && Interlocked.Read(ref _cooldownUntilTicks) <= now;
        }
    }

    internal CircuitBreakerStateProvider Circuit { get; }

    /// <summary>Gets the end of the current circuit break, while the circuit is open.</summary>
    internal DateTimeOffset? BreakUntil
    {
        get
        {
            long ticks = Interlocked.Read(ref _breakUntilTicks);
            return Circuit.CircuitState == CircuitState.Open && ticks > _timeProvider.GetUtcNow().UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        }
    }

    /// <summary>Returns the calls and errors recorded over the rolling window.</summary>
    /// <returns>The number of calls and of failed calls in the window.</returns>
    public (int Calls, int Errors) GetWindow()
    {
        long now = _timeProvider.GetUtcNow().UtcTicks;
        int calls = 0, errors = 0;
        lock (_gate)
        {
            for (int i = 0; i < Buckets; i++)
            {
                if (now - _bucketStart[i] < _bucketTicks * Buckets)
                {
                    calls += _calls[i];
                    errors += _errors[i];
                }
            }
        }

        return (calls, errors);
    }

    /// <summary>Gets the error rate over the rolling window (0 without calls).</summary>
    public double ErrorRate
    {
        get
        {
            (int calls, int errors) = GetWindow();
            return calls == 0 ? 0 : errors / (double)calls;
        }
    }

    /// <summary>Returns a point-in-time copy for logs and health endpoints.</summary>
    /// <returns>The snapshot.</returns>
    public DeploymentHealthSnapshot Snapshot()
    {
        (int calls, int errors) = GetWindow();
        return new DeploymentHealthSnapshot(Name, CircuitState, CooldownUntil, LatencyMs, TimeToFirstTokenMs, calls, errors, TotalCalls);
    }

    internal void RecordSuccess(TimeSpan latency, TimeSpan? timeToFirstToken)
    {
        lock (_gate)
        {
            _latencyMs = Ewma(_latencyMs, latency.TotalMilliseconds);
            if (timeToFirstToken is TimeSpan ttft)
            {
                _ttftMs = Ewma(_ttftMs, ttft.TotalMilliseconds);
            }

            Count(error: false);
        }
    }

    internal void RecordFailure()
    {
        lock (_gate)
        {
            Count(error: true);
        }
    }

    internal void CircuitOpened(TimeSpan breakDuration) =>
        Interlocked.Exchange(ref _breakUntilTicks, (_timeProvider.GetUtcNow() + breakDuration).UtcTicks);

    internal void CoolDown(TimeSpan duration)
    {
        long until = (_timeProvider.GetUtcNow() + duration).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _cooldownUntilTicks);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _cooldownUntilTicks, until, current) != current);
    }

    private double Ewma(double current, double sample) => double.IsNaN(current) ? sample : current + (Alpha * (sample - current));

    private void Count(bool error)
    {
        long now = _timeProvider.GetUtcNow().UtcTicks;
        long slot = now / _bucketTicks;
        int i = (int)(slot % Buckets);
        long start = slot * _bucketTicks;
        if (_bucketStart[i] != start)
        {
            _bucketStart[i] = start;
            _calls[i] = 0;
            _errors[i] = 0;
        }

        _calls[i]++;
        if (error)
        {
            _errors[i]++;
        }

        _total++;
    }
}

/// <summary>A point-in-time view of a deployment's health.</summary>
/// <param name="Name">The deployment.</param>
/// <param name="CircuitState">The circuit breaker's state.</param>
/// <param name="CooldownUntil">The end of a provider-requested cooldown, if any.</param>
/// <param name="LatencyMs">The latency EWMA in milliseconds.</param>
/// <param name="TimeToFirstTokenMs">The time-to-first-token EWMA in milliseconds.</param>
/// <param name="WindowCalls">Calls in the rolling window.</param>
/// <param name="WindowErrors">Failed calls in the rolling window.</param>
/// <param name="TotalCalls">Calls since start.</param>
public sealed record DeploymentHealthSnapshot(
    string Name,
    CircuitState CircuitState,
    DateTimeOffset? CooldownUntil,
    double LatencyMs,
    double TimeToFirstTokenMs,
    int WindowCalls,
    int WindowErrors,
    long TotalCalls);
