using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using ProdAI.Routing;
using ProdAI.Routing.RateLimiting;
using StackExchange.Redis;

namespace ProdAI.Redis.RateLimiting;

/// <summary>Creates Redis-backed token limiters for deployments (<see cref="IDeploymentRateLimiterFactory"/>) and for tenants (<see cref="ForTenants"/>).</summary>
public sealed class RedisRateLimiters : IDeploymentRateLimiterFactory
{
    private readonly IConnectionMultiplexer _connection;
    private readonly string _prefix;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger? _logger;
    private readonly bool _failOpen;
    private readonly RedisOutageWindow _outage;

    /// <summary>Initializes a new instance of the <see cref="RedisRateLimiters"/> class.</summary>
    /// <param name="connection">The Redis connection.</param>
    /// <param name="keyPrefix">Prepended to every key.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">Receives Redis outages.</param>
    /// <param name="failOpen">Whether calls pass while Redis is unreachable.</param>
    public RedisRateLimiters(IConnectionMultiplexer connection, string keyPrefix = "prodai:ratelimit:", TimeProvider? timeProvider = null, ILogger? logger = null, bool failOpen = true)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        _connection = connection;
        _prefix = keyPrefix;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger;
        _failOpen = failOpen;
        _outage = new RedisOutageWindow(_timeProvider);
    }

    /// <summary>
    /// Gets or sets how long Redis is not asked after a failure (zero: asked every time), for all the limiters made here
    /// together: one tenant's timeout spares the others theirs. Default 5 seconds.
    /// </summary>
    public TimeSpan RetryAfter
    {
        get => _outage.RetryAfter;
        set => _outage.RetryAfter = value;
    }

    /// <inheritdoc />
    public RateLimiter Create(ModelDeployment deployment, TokenRateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        return new RedisTokenRateLimiter(_connection, _prefix + "deployment:" + deployment.Name, limits, _timeProvider, _logger, _failOpen, _outage);
    }

    /// <summary>Returns a factory of per-tenant limiters for <c>UseTokenRateLimiting(limits, factory)</c>.</summary>
    /// <returns>The factory.</returns>
    public Func<string, TokenRateLimitOptions, RateLimiter> ForTenants() =>
        (tenant, limits) => new RedisTokenRateLimiter(_connection, _prefix + "tenant:" + tenant, limits, _timeProvider, _logger, _failOpen, _outage);
}
