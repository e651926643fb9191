using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ProdAI.Caching.Tests;

/// <summary>A provider that counts calls, answers with the last user text, and can be held at a gate.</summary>
internal sealed class CountingClient : IChatClient
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public TaskCompletionSource? Gate { get; set; }

    public Func<IEnumerable<ChatMessage>, ChatOptions?, ChatResponse>? Respond { get; set; }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var n = Interlocked.Increment(ref _calls);
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return Respond?.Invoke(messages, options) ?? new ChatResponse(new ChatMessage(ChatRole.Assistant, $"answer {n}: {messages.Last().Text}"))
        {
            FinishReason = ChatFinishReason.Stop,
            Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5, TotalTokenCount = 15 },
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var word in response.Text.Split(' '))
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, word + " ");
        }

        yield return new ChatResponseUpdate { FinishReason = ChatFinishReason.Stop };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}

internal static class Caches
{
    /// <summary>A HybridCache as ProdAI's DI builds it, optionally over a shared second tier (another "replica").</summary>
    public static (HybridCache Cache, ServiceProvider Services) Hybrid(IDistributedCache? secondTier = null)
    {
        var services = new ServiceCollection();
        if (secondTier is not null)
        {
            services.AddSingleton(secondTier);
        }

        services.AddProdAICaching();
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<HybridCache>(), provider);
    }

    /// <summary>A shared second tier; wrapped because HybridCache ignores a plain MemoryDistributedCache (redundant with its memory tier).</summary>
    public static IDistributedCache SharedSecondTier() => new SecondTier(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));

    private sealed class SecondTier(IDistributedCache inner) : IDistributedCache
    {
        public byte[]? Get(string key) => inner.Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);

        public void Refresh(string key) => inner.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

        public void Remove(string key) => inner.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => inner.SetAsync(key, value, options, token);
    }

    public static ChatCacheHit Hit(ChatResponse response) => (ChatCacheHit)response.AdditionalProperties![Telemetry.ProdAIPropertyNames.Cache]!;
}
