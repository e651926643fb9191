using System.Threading.RateLimiting;

namespace ProdAI.Routing.RateLimiting;

/// <summary>
/// An in-memory <see cref="RateLimiter"/> for LLM quotas: each acquisition is one request and <c>permitCount</c> tokens,
/// checked against two continuously refilling buckets (requests and tokens per window, like a provider's RPM / TPM).
/// A refused lease carries <see cref="MetadataName.RetryAfter"/>: the time until both buckets hold enough. It never
/// queues; an acquisition larger than the whole token limit is refused without a retry time (it can never fit).
/// </summary>
public sealed class TokenRateLimiter : RateLimiter
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly double _requestCapacity;
    private readonly double _tokenCapacity;
    private readonly double _requestsPerTick;
    private readonly double _tokensPerTick;
    private double _requests;
    private double _tokens;
    private long _lastTicks;
    private long _lastAcquireTicks;
    private long _successful;
    private long _failed;

    /// <summary>Initializes a new instance of the <see cref="TokenRateLimiter"/> class.</summary>
    /// <param name="options">The limits.</param>
    /// <param name="timeProvider">The clock; <see langword="null"/> for the system clock.</param>
    public TokenRateLimiter(TokenRateLimitOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _requestCapacity = options.RequestsPerWindow ?? double.PositiveInfinity;
        _tokenCapacity = options.TokensPerWindow ?? double.PositiveInfinity;
        _requestsPerTick = _requestCapacity / options.Window.Ticks;
        _tokensPerTick = _tokenCapacity / options.Window.Ticks;
        _requests = _requestCapacity;
        _tokens = _tokenCapacity;
        _lastTicks = _timeProvider.GetUtcNow().UtcTicks;
        _lastAcquireTicks = _lastTicks;
    }

    /// <summary>Gets the limits.</summary>
    public TokenRateLimitOptions Options { get; }

    /// <inheritdoc />
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                Refill();
                return _requests >= _requestCapacity && _tokens >= _tokenCapacity ? TimeSpan.FromTicks(_timeProvider.GetUtcNow().UtcTicks - _lastAcquireTicks) : null;
            }
        }
    }

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Refill();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = double.IsPositiveInfinity(_tokens) ? long.MaxValue : (long)_tokens,
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    /// <summary>Returns tokens that an earlier acquisition over-estimated (or takes more when <paramref name="tokens"/> is negative), so the bucket follows actual usage.</summary>
    /// <param name="tokens">The tokens to give back (positive) or charge (negative).</param>
    public void Adjust(long tokens)
    {
        lock (_gate)
        {
            Refill();
            _tokens = Math.Min(_tokenCapacity, _tokens + tokens);
        }
    }

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Acquire(permitCount);

    /// <inheritdoc />
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Acquire(permitCount));
    }

    private RateLimitLease Acquire(int tokens)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokens);
        lock (_gate)
        {
            Refill();
            if (tokens > _tokenCapacity)
            {
                _failed++;
                return TokenRateLimitLease.Refused(null);
            }

            if (tokens == 0)
            {
                // RateLimiter convention: zero permits asks "would a request pass?" without taking anything.
                return _requests >= 1 ? TokenRateLimitLease.Granted : TokenRateLimitLease.Refused(WaitFor(0));
            }

            if (_requests >= 1 && _tokens >= tokens)
            {
                _requests -= 1;
                _tokens -= tokens;
                _successful++;
                _lastAcquireTicks = _lastTicks;
                return TokenRateLimitLease.Granted;
            }

            _failed++;
            return TokenRateLimitLease.Refused(WaitFor(tokens));
        }
    }

    private TimeSpan WaitFor(int tokens)
    {
        double requestWait = _requests >= 1 ? 0 : (1 - _requests) / _requestsPerTick;
        double tokenWait = _tokens >= tokens ? 0 : (tokens - _tokens) / _tokensPerTick;
        return TimeSpan.FromTicks((long)Math.Ceiling(Math.Max(requestWait, tokenWait)));
    }

    private void Refill()
    {
        long now = _timeProvider.GetUtcNow().UtcTicks;
        long elapsed = now - _lastTicks;
        if (elapsed <= 0)
        {
            return;
        }

        _lastTicks = now;
        _requests = Math.Min(_requestCapacity, _requests + (elapsed * _requestsPerTick));
        _tokens = Math.Min(_tokenCapacity, _tokens + (elapsed * _tokensPerTick));
    }
}
