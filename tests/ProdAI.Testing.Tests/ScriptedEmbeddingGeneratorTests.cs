using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace ProdAI.Testing.Tests;

public class ScriptedEmbeddingGeneratorTests
{
    private static double Cosine(ReadOnlyMemory<float> a, ReadOnlyMemory<float> b)
    {
        double dot = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a.Span[i] * b.Span[i];
        }

        return dot;
    }

    [Fact]
    public async Task GenerateAsync_SameTextSameUnitVector_DifferentTextsNearlyOrthogonal()
    {
        using var generator = new ScriptedEmbeddingGenerator(dimensions: 256);
        GeneratedEmbeddings<Embedding<float>> e = await generator.GenerateAsync(["reset my PIN", "reset my PIN", "weather in Oslo"]);

        Assert.Equal(3, e.Count);
        Assert.Equal(256, e[0].Vector.Length);
        Assert.Equal(1.0, Cosine(e[0].Vector, e[0].Vector), 5);
        Assert.Equal(1.0, Cosine(e[0].Vector, e[1].Vector), 5);
        Assert.InRange(Cosine(e[0].Vector, e[2].Vector), -0.3, 0.3);
        Assert.Equal(1, generator.CallCount);
        Assert.Equal(3, generator.InputCount);
    }

    [Fact]
    public async Task SetVector_MakesChosenTextsSimilar()
    {
        float[] v = [.. Enumerable.Range(0, 8).Select(i => (float)i)];
        float[] w = [.. v.Select((x, i) => i == 0 ? 0.5f : x)];
        using var generator = new ScriptedEmbeddingGenerator(dimensions: 8).SetVector("a", v).SetVector("b", w);
        GeneratedEmbeddings<Embedding<float>> e = await generator.GenerateAsync(["a", "b"]);
        Assert.InRange(Cosine(e[0].Vector, e[1].Vector), 0.99, 1.0);
        Assert.Throws<ArgumentException>(() => generator.SetVector("c", new float[3]));
    }

    [Fact]
    public async Task Latency_WaitsOnTimeProvider_AndFailuresAreScripted()
    {
        var time = new FakeTimeProvider();
        using var generator = new ScriptedEmbeddingGenerator(timeProvider: time) { Latency = TimeSpan.FromMilliseconds(50) };
        Task<GeneratedEmbeddings<Embedding<float>>> call = generator.GenerateAsync(["x"]);
        await Task.Yield();
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(50));
        Assert.Single(await call);

        generator.Latency = TimeSpan.Zero;
        generator.FailNextWith(new TimeoutException("down"));
        await Assert.ThrowsAsync<TimeoutException>(() => generator.GenerateAsync(["x"]));
        Assert.Single(await generator.GenerateAsync(["x"]));
    }
}
