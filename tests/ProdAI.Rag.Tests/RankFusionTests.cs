using ProdAI.Rag.Fusion;

namespace ProdAI.Rag.Tests;

public class RankFusionTests
{
    private static readonly IReadOnlyList<(string Key, double Score)> Lexical = [("a", 12.0), ("b", 9.0), ("c", 3.0)];
    private static readonly IReadOnlyList<(string Key, double Score)> Dense = [("c", 0.91), ("a", 0.80), ("d", 0.70)];

    [Fact]
    public void Reciprocal_UsesOneBasedRanks_AndKeepsProvenance()
    {
        var fused = RankFusion.Reciprocal([Lexical, Dense], k: 60);
        Assert.Equal("a", fused[0].Key); // 1/61 + 1/62
        Assert.Equal((1 / 61.0) + (1 / 62.0), fused[0].Score, 10);
        Assert.Equal([1, 2], fused[0].Ranks.Select(r => r!.Value));
        Assert.Equal(12.0, fused[0].Scores[0]);
        var d = fused.Single(r => r.Key == "d");
        Assert.Null(d.Ranks[0]);
        Assert.Equal(3, d.Ranks[1]);
        Assert.Equal(4, fused.Count); // de-duplicated by key
    }

    [Fact]
    public void Reciprocal_Weights_ShiftTheOrder()
    {
        var lexicalHeavy = RankFusion.Reciprocal([Lexical, Dense], k: 1, weights: [10, 1]);
        var denseHeavy = RankFusion.Reciprocal([Lexical, Dense], k: 1, weights: [1, 10]);
        Assert.Equal("a", lexicalHeavy[0].Key);
        Assert.Equal("c", denseHeavy[0].Key);
    }

    [Theory]
    [InlineData(ScoreNormalization.MinMax)]
    [InlineData(ScoreNormalization.ZScore)]
    [InlineData(ScoreNormalization.Distribution)]
    public void Convex_WeightOneOrZero_ReproducesASingleList(ScoreNormalization normalization)
    {
        // The weighted list's documents keep their order; documents it does not have score 0 from it.
        Assert.Equal(["a", "b", "c"], RankFusion.Convex([Lexical, Dense], [1, 0], normalization).Select(r => r.Key).Where(k => k is "a" or "b" or "c"));
        Assert.Equal(["c", "a", "d"], RankFusion.Convex([Lexical, Dense], [0, 1], normalization).Select(r => r.Key).Where(k => k is "c" or "a" or "d"));
        Assert.Equal("a", RankFusion.Convex([Lexical, Dense], [1, 0], normalization)[0].Key);
        Assert.Equal("c", RankFusion.Convex([Lexical, Dense], [0, 1], normalization)[0].Key);
    }

    [Fact]
    public void Convex_MinMax_ComputesTheNormalisedSum()
    {
        var fused = RankFusion.Convex([Lexical, Dense], [0.5, 0.5]);
        var a = fused.Single(r => r.Key == "a");
        Assert.Equal((0.5 * 1.0) + (0.5 * ((0.80 - 0.70) / (0.91 - 0.70))), a.Score, 10);
        Assert.Throws<ArgumentException>(() => RankFusion.Convex([Lexical, Dense], [0.5]));
        Assert.Throws<ArgumentException>(() => RankFusion.Convex([Lexical, Dense], [0, 0]));
    }

    [Fact]
    public void Tune_PicksTheBestCandidate_FirstOnTies()
    {
        Assert.Equal((0.3, 1.0), RankFusion.Tune([0.1, 0.3, 0.5, 0.7], w => 1 - Math.Abs(w - 0.3)));
        Assert.Equal(0.1, RankFusion.Tune([0.1, 0.2], _ => 1).Value);
        Assert.Throws<ArgumentException>(() => RankFusion.Tune([], _ => 1));
    }
}
