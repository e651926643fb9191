using System.Threading.RateLimiting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using ProdAI.Redis.RateLimiting;
using ProdAI.Routing;
using ProdAI.Routing.RateLimiting;
using ProdAI.Testing;
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
}
