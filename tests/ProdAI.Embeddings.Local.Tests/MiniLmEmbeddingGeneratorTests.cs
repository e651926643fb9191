using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace ProdAI.Embeddings.Local.Tests;

public class MiniLmEmbeddingGeneratorTests
{
    private static float Cos(Embedding<float> a, Embedding<float> b) => TensorPrimitives.Dot(a.Vector.Span, b.Vector.Span);

    [Fact]
    public async Task Paraphrases_AreCloserThanUnrelatedTexts_AndVectorsAreUnitLength()
    {
        using var generator = new MiniLmEmbeddingGenerator();
        var e = await generator.GenerateAsync(["How do I reset my password?", "I forgot my password, how can I change it?", "What is the weather in Paris?"]);
        Assert.Equal(384, e[0].Vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm(e[0].Vector.Span), 3);
        Assert.True(Cos(e[0], e[1]) > 0.7f, $"paraphrase {Cos(e[0], e[1])}");
        Assert.True(Cos(e[0], e[2]) < 0.3f, $"unrelated {Cos(e[0], e[2])}");
        Assert.Equal("all-MiniLM-L6-v2", e[0].ModelId);
    }

    [Fact]
    public async Task BatchedAndSingleCalls_GiveTheSameVectors()
    {
        using var generator = new MiniLmEmbeddingGenerator();
        var batch = await generator.GenerateAsync(["short one", "a much longer sentence about embeddings and padding in batches"]);
        var single = await generator.GenerateAsync(["short one"]);
        Assert.True(Cos(batch[0], single[0]) > 0.9999f);
    }

    [Fact]
    public async Task ConcurrentSingleCalls_AreCoalesced()
    {
        using var generator = new MiniLmEmbeddingGenerator(new LocalEmbeddingOptions { BatchWindow = TimeSpan.FromMilliseconds(50), MaxBatchSize = 16 });
        var calls = Enumerable.Range(0, 16).Select(i => generator.GenerateAsync([$"question number {i}"])).ToArray();
        var results = await Task.WhenAll(calls);
        Assert.All(results, r => Assert.Single(r));
        Assert.True(generator.ModelRuns < 16, $"{generator.ModelRuns} model runs for 16 calls");
    }

    [Fact]
    public async Task HugeInput_InvalidUnicode_AndEmptyText_GiveVectors()
    {
        using var generator = new MiniLmEmbeddingGenerator();
        var huge = string.Concat(Enumerable.Repeat("token ", 200_000));
        var e = await generator.GenerateAsync([huge, "broken \uD800 surrogate \uDC00", string.Empty]);
        Assert.All(e, v => Assert.True(float.IsFinite(TensorPrimitives.Norm(v.Vector.Span))));
        Assert.Equal("ab\uFFFDc", MiniLmEmbeddingGenerator.Prepare("ab\uD800c", 100));
        Assert.Equal("ab", MiniLmEmbeddingGenerator.Prepare("ab\uD83D\uDE00", 3));
    }

    [Fact]
    public async Task CancelledCall_Throws_AndDisposedGenerator_Refuses()
    {
        var generator = new MiniLmEmbeddingGenerator();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generator.GenerateAsync(["x"], cancellationToken: cts.Token));
        generator.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => generator.GenerateAsync(["x"]));
    }

    [Fact]
    public void Registration_BindsOptions()
    {
        using var services = new ServiceCollection().AddProdAILocalEmbeddings(configure: o => o.MaxBatchSize = 8).BuildServiceProvider();
        Assert.IsType<MiniLmEmbeddingGenerator>(services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Throws<ArgumentOutOfRangeException>(() => new MiniLmEmbeddingGenerator(new LocalEmbeddingOptions { MaxBatchSize = 0 }));
    }
}
