using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using ProdAI.Caching.Exact;
using ProdAI.Telemetry;
using ProdAI.Telemetry.Attribution;

namespace ProdAI.Caching.Tests;

public class ExactCacheChatClientTests
{
    private static readonly ChatMessage[] Question = [new(ChatRole.System, "You are terse."), new(ChatRole.User, "What is the capital of France?")];

    private static (ExactCacheChatClient Client, CountingClient Provider) Create(ChatCacheOptions? options = null, TimeProvider? time = null)
    {
        var provider = new CountingClient();
        var (cache, _) = Caches.Hybrid();
        return (new ExactCacheChatClient(provider, cache, options, timeProvider: time), provider);
    }

    [Fact]
    public async Task SecondIdenticalRequest_IsAnExactHit_WithZeroUsage()
    {
        var (client, provider) = Create();
        var first = await client.GetResponseAsync(Question);
        var second = await client.GetResponseAsync(Question);

        Assert.Equal(1, provider.Calls);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(first).Kind);
        Assert.True(Caches.Hit(first).Stored);
        Assert.Equal(ChatCacheHitKind.Exact, Caches.Hit(second).Kind);
        Assert.Equal(0, second.Usage!.TotalTokenCount);
        Assert.Equal(15, first.Usage!.TotalTokenCount);
    }

    [Fact]
    public async Task WhitespaceAndLineEndings_AreNormalised()
    {
        var (client, provider) = Create();
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "line one\r\nline two")]);
        var again = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "  line one\nline two \n")]);
        Assert.Equal(1, provider.Calls);
        Assert.Equal(ChatCacheHitKind.Exact, Caches.Hit(again).Kind);
    }

    [Fact]
    public async Task Tools_ResponseFormat_AndSampling_ChangeTheKey()
    {
        var (client, provider) = Create();
        var weather = AIFunctionFactory.Create((string city) => "sunny", "get_weather", "Weather of a city");
        var time = AIFunctionFactory.Create((string zone) => "noon", "get_time", "Time in a zone");
        var schema = JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}}}""").RootElement;
        ChatOptions[] variants =
        [
            new(),
            new() { Tools = [weather] },
            new() { Tools = [time] },
            new() { Tools = [weather], ToolMode = ChatToolMode.RequireAny },
            new() { ResponseFormat = ChatResponseFormat.Json },
            new() { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, "City") },
            new() { Temperature = 0.2f },
            new() { Seed = 7 },
            new() { ModelId = "gpt-4o-mini" },
            new() { Instructions = "Answer in French." },
        ];

        foreach (var options in variants)
        {
            await client.GetResponseAsync(Question, options);
        }

        Assert.Equal(variants.Length, provider.Calls);

        // and each variant is then served from its own entry
        foreach (var options in variants)
        {
            Assert.Equal(ChatCacheHitKind.Exact, Caches.Hit(await client.GetResponseAsync(Question, options)).Kind);
        }

        Assert.Equal(variants.Length, provider.Calls);
    }

    [Fact]
    public async Task TwoTenants_NeverSeeEachOthersEntries()
    {
        var (client, provider) = Create();
        using (AttributionScope.Begin(tenant: "acme"))
        {
            await client.GetResponseAsync(Question);
        }

        ChatResponse other;
        using (AttributionScope.Begin(tenant: "globex"))
        {
            other = await client.GetResponseAsync(Question);
        }

        var perRequest = await client.GetResponseAsync(Question, new ChatOptions { AdditionalProperties = new() { [ProdAIPropertyNames.Tenant] = "initech" } });
        Assert.Equal(3, provider.Calls);
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(other).Kind);
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(perRequest).Kind);
        Assert.NotEqual(Caches.Hit(other).Key, Caches.Hit(perRequest).Key);

        using (AttributionScope.Begin(tenant: "acme"))
        {
            Assert.Equal(ChatCacheHitKind.Exact, Caches.Hit(await client.GetResponseAsync(Question)).Kind);
        }
    }

    [Fact]
    public async Task TenIdenticalConcurrentRequests_MakeOneProviderCall()
    {
        var (client, provider) = Create();
        provider.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, 10).Select(_ => Task.Run(() => client.GetResponseAsync(Question))).ToArray();
        while (provider.Calls == 0)
        {
            await Task.Yield();
        }

        await Task.Delay(50); // let the other nine join the flight (no timing is asserted)
        provider.Gate.SetResult();
        var responses = await Task.WhenAll(calls);

        Assert.Equal(1, provider.Calls);
        Assert.All(responses, r => Assert.Equal(responses[0].Text, r.Text));
        Assert.Equal(1, responses.Count(r => Caches.Hit(r).Kind == ChatCacheHitKind.Miss));
    }

    [Fact]
    public async Task ToolCallTurns_Errors_FlaggedAnswers_AndHotSampling_AreNotStored()
    {
        var (client, provider) = Create();
        provider.Respond = (_, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c1", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" })]));
        await client.GetResponseAsync(Question);
        await client.GetResponseAsync(Question);
        Assert.Equal(2, provider.Calls);

        provider.Respond = (_, _) => throw new InvalidOperationException("provider down");
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync(Question));
        provider.Respond = null;
        var afterError = await client.GetResponseAsync(Question);
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(afterError).Kind);

        var flaggedQuestion = new[] { new ChatMessage(ChatRole.User, "flag me") };
        provider.Respond = (_, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, "leaky")) { AdditionalProperties = new() { [ProdAIPropertyNames.CacheNoStore] = true } };
        var flagged = await client.GetResponseAsync(flaggedQuestion);
        Assert.False(Caches.Hit(flagged).Stored);
        provider.Respond = null;
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(await client.GetResponseAsync(flaggedQuestion)).Kind);

        var before = provider.Calls;
        var hot = new ChatOptions { Temperature = 1.5f };
        await client.GetResponseAsync(Question, hot);
        await client.GetResponseAsync(Question, hot);
        Assert.Equal(before + 2, provider.Calls);
    }

    [Fact]
    public async Task CacheControl_NoCache_NoStore_MaxAge()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var (client, provider) = Create(time: time);
        static ChatOptions Control(string value) => new() { AdditionalProperties = new() { [ProdAIPropertyNames.CacheControl] = value } };

        var noStore = await client.GetResponseAsync(Question, Control("no-store"));
        Assert.False(Caches.Hit(noStore).Stored);
        await client.GetResponseAsync(Question);                 // stores
        Assert.Equal(2, provider.Calls);
        var fresh = await client.GetResponseAsync(Question, Control("no-cache"));
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(fresh).Kind);
        Assert.Equal(3, provider.Calls);

        time.Advance(TimeSpan.FromMinutes(5));
        var young = await client.GetResponseAsync(Question, Control("max-age=600"));
        Assert.Equal(ChatCacheHitKind.Exact, Caches.Hit(young).Kind);
        Assert.Equal(TimeSpan.FromMinutes(5), Caches.Hit(young).Age);
        var tooOld = await client.GetResponseAsync(Question, Control("max-age=60"));
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(tooOld).Kind);
        Assert.Equal(4, provider.Calls);

        Assert.Throws<ArgumentException>(() => CacheControl.Parse("no-such-thing"));
    }

    [Fact]
    public async Task EntriesExpire_AfterTheirTimeToLive()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var provider = new CountingClient();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(services, time);
        Microsoft.Extensions.DependencyInjection.ProdAICachingServiceCollectionExtensions.AddProdAICaching(services);
        using var sp = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var client = new ExactCacheChatClient(provider, Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.Extensions.Caching.Hybrid.HybridCache>(sp), new ChatCacheOptions { TimeToLive = TimeSpan.FromMinutes(10) }, timeProvider: time);

        await client.GetResponseAsync(Question);
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(ChatCacheHitKind.Exact, Caches.Hit(await client.GetResponseAsync(Question)).Kind);
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(await client.GetResponseAsync(Question)).Kind);
        Assert.Equal(2, provider.Calls);
    }

    [Fact]
    public async Task Streaming_IsStoredCoalesced_AndReplayedAsUpdates_AlsoForNonStreamingCallers()
    {
        var (client, provider) = Create();
        var first = await client.GetStreamingResponseAsync(Question).ToChatResponseAsync();
        var replayed = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(Question))
        {
            replayed.Add(update);
        }

        var plain = await client.GetResponseAsync(Question);
        Assert.Equal(1, provider.Calls);
        Assert.Equal(first.Text.Trim(), replayed.ToChatResponse().Text.Trim());
        Assert.Equal(first.Text.Trim(), plain.Text.Trim());
        Assert.Equal(ChatCacheHitKind.Exact, Caches.Hit(plain).Kind);
    }

    [Fact]
    public async Task CorruptStoredEntry_IsAMiss_AndIsEvicted()
    {
        var secondTier = Caches.SharedSecondTier();
        var provider = new CountingClient();
        var (writerCache, writerServices) = Caches.Hybrid(secondTier);
        using (writerServices)
        {
            var writer = new ExactCacheChatClient(provider, writerCache);
            var key = Caches.Hit(await writer.GetResponseAsync(Question)).Key;
            Assert.NotNull(await secondTier.GetAsync(key));
            await secondTier.SetAsync(key, [1, 2, 3, 4, 5, 6, 7], new Microsoft.Extensions.Caching.Distributed.DistributedCacheEntryOptions());
        }

        // A second replica (empty memory tier) reads the damaged entry from the shared tier.
        var (readerCache, readerServices) = Caches.Hybrid(secondTier);
        using (readerServices)
        {
            var reader = new ExactCacheChatClient(provider, readerCache);
            var response = await reader.GetResponseAsync(Question);
            Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(response).Kind);
            Assert.Equal(2, provider.Calls);
            Assert.StartsWith("answer", response.Text, StringComparison.Ordinal);
            var repaired = await secondTier.GetAsync(Caches.Hit(response).Key);
            Assert.NotNull(repaired);
            Assert.True(repaired!.Length > 20);
        }
    }

    [Fact]
    public async Task CallersChangingTheirResponse_DoNotChangeTheStoredEntry()
    {
        var (client, _) = Create();
        var first = await client.GetResponseAsync(Question);
        var original = first.Text;
        first.Messages[0].Contents.Clear();
        first.Messages.Add(new ChatMessage(ChatRole.Assistant, "tampered"));
        var hit = await client.GetResponseAsync(Question);
        ((TextContent)hit.Messages[0].Contents[0]).Text = "tampered too";
        var again = await client.GetResponseAsync(Question);
        Assert.Equal(original, again.Text);
        Assert.Single(again.Messages);
    }

    [Fact]
    public async Task ServerSideConversations_AreNotCached()
    {
        var (client, provider) = Create();
        var options = new ChatOptions { ConversationId = "conv-1" };
        await client.GetResponseAsync(Question, options);
        await client.GetResponseAsync(Question, options);
        Assert.Equal(2, provider.Calls);
    }
}
