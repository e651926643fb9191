using System.Numerics.Tensors;

namespace ProdAI.Vectors.USearch.Tests;

public class HnswVectorIndexTests
{
    private static float[][] Clustered(int count, int dimensions, int clusters, int seed)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, clusters).Select(_ => Enumerable.Range(0, dimensions).Select(_ => (float)random.NextDouble() - 0.5f).ToArray()).ToArray();
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var centre = centres[random.Next(clusters)];
            var v = centre.Select(c => c + (((float)random.NextDouble() - 0.5f) * 0.8f)).ToArray();
            TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
            return v;
        })];
    }

    [Fact]
    public void Recall_AgainstTheExactIndex_IsAtLeastNinetyFivePercent()
    {
        var data = Clustered(5000, 64, 50, 1);
        using IVectorSearchIndex<int> exact = new VectorIndex<int>(new VectorIndexOptions { Dimensions = 64, Quantization = VectorQuantization.None });
        using IVectorSearchIndex<int> hnsw = new HnswVectorIndex<int>(new HnswOptions { Dimensions = 64 });
        for (var i = 0; i < data.Length; i++)
        {
            exact.Upsert(i, data[i]);
            hnsw.Upsert(i, data[i]);
        }

        var queries = Clustered(100, 64, 50, 2);
        double found = 0;
        foreach (var q in queries)
        {
            var truth = exact.Search(q, 10).Select(m => m.Key).ToHashSet();
            var approximate = hnsw.Search(q, 10);
            found += approximate.Count(m => truth.Contains(m.Key));
            Assert.Equal(TensorPrimitives.Dot(data[approximate[0].Key], q), approximate[0].Score, 3);
        }

        Assert.True(found / (queries.Length * 10) >= 0.95, $"recall@10 = {found / (queries.Length * 10):F3}");
    }

    [Fact]
    public void Upsert_Remove_Filter_AndBadVectors()
    {
        using var index = new HnswVectorIndex<string>(new HnswOptions { Dimensions = 3 });
        index.Upsert("a", [1, 0, 0]);
        index.Upsert("b", [0, 1, 0]);
        index.Upsert("c", [0.9f, 0.1f, 0]);
        Assert.Equal("a", index.Search([1, 0, 0], 1)[0].Key);
        Assert.Equal("c", index.Search([1, 0, 0], 1, k => k != "a")[0].Key);
        index.Upsert("a", [0, 0, 1]);
        Assert.Equal("a", index.Search([0, 0, 1], 1)[0].Key);
        Assert.True(index.Remove("a"));
        Assert.False(index.Remove("a"));
        Assert.Equal(2, index.Count);
        Assert.DoesNotContain(index.Search([0, 0, 1], 3), m => m.Key == "a");
        Assert.Throws<ArgumentException>(() => index.Upsert("x", [1, 2]));
        Assert.Throws<ArgumentException>(() => index.Upsert("x", [0, 0, 0]));
        Assert.Throws<ArgumentException>(() => index.Search([float.NaN, 0, 0], 1));
    }
}
