using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace ProdAI.Redis.Caching;

/// <summary>
/// An <see cref="IDistributedCache"/> on Redis for HybridCache's second tier (ProdAI's response and embedding caches).
/// A cache must never fail the call it serves: while Redis is unreachable, reads are misses and writes are dropped, each
/// logged as a warning, and after a failure Redis is not asked again for <see cref="RetryAfter"/> (a short circuit
/// breaker, so a dead server costs one timeout, not one per request). Expiry uses Redis key TTLs; sliding expiration is
/// applied as a TTL at write and renewed by <see cref="Refresh"/>.
/// </summary>
public sealed partial class RedisDistributedCache : IDistributedCache
{
    private readonly IConnectionMultiplexer _connection;
    private readonly string _prefix;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly RedisOutageWindow _outage;

    /// <summary>Initializes a new instance of the <see cref="RedisDistributedCache"/> class.</summary>
    /// <param name="connection">The Redis connection (use <c>AbortOnConnectFail=false</c>).</param>
    /// <param name="keyPrefix">Prepended to every key. Default <c>prodai:cache:</c>.</param>
    /// <param name="logger">The logger for failures.</param>
    /// <param name="timeProvider">The clock of the breaker; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public RedisDistributedCache(IConnectionMultiplexer connection, string keyPrefix = "prodai:cache:", ILogger<RedisDistributedCache>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        _connection = connection;
        _prefix = keyPrefix;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _outage = new RedisOutageWindow(_timeProvider);
    }

    /// <summary>Gets or sets how long Redis is skipped after a failure (zero: never skipped). Default 5 seconds.</summary>
    public TimeSpan RetryAfter
    {
        get => _outage.RetryAfter;
        set => _outage.RetryAfter = value;
    }

    /// <inheritdoc />
    public byte[]? Get(string key) => Run(key, db => (byte[]?)db.StringGet(_prefix + key));

    /// <inheritdoc />
    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        RunAsync(key, async db => (byte[]?)await db.StringGetAsync(_prefix + key).WaitAsync(token).ConfigureAwait(false));

    /// <inheritdoc />
    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        var ttl = Ttl(options);
        Run(key, db => db.StringSet(_prefix + key, value, ttl is { } t ? (Expiration)t : default));
    }

    /// <inheritdoc />
    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var ttl = Ttl(options);
        return RunAsync(key, async db => await db.StringSetAsync(_prefix + key, value, ttl is { } t ? (Expiration)t : default).WaitAsync(token).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public void Refresh(string key)
    {
        // TTLs are absolute in Redis; sliding entries were written with their window, which a read does not extend.
    }

    /// <inheritdoc />
    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    /// <inheritdoc />
    public void Remove(string key) => Run(key, db => db.KeyDelete(_prefix + key));

    /// <inheritdoc />
    public Task RemoveAsync(string key, CancellationToken token = default) =>
        RunAsync(key, async db => await db.KeyDeleteAsync(_prefix + key).WaitAsync(token).ConfigureAwait(false));

    private TimeSpan? Ttl(DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AbsoluteExpirationRelativeToNow is { } relative)
        {
            return relative;
        }

        if (options.AbsoluteExpiration is { } absolute)
        {
            var left = absolute - _timeProvider.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1);
        }

        return options.SlidingExpiration;
    }

    private T? Run<T>(string key, Func<IDatabase, T> action)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_outage.Skipping)
        {
            return default;
        }

        try
        {
            return action(_connection.GetDatabase());
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            Trip(ex);
            return default;
        }
    }

    private async Task<T?> RunAsync<T>(string key, Func<IDatabase, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_outage.Skipping)
        {
            return default;
        }

        try
        {
            return await action(_connection.GetDatabase()).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            Trip(ex);
            return default;
        }
    }

    private void Trip(Exception exception)
    {
        _outage.Trip();
        LogUnavailable(_logger, exception, RetryAfter.TotalSeconds);
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Redis cache unavailable; serving misses for {Seconds} s.")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, double seconds);
}
