using Microsoft.Extensions.AI;
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
