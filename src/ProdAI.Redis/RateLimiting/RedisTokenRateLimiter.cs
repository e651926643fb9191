using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProdAI.Routing.RateLimiting;
using StackExchange.Redis;

namespace ProdAI.Redis.RateLimiting;

/// <summary>
/// The Redis-backed twin of <see cref="TokenRateLimiter"/>: one acquisition is one request and <c>permitCount</c>
/// tokens, checked against two continuously refilling buckets kept in one Redis hash and updated by one Lua script, so
/// every replica draws from the same RPM / TPM quota and two replicas can never both take the last tokens.
/// </summary>
/// <remarks>
/// As for <see cref="TokenRateLimiter"/>, zero permits asks whether a request would pass without taking anything.
/// Time comes from the caller's <see cref="TimeProvider"/> (replicas should be NTP-synchronised; skew only shifts refill
/// slightly). When Redis cannot be reached the limiter fails open by default (the call passes and a warning is logged:
/// a provider's own 429 then still protects it); set <c>failOpen</c> to <see langword="false"/> to refuse instead (with the
/// rest of the outage window, at least a second, as retry-after). After an outage (a connection error, a timeout, or a
/// server reply such as LOADING, READONLY or OOM) Redis is not asked again for <c>retryAfter</c> (default 5 seconds; shared
/// by all the limiters of one <see cref="RedisRateLimiters"/>), so it costs one timeout per window, not one per call; an
/// error of one key (WRONGTYPE, a script error) fails that call only and is logged at most once per window.
/// Keys expire after two idle windows.
/// </remarks>
public sealed partial class RedisTokenRateLimiter : RateLimiter
{
    // KEYS[1] bucket hash. ARGV: now ms, window ms, request capacity (-1 = none), token capacity (-1 = none), tokens, ttl ms.
    // Returns {1, 0} when granted, {0, wait ms} when refused, {0, -1} when the tokens exceed the whole capacity.
    private const string AcquireLua = """
        local now = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        local rcap = tonumber(ARGV[3])
        local tcap = tonumber(ARGV[4])
        local want = tonumber(ARGV[5])
        if tcap >= 0 and want > tcap then return {0, -1} end
        local s = redis.call('HMGET', KEYS[1], 'r', 't', 'ts')
        local r = tonumber(s[1])
        local t = tonumber(s[2])
        local ts = tonumber(s[3])
        if ts == nil then r = rcap; t = tcap; ts = now end
        local elapsed = now - ts
        if elapsed < 0 then elapsed = 0 end
        if rcap >= 0 then r = math.min(rcap, r + elapsed * rcap / window) end
        if tcap >= 0 then t = math.min(tcap, t + elapsed * tcap / window) end
        local granted = (rcap < 0 or r >= 1) and (tcap < 0 or t >= want)
        if want == 0 then
          if rcap < 0 or r >= 1 then return {1, 0} end
          return {0, math.ceil((1 - r) * window / rcap)}
        end
        if granted then
          if rcap >= 0 then r = r - 1 end
          if tcap >= 0 then t = t - want end
        end
        redis.call('HSET', KEYS[1], 'r', tostring(r), 't', tostring(t), 'ts', tostring(math.max(now, ts)))
        redis.call('PEXPIRE', KEYS[1], ARGV[6])
        if granted then return {1, 0} end
        local wr = 0
        if rcap >= 0 and r < 1 then wr = (1 - r) * window / rcap end
        local wt = 0
        if tcap >= 0 and t < want then wt = (want - t) * window / tcap end
        return {0, math.ceil(math.max(wr, wt))}
        """;

    private readonly IConnectionMultiplexer _connection;
    private readonly RedisKey _key;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly bool _failOpen;
    private readonly RedisOutageWindow _outage;
    private readonly RedisValue _window;
    private readonly RedisValue _requestCapacity;
    private readonly RedisValue _tokenCapacity;
    private readonly RedisValue _ttl;
    private long _successful;
    private long _failed;
    private long _lastAcquireTicks;

    /// <summary>Initializes a new instance of the <see cref="RedisTokenRateLimiter"/> class.</summary>
    /// <param name="connection">The Redis connection.</param>
    /// <param name="key">The key of this limiter's buckets, such as <c>prodai:ratelimit:tenant:acme</c>.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">Receives Redis outages.</param>
    /// <param name="failOpen">Whether calls pass while Redis is unreachable.</param>
    /// <param name="retryAfter">How long Redis is not asked after a failure (zero: asked every time); 5 seconds when <see langword="null"/>.</param>
    public RedisTokenRateLimiter(IConnectionMultiplexer connection, string key, TokenRateLimitOptions limits, TimeProvider? timeProvider = null, ILogger? logger = null, bool failOpen = true, TimeSpan? retryAfter = null)
        : this(connection, key, limits, timeProvider ?? TimeProvider.System, logger, failOpen, new RedisOutageWindow(timeProvider ?? TimeProvider.System, retryAfter))
    {
    }

    internal RedisTokenRateLimiter(IConnectionMultiplexer connection, string key, TokenRateLimitOptions limits, TimeProvider timeProvider, ILogger? logger, bool failOpen, RedisOutageWindow outage)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        _connection = connection;
        _key = key;
        Options = limits;
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger.Instance;
        _failOpen = failOpen;
        _outage = outage;
        _window = (long)limits.Window.TotalMilliseconds;
        _requestCapacity = limits.RequestsPerWindow ?? -1;
        _tokenCapacity = limits.TokensPerWindow ?? -1;
        _ttl = (long)(limits.Window.TotalMilliseconds * 2) + 1000;
        _lastAcquireTicks = _timeProvider.GetUtcNow().UtcTicks;
    }

    /// <summary>Gets the limits.</summary>
    public TokenRateLimitOptions Options { get; }

    /// <inheritdoc />
    public override TimeSpan? IdleDuration => TimeSpan.FromTicks(_timeProvider.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastAcquireTicks));

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics() => new()
    {
        CurrentAvailablePermits = 0, // lives in Redis; not fetched for statistics
        CurrentQueuedCount = 0,
        TotalSuccessfulLeases = Interlocked.Read(ref _successful),
        TotalFailedLeases = Interlocked.Read(ref _failed),
    };

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        if (_outage.Skipping)
        {
            return Unavailable(null);
        }

        try
        {
            return ToLease((RedisResult[])_connection.GetDatabase().ScriptEvaluate(AcquireLua, [_key], Arguments(permitCount))!);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            return Unavailable(ex);
        }
    }

    /// <inheritdoc />
    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        cancellationToken.ThrowIfCancellationRequested();
        if (_outage.Skipping)
        {
            return Unavailable(null);
        }

        try
        {
            RedisResult result = await _connection.GetDatabase().ScriptEvaluateAsync(AcquireLua, [_key], Arguments(permitCount)).WaitAsync(cancellationToken).ConfigureAwait(false);
            return ToLease((RedisResult[])result!);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            return Unavailable(ex);
        }
    }

    private RedisValue[] Arguments(int permitCount) =>
        [_timeProvider.GetUtcNow().ToUnixTimeMilliseconds(), _window, _requestCapacity, _tokenCapacity, permitCount, _ttl];

    private RateLimitLease ToLease(RedisResult[] result)
    {
        if ((long)result[0] == 1)
        {
            Interlocked.Increment(ref _successful);
            Interlocked.Exchange(ref _lastAcquireTicks, _timeProvider.GetUtcNow().UtcTicks);
            return TokenRateLimitLease.Granted;
        }

        Interlocked.Increment(ref _failed);
        long wait = (long)result[1];
        return TokenRateLimitLease.Refused(wait < 0 ? null : TimeSpan.FromMilliseconds(Math.Max(1, wait)));
    }

    // A failure (logged, and Redis skipped for the outage window) or a call inside that window (not logged again).
    private RateLimitLease Unavailable(Exception? ex)
    {
        // Only an unreachable or unavailable server opens the window; a per-key server error (WRONGTYPE, a script error) is
        // this key's problem and must not switch limiting off, or on, for every tenant.
        if (IsOutage(ex))
        {
            _outage.Trip();
            LogUnavailable(_logger, ex!, _key.ToString(), _failOpen ? "letting calls through" : "refusing calls", _outage.RetryAfter.TotalSeconds);
        }
        else if (ex is not null && ShouldLogKeyError())
        {
            LogKeyError(_logger, ex, _key.ToString(), _failOpen ? "letting the call through" : "refusing the call");
        }

        if (_failOpen)
        {
            return TokenRateLimitLease.Granted;
        }

        Interlocked.Increment(ref _failed);
        return TokenRateLimitLease.Refused(_outage.Remaining is { } remaining && remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1));
    }

    // A per-key error repeats on every call to that key: logged at most once per outage window length.
    private bool ShouldLogKeyError()
    {
        long now = _timeProvider.GetUtcNow().UtcTicks, last = Interlocked.Read(ref _lastKeyErrorLogTicks);
        return now - last >= _outage.RetryAfter.Ticks && Interlocked.CompareExchange(ref _lastKeyErrorLogTicks, now, last) == last;
    }

    private long _lastKeyErrorLogTicks = long.MinValue / 2;

    private static bool IsOutage(Exception? ex) =>
        ex is RedisConnectionException or TimeoutException or ObjectDisposedException ||
        (ex is RedisServerException server && OutageReplies.Any(r => server.Message.StartsWith(r, StringComparison.Ordinal)));

    // Server replies that mean "this server cannot serve anyone now" rather than "this command was wrong".
    private static readonly string[] OutageReplies = ["LOADING", "BUSY", "MASTERDOWN", "CLUSTERDOWN", "OOM", "TRYAGAIN", "READONLY", "MISCONF", "ERR max number of clients"];

    [LoggerMessage(1, LogLevel.Warning, "Redis rate limiter {Key} is unreachable; {Action} for {Seconds} s.")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string key, string action, double seconds);

    [LoggerMessage(2, LogLevel.Warning, "Redis rate limiter {Key} failed on the server; {Action}.")]
    private static partial void LogKeyError(ILogger logger, Exception exception, string key, string action);
}
