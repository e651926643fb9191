using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using ProdAI.Caching.Exact;
using ProdAI.Caching.Internal;
using ProdAI.Testing;

namespace ProdAI.Benchmarks;

/// <summary>An exact cache hit for a 1 KB prompt, hashing included, in memory; and the key hashing on its own.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ExactCacheBenchmarks
{
    private ExactCacheChatClient _client = null!;
    private ChatMessage[] _prompt = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddProdAICaching().BuildServiceProvider();
        var provider = new ScriptedChatClient { RecordCalls = false };
        provider.Responder = (_, _) => new ScriptedResponse { Text = "A cached answer of a few sentences, as a help desk would give it." };
        _client = new ExactCacheChatClient(provider, _services.GetRequiredService<HybridCache>());
        _prompt = [new ChatMessage(ChatRole.System, "You are a helpful assistant."), new ChatMessage(ChatRole.User, DataSets.EnglishText(1024))];
        _client.GetResponseAsync(_prompt).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public Task<ChatResponse> ExactHit1KB() => _client.GetResponseAsync(_prompt);

    [Benchmark]
    public string KeyHash1KB() => CacheKeyBuilder.ForChat(_prompt, null, "-", "1", "chat");
}
