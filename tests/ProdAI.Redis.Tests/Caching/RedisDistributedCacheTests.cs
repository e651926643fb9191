using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ProdAI.Caching;
using ProdAI.Caching.Exact;
using ProdAI.Redis.Caching;
using ProdAI.Telemetry;
using ProdAI.Testing;
using StackExchange.Redis;

namespace ProdAI.Redis.Tests.Caching;

[Collection(RedisCollection.Name)]
public class RedisDistributedCacheTests(RedisServerFixture redis)
{
    private static readonly ChatMessage[] Question = [new(ChatRole.User, "Which plan includes single sign-on?")];

    private static ServiceProvider Replica(IConnectionMultiplexer connection, string prefix, FakeLogCollector? logs = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(connection);
        if (logs is not null)
        {
            services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)));
        }

        services.AddProdAICaching();
        services.AddProdAIRedisCache(keyPrefix: prefix);
        return services.BuildServiceProvider();
    }

    private static ScriptedChatClient Provider()
    {
        var provider = new ScriptedChatClient();
        provider.Responder = (_, _) => new ScriptedResponse { Text = "SSO is in the Business plan." };
        return provider;
    }

    [RedisFact]
    public async Task AnswerStoredByOneReplica_IsAnExactHitOnAnother()
    {
        await using var connection = await redis.ConnectAsync();
        var prefix = $"test:{Guid.NewGuid():N}:";
        var provider = Provider();
        using (var first = Replica(connection, prefix))
        {
            var client = new ExactCacheChatClient(provider, first.GetRequiredService<HybridCache>());
            var miss = await client.GetResponseAsync(Question);
            var key = ((ChatCacheHit)miss.AdditionalProperties![ProdAIPropertyNames.Cache]!).Key;
            Assert.True(await connection.GetDatabase().KeyExistsAsync(prefix + key));
        }

        using var second = Replica(connection, prefix);
        var other = new ExactCacheChatClient(provider, second.GetRequiredService<HybridCache>());
        var hit = await other.GetResponseAsync(Question);
        Assert.Equal(ChatCacheHitKind.Exact, ((ChatCacheHit)hit.AdditionalProperties![ProdAIPropertyNames.Cache]!).Kind);
        Assert.Equal("SSO is in the Business plan.", hit.Text);
        Assert.Single(provider.Calls);
    }

    [RedisFact]
    public async Task RedisUnreachable_IsAMissWithAWarning_NeverAnError()
    {
        await using var dead = await RedisServerFixture.ConnectUnreachableAsync(200);
        var logs = new FakeLogCollector();
        var provider = Provider();
        using var replica = Replica(dead, "dead:", logs);
        var client = new ExactCacheChatClient(provider, replica.GetRequiredService<HybridCache>());

        var first = await client.GetResponseAsync(Question);
        var second = await client.GetResponseAsync(Question);
        Assert.Equal("SSO is in the Business plan.", first.Text);
        Assert.NotNull(second);
        Assert.Contains(logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("Redis cache unavailable", StringComparison.Ordinal));

        var direct = new RedisDistributedCache(dead);
        Assert.Null(await direct.GetAsync("k"));
        await direct.SetAsync("k", [1], new DistributedCacheEntryOptions()); // dropped, no exception
    }

    [RedisFact]
    public async Task Expiry_IsARedisTtl()
    {
        await using var connection = await redis.ConnectAsync();
        var cache = new RedisDistributedCache(connection, $"test:{Guid.NewGuid():N}:");
        await cache.SetAsync("k", [1, 2, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });
        Assert.Equal([1, 2, 3], await cache.GetAsync("k"));
        await cache.RemoveAsync("k");
        Assert.Null(await cache.GetAsync("k"));
    }
}
