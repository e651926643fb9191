namespace ProdAI.Redis;

/// <summary>
/// A short circuit breaker for a Redis connection: after a failure, Redis is not asked again for
/// <see cref="RetryAfter"/>, so a dead server costs one timeout per window instead of one per call. Thread-safe; shared
/// by every user of one connection that should trip together (the limiters of one <c>RedisRateLimiters</c>).
/// </summary>
internal sealed class RedisOutageWindow
{
    private readonly TimeProvider _timeProvider;
    private TimeSpan _retryAfter = TimeSpan.FromSeconds(5);
    private long _skipUntilTicks;

    /// <summary>Initializes a new instance of the <see cref="RedisOutageWindow"/> class.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="retryAfter">How long Redis is skipped after a failure; 5 seconds when <see langword="null"/>.</param>
    public RedisOutageWindow(TimeProvider timeProvider, TimeSpan? retryAfter = null)
    {
        _timeProvider = timeProvider;
        if (retryAfter is { } after)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(after, TimeSpan.Zero, nameof(retryAfter));
            _retryAfter = after;
        }
    }

    /// <summary>Gets or sets how long Redis is skipped after a failure (zero: never skipped). Default 5 seconds.</summary>
    public TimeSpan RetryAfter
    {
        get => _retryAfter;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            _retryAfter = value;
        }
    }

    /// <summary>Gets a value indicating whether Redis failed less than <see cref="RetryAfter"/> ago.</summary>
    public bool Skipping => Remaining is not null;

    /// <summary>Gets how long Redis is still skipped, or <see langword="null"/> when it is not.</summary>
    public TimeSpan? Remaining
    {
        get
        {
            long left = Interlocked.Read(ref _skipUntilTicks) - _timeProvider.GetUtcNow().UtcTicks;
            return left > 0 ? TimeSpan.FromTicks(left) : null;
        }
    }

    /// <summary>Records a failure: Redis is skipped from now for <see cref="RetryAfter"/>.</summary>
    public void Trip() => Interlocked.Exchange(ref _skipUntilTicks, (_timeProvider.GetUtcNow() + _retryAfter).UtcTicks);
}
