using System.Threading.RateLimiting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using ProdAI.Redis.RateLimiting;
using ProdAI.Routing;
using ProdAI.Routing.RateLimiting;
using ProdAI.Testing;
using NSubstitute;
using StackExchange.Redis;

namespace ProdAI.Redis.Tests.RateLimiting;

[Collection(RedisCollection.Name)]
public class RedisTokenRateLimiterTests(RedisServerFixture redis)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    [RedisFact]
    public async Task TwoReplicasShareOneQuotaAndARefusalCarriesTheWait()
    {
        await using ConnectionMultiplexer a = await redis.ConnectAsync();
        await using ConnectionMultiplexer b = await redis.ConnectAsync();
        var limits = new TokenRateLimitOptions { RequestsPerWindow = 100, TokensPerWindow = 1_000 };
        string key = "test:rl:" + Guid.NewGuid().ToString("N");
        var first = new RedisTokenRateLimiter(a, key, limits, _time);
        var second = new RedisTokenRateLimiter(b, key, limits, _time);

        Assert.True((await first.AcquireAsync(600)).IsAcquired);
        using RateLimitLease refused = await second.AcquireAsync(600);
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait));
        Assert.Equal(TimeSpan.FromSeconds(12), wait); // 200 missing tokens at 1,000 a minute

        _time.Advance(wait);
        Assert.True(second.AttemptAcquire(600).IsAcquired);
        using RateLimitLease never = first.AttemptAcquire(1_001);
        Assert.False(never.IsAcquired);
        Assert.False(never.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan _));
    }

    [RedisFact]
    public async Task ConcurrentReplicasNeverGrantMoreThanTheRequestQuota()
    {
        await using ConnectionMultiplexer a = await redis.ConnectAsync();
        await using ConnectionMultiplexer b = await redis.ConnectAsync();
        var limits = new TokenRateLimitOptions { RequestsPerWindow = 50 };
        string key = "test:rl:" + Guid.NewGuid().ToString("N");
        RateLimiter[] replicas = [new RedisTokenRateLimiter(a, key, limits, _time), new RedisTokenRateLimiter(b, key, limits, _time)];

        RateLimitLease[] leases = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => replicas[i % 2].AcquireAsync(1).AsTask()));
        Assert.Equal(50, leases.Count(l => l.IsAcquired));
    }

    [RedisFact]
    public async Task TheRouterUsesRedisLimitersForDeploymentQuotas()
    {
        await using ConnectionMultiplexer connection = await redis.ConnectAsync();
        string prefix = "test:rl:" + Guid.NewGuid().ToString("N") + ":";
        var services = new ServiceCollection();
        services.AddSingleton<IConnectionMultiplexer>(connection);
        services.AddSingleton<TimeProvider>(_time);
        services.AddProdAIRedisRateLimiting(prefix);
        services.AddProdAIRouting(configure: o =>
        {
            o.Policy = "cheapest";
            o.Deployments.Add(new ModelDeployment { Name = "mini", Model = "gpt-4o-mini", RequestsPerMinute = 1, Client = new ScriptedChatClient { Responder = (_, _) => ScriptedResponse.Reply("mini") } });
            o.Deployments.Add(new ModelDeployment { Name = "big", Model = "gpt-4o", Tier = 1, Client = new ScriptedChatClient { Responder = (_, _) => ScriptedResponse.Reply("big") } });
        });
        using ServiceProvider sp = services.BuildServiceProvider();
        IChatClient client = new ChatClientBuilder(new ScriptedChatClient()).UseRouting().Build(sp);

        Assert.Equal("mini", (await client.GetResponseAsync("hi")).Text);
        Assert.Equal("big", (await client.GetResponseAsync("hi")).Text);
        Assert.True(await connection.GetDatabase().KeyExistsAsync(prefix + "deployment:mini"));
    }

    [Fact]
    public async Task AnUnreachableRedisFailsOpenWithAWarningOrClosedWhenAsked()
    {
        await using ConnectionMultiplexer dead = await RedisServerFixture.ConnectUnreachableAsync(300);
        var logs = new FakeLogCollector();
        var limits = new TokenRateLimitOptions { TokensPerWindow = 10 };

        var open = new RedisTokenRateLimiter(dead, "k", limits, _time, new FakeLogger(logs));
        Assert.True((await open.AcquireAsync(5)).IsAcquired);
        Assert.Contains(logs.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Warning && r.Message.Contains("unreachable", StringComparison.Ordinal));

        var closed = new RedisTokenRateLimiter(dead, "k", limits, _time, failOpen: false);
        using RateLimitLease lease = closed.AttemptAcquire(5);
        Assert.False(lease.IsAcquired);
        Assert.True(lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan _));
    }

    // A connection whose every script call fails as a dead server's does; counts the calls.
    private static (IConnectionMultiplexer Connection, IDatabase Database) DeadConnection()
    {
        IDatabase database = Substitute.For<IDatabase>();
        database.ScriptEvaluateAsync(Arg.Any<string>(), Arg.Any<RedisKey[]>(), Arg.Any<RedisValue[]>(), Arg.Any<CommandFlags>())
            .Returns<Task<RedisResult>>(_ => throw new TimeoutException("Timeout awaiting response (dead server)"));
        database.ScriptEvaluate(Arg.Any<string>(), Arg.Any<RedisKey[]>(), Arg.Any<RedisValue[]>(), Arg.Any<CommandFlags>())
            .Returns<RedisResult>(_ => throw new TimeoutException("Timeout awaiting response (dead server)"));
        IConnectionMultiplexer connection = Substitute.For<IConnectionMultiplexer>();
        connection.GetDatabase(Arg.Any<int>(), Arg.Any<object?>()).Returns(database);
        return (connection, database);
    }

    private static int ScriptCalls(IDatabase database) =>
        database.ReceivedCalls().Count(c => c.GetMethodInfo().Name is nameof(IDatabase.ScriptEvaluate) or nameof(IDatabase.ScriptEvaluateAsync));

    [Fact]
    public async Task AfterAFailureRedisIsNotAskedAgainUntilTheRetryWindowEnds()
    {
        (IConnectionMultiplexer connection, IDatabase database) = DeadConnection();
        var logs = new FakeLogCollector();
        var limiter = new RedisTokenRateLimiter(connection, "k", new TokenRateLimitOptions { TokensPerWindow = 10 }, _time, new FakeLogger(logs));

        Assert.True((await limiter.AcquireAsync(1)).IsAcquired);
        Assert.True((await limiter.AcquireAsync(1)).IsAcquired);
        Assert.True(limiter.AttemptAcquire(1).IsAcquired);
        Assert.Equal(1, ScriptCalls(database));
        Assert.Single(logs.GetSnapshot()); // one warning per outage window, not one per call

        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.True((await limiter.AcquireAsync(1)).IsAcquired);
        Assert.Equal(2, ScriptCalls(database));
    }

    [Fact]
    public async Task FailingClosed_CallsInsideTheWindowAreRefusedWithoutAskingRedis()
    {
        (IConnectionMultiplexer connection, IDatabase database) = DeadConnection();
        var limiter = new RedisTokenRateLimiter(connection, "k", new TokenRateLimitOptions { TokensPerWindow = 10 }, _time, failOpen: false, retryAfter: TimeSpan.FromSeconds(30));

        using (RateLimitLease first = await limiter.AcquireAsync(1))
        {
            Assert.False(first.IsAcquired);
            Assert.True(first.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait));
            Assert.Equal(TimeSpan.FromSeconds(30), wait); // the rest of the outage window, not a blind second
        }

        _time.Advance(TimeSpan.FromSeconds(29));
        using RateLimitLease lease = await limiter.AcquireAsync(1);
        Assert.False(lease.IsAcquired);
        Assert.True(lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan _));
        Assert.Equal(1, ScriptCalls(database));
        Assert.Throws<ArgumentOutOfRangeException>("retryAfter", () => new RedisTokenRateLimiter(connection, "k", new TokenRateLimitOptions { TokensPerWindow = 10 }, retryAfter: TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public async Task LimitersOfOneFactoryTripTogether_AndAZeroWindowAsksEveryTime()
    {
        (IConnectionMultiplexer connection, IDatabase database) = DeadConnection();
        var factory = new RedisRateLimiters(connection, timeProvider: _time);
        Func<string, TokenRateLimitOptions, RateLimiter> tenants = factory.ForTenants();
        var limits = new TokenRateLimitOptions { RequestsPerWindow = 100 };

        Assert.True((await tenants("acme", limits).AcquireAsync(1)).IsAcquired);
        Assert.True((await tenants("globex", limits).AcquireAsync(1)).IsAcquired);
        Assert.Equal(1, ScriptCalls(database)); // globex did not pay a second timeout

        _time.Advance(TimeSpan.FromSeconds(6));
        factory.RetryAfter = TimeSpan.Zero;
        await tenants("acme", limits).AcquireAsync(1);
        await tenants("acme", limits).AcquireAsync(1);
        Assert.Equal(3, ScriptCalls(database));
    }

    [Fact]
    public async Task APerKeyServerError_DoesNotOpenTheWindowForEveryone()
    {
        IDatabase database = Substitute.For<IDatabase>();
        database.ScriptEvaluateAsync(Arg.Any<string>(), Arg.Any<RedisKey[]>(), Arg.Any<RedisValue[]>(), Arg.Any<CommandFlags>())
            .Returns<Task<RedisResult>>(_ => throw new RedisServerException(RedisErrorKind.UnknownError, CommandFlags.None, "WRONGTYPE Operation against a key holding the wrong kind of value"));
        IConnectionMultiplexer connection = Substitute.For<IConnectionMultiplexer>();
        connection.GetDatabase(Arg.Any<int>(), Arg.Any<object?>()).Returns(database);
        var limiter = new RedisTokenRateLimiter(connection, "k", new TokenRateLimitOptions { TokensPerWindow = 10 }, _time);

        Assert.True((await limiter.AcquireAsync(1)).IsAcquired); // fails open for this call
        Assert.True((await limiter.AcquireAsync(1)).IsAcquired);
        Assert.Equal(2, ScriptCalls(database)); // and asks Redis again: no outage window for a server error
    }
}
