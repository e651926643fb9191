using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProdAI.Caching.Embeddings;
using ProdAI.Testing;

namespace ProdAI.Caching.Tests;

public class EmbeddingCacheGeneratorTests
{
    [Fact]
    public async Task OnlyMisses_GoToTheInnerGenerator_InOneBatch_InTheCallersOrder()
    {
        var inner = new ScriptedEmbeddingGenerator();
        var (cache, services) = Caches.Hybrid();
        using (services)
        {
            var generator = new EmbeddingCacheGenerator(inner, cache);
            var first = await generator.GenerateAsync(["alpha", "beta"]);
            var second = await generator.GenerateAsync(["beta", "gamma", "alpha", "delta"]);

            Assert.Equal(2, inner.CallCount);
            Assert.Equal(4, inner.InputCount); // alpha, beta, then gamma + delta in one call
            Assert.Equal(first[1].Vector.ToArray(), second[0].Vector.ToArray());
            Assert.Equal(first[0].Vector.ToArray(), second[2].Vector.ToArray());
            var direct = await inner.GenerateAsync(["gamma"]);
            Assert.Equal(direct[0].Vector.ToArray(), second[1].Vector.ToArray());
        }
    }
}

public class CachingRegistrationTests
{
    [Fact]
    public void AddProdAICaching_BindsOptionsFromConfiguration_AndRejectsBadValues()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ProdAI:Caching:TimeToLive"] = "00:05:00",
            ["ProdAI:Caching:Semantic:Threshold"] = "0.85",
            ["ProdAI:Caching:Semantic:Guards"] = "Numbers, Negation",
        }).Build();
        using var services = new ServiceCollection().AddProdAICaching(configuration).BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<ChatCacheOptions>>().Value;
        Assert.Equal(TimeSpan.FromMinutes(5), options.TimeToLive);
        Assert.Equal(0.85, options.Semantic.Threshold);
        Assert.Equal(Semantic.SemanticGuards.Numbers | Semantic.SemanticGuards.Negation, options.Semantic.Guards);
        Assert.IsType<Semantic.InMemorySemanticCacheStore>(services.GetRequiredService<Semantic.ISemanticCacheStore>());

        var bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ProdAI:Caching:Semantic:Threshold"] = "1.5" }).Build();
        using var badServices = new ServiceCollection().AddProdAICaching(bad).BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => badServices.GetRequiredService<IOptions<ChatCacheOptions>>().Value);
    }

    [Fact]
    public async Task Pipeline_FromTheBuilderExtensions_ServesExactThenSemanticHits()
    {
        var embeddings = new ProdAI.Testing.ScriptedEmbeddingGenerator();
        var v = new float[384];
        v[0] = 1;
        embeddings.SetVector("How do I reset my password?", v);
        embeddings.SetVector("How can I reset my password?", v);
        using var services = new ServiceCollection()
            .AddProdAICaching()
            .AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(embeddings)
            .BuildServiceProvider();
        var provider = new CountingClient();
        var client = new ChatClientBuilder(provider).UseExactCache().UseSemanticCache().Build(services);
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "How do I reset my password?")]);
        var exact = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "How do I reset my password?")]);
        var semantic = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "How can I reset my password?")]);
        Assert.Equal(ChatCacheHitKind.Exact, Caches.Hit(exact).Kind);
        Assert.Equal(ChatCacheHitKind.Semantic, Caches.Hit(semantic).Kind);
        Assert.Equal(1, provider.Calls);
    }
}
