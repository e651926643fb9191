using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using ProdAI.Caching.Semantic;
using ProdAI.Telemetry.Attribution;
using ProdAI.Testing;
using ProdAI.Vectors;

namespace ProdAI.Caching.Tests;

public class SemanticCacheChatClientTests
{
    private const string Original = "How do I reset my password on the mobile app?";
    private const string Paraphrase = "How can I reset the password in the mobile app?";
    private const string Unrelated = "What are your opening hours on Sunday?";

    /// <summary>Vectors at a chosen cosine to a base vector, so a test states which texts are similar.</summary>
    private static float[] At(double cosine, int seed)
    {
        var basis = new float[384];
        basis[0] = 1;
        var other = new float[384];
        other[1 + seed] = 1;
        var v = new float[384];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = (float)((cosine * basis[i]) + (Math.Sqrt(1 - (cosine * cosine)) * other[i]));
        }

        return v;
    }

    private static (SemanticCacheChatClient Client, CountingClient Provider, ScriptedEmbeddingGenerator Embeddings) Create(ISemanticCacheStore? store = null, ChatCacheOptions? options = null, TimeProvider? time = null)
    {
        var embeddings = new ScriptedEmbeddingGenerator();
        embeddings.SetVector(Original, At(1.0, 0));
        embeddings.SetVector(Paraphrase, At(0.95, 1));
        embeddings.SetVector(Unrelated, At(0.30, 2));
        var provider = new CountingClient();
        return (new SemanticCacheChatClient(provider, embeddings, store, options, timeProvider: time), provider, embeddings);
    }

    private static ChatMessage[] Ask(string text) => [new(ChatRole.System, "You are the help desk."), new(ChatRole.User, text)];

    [Fact]
    public async Task Paraphrase_IsASemanticHit_WithSimilarityAndAge()
    {
        var time = new FakeTimeProvider();
        var (client, provider, _) = Create(time: time);
        var first = await client.GetResponseAsync(Ask(Original));
        time.Advance(TimeSpan.FromSeconds(30));
        var second = await client.GetResponseAsync(Ask(Paraphrase));
        var third = await client.GetResponseAsync(Ask(Unrelated));

        Assert.Equal(2, provider.Calls);
        var hit = Caches.Hit(second);
        Assert.Equal(ChatCacheHitKind.Semantic, hit.Kind);
        Assert.Equal(0.95, hit.Similarity!.Value, 3);
        Assert.Equal(TimeSpan.FromSeconds(30), hit.Age);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(third).Kind);
    }

    [Fact]
    public async Task Guards_RejectANeighbourWithADifferentNumber()
    {
        var (client, provider, embeddings) = Create();
        embeddings.SetVector("Transfer 50 dollars to my savings account", At(1.0, 0));
        embeddings.SetVector("Transfer 500 dollars to my savings account", At(0.99, 3));
        await client.GetResponseAsync(Ask("Transfer 50 dollars to my savings account"));
        var other = await client.GetResponseAsync(Ask("Transfer 500 dollars to my savings account"));
        Assert.Equal(2, provider.Calls);
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(other).Kind);
    }

    [Fact]
    public async Task Tenants_SystemPrompts_AndOptions_ArePartitions()
    {
        var (client, provider, _) = Create();
        using (AttributionScope.Begin(tenant: "acme"))
        {
            await client.GetResponseAsync(Ask(Original));
        }

        using (AttributionScope.Begin(tenant: "globex"))
        {
            Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(await client.GetResponseAsync(Ask(Paraphrase))).Kind);
        }

        using (AttributionScope.Begin(tenant: "acme"))
        {
            Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(await client.GetResponseAsync([new ChatMessage(ChatRole.System, "Be rude."), new ChatMessage(ChatRole.User, Paraphrase)])).Kind);
            Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(await client.GetResponseAsync(Ask(Paraphrase), new ChatOptions { ModelId = "other-model" })).Kind);
            Assert.Equal(ChatCacheHitKind.Semantic, Caches.Hit(await client.GetResponseAsync(Ask(Paraphrase))).Kind);
        }

        Assert.Equal(4, provider.Calls);
    }

    [Fact]
    public async Task Expiry_Eviction_AndInvalidationByTag()
    {
        var time = new FakeTimeProvider();
        var store = new InMemorySemanticCacheStore(maxEntries: 2, timeProvider: time);
        var (client, provider, _) = Create(store, new ChatCacheOptions { TimeToLive = TimeSpan.FromMinutes(1) }, time);
        await client.GetResponseAsync(Ask(Original));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(await client.GetResponseAsync(Ask(Paraphrase))).Kind);

        await client.GetResponseAsync(Ask("one"));
        await client.GetResponseAsync(Ask("two"));
        Assert.Equal(2, store.Count); // size bound

        using (AttributionScope.Begin(tenant: "acme"))
        {
            await client.GetResponseAsync(Ask(Original));
        }

        Assert.Equal(1, await store.RemoveByTagAsync("prodai:tenant:acme"));
        Assert.True(provider.Calls >= 4);
    }

    [Fact]
    public async Task EmbeddingFailure_IsAMiss_NotAnError()
    {
        var (client, provider, embeddings) = Create();
        embeddings.FailNextWith(new HttpRequestException("embedding service down"));
        var response = await client.GetResponseAsync(Ask(Original));
        Assert.Equal(1, provider.Calls);
        Assert.False(string.IsNullOrEmpty(response.Text));
    }

    [Fact]
    public async Task WorksThroughTheVectorDataPort()
    {
        using var collection = new InMemoryVectorStoreCollection<string, SemanticCacheRecord>("semantic-cache", SemanticCacheRecord.CreateDefinition(384));
        var store = new VectorStoreSemanticCacheStore(collection);
        var (client, provider, _) = Create(store);
        await client.GetResponseAsync(Ask(Original));
        var hit = await client.GetResponseAsync(Ask(Paraphrase));
        Assert.Equal(ChatCacheHitKind.Semantic, Caches.Hit(hit).Kind);
        Assert.Equal(1, provider.Calls);
        Assert.True(await collection.CollectionExistsAsync());
        Assert.Equal(1, await store.RemoveByTagAsync("prodai:tenant:-"));
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(await client.GetResponseAsync(Ask(Paraphrase))).Kind);
    }

    [Fact]
    public async Task Verifier_HasTheLastWord()
    {
        var verifier = new RejectingVerifier();
        var (client, provider, _) = Create(options: new ChatCacheOptions { Semantic = { Verifier = verifier } });
        await client.GetResponseAsync(Ask(Original));
        Assert.Equal(ChatCacheHitKind.Miss, Caches.Hit(await client.GetResponseAsync(Ask(Paraphrase))).Kind);
        Assert.Equal(1, verifier.Calls);
        Assert.Equal(2, provider.Calls);
    }

    [Fact]
    public void Threshold_IsHigherForShortQueries()
    {
        var options = new SemanticCacheOptions();
        Assert.Equal(0.89, options.ThresholdFor(3), 6);
        Assert.Equal(0.80, options.ThresholdFor(25), 6);
        Assert.InRange(options.ThresholdFor(13), 0.80, 0.89);
    }

    private sealed class RejectingVerifier : ISemanticCacheVerifier
    {
        public int Calls { get; private set; }

        public ValueTask<bool> IsSameQuestionAsync(string query, string cachedQuery, double similarity, CancellationToken cancellationToken)
        {
            Calls++;
            return ValueTask.FromResult(false);
        }
    }
}
