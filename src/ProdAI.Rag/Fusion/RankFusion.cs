namespace ProdAI.Rag.Fusion;

/// <summary>A fused result with its provenance: every retriever's rank (1-based) and raw score for it.</summary>
/// <typeparam name="TKey">The document key type.</typeparam>
/// <param name="Key">The document key.</param>
/// <param name="Score">The fused score.</param>
/// <param name="Ranks">Per retriever, the 1-based rank, or <see langword="null"/> when that retriever did not return it.</param>
/// <param name="Scores">Per retriever, the raw score, or <see langword="null"/>.</param>
public sealed record FusedResult<TKey>(TKey Key, double Score, int?[] Ranks, double?[] Scores);

/// <summary>How scores are brought to a common scale before a convex combination.</summary>
public enum ScoreNormalization
{
    /// <summary>(s − min) / (max − min) over each retriever's list.</summary>
    MinMax,

    /// <summary>(s − mean) / standard deviation over each retriever's list.</summary>
    ZScore,

    /// <summary>
    /// Distribution-based (Mazzeschi and Nardini): (s − (mean − 3σ)) / 6σ, so a list's scale comes from its distribution,
    /// not from its single best and worst items.
    /// </summary>
    Distribution,
}

/// <summary>
/// Fusion of ranked lists, de-duplicated by key: reciprocal rank fusion and convex combination of normalised scores
/// (Bruch et al., TOIS 2023: the convex combination beats RRF and needs only a few labelled queries to tune).
/// </summary>
public static class RankFusion
{
    /// <summary>
    /// Reciprocal rank fusion: Σ wᵢ / (k + rankᵢ) with ranks starting at 1 (the convention of Cormack et al. and of
    /// Elasticsearch, Qdrant and Weaviate); a list that misses a document adds nothing.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="lists">Each retriever's results, best first, as (key, score).</param>
    /// <param name="k">The rank constant. Default 60.</param>
    /// <param name="weights">Per-list weights; all 1 when <see langword="null"/>.</param>
    /// <returns>The fused results, best first.</returns>
    public static IReadOnlyList<FusedResult<TKey>> Reciprocal<TKey>(IReadOnlyList<IReadOnlyList<(TKey Key, double Score)>> lists, double k = 60, IReadOnlyList<double>? weights = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        CheckWeights(lists.Count, weights);
        return Fuse(lists, (list, rank, _) => (weights?[list] ?? 1.0) / (k + rank));
    }

    /// <summary>Convex combination Σ wᵢ · norm(sᵢ) with weights summing to 1; a list that misses a document adds 0.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="lists">Each retriever's results, best first, as (key, score).</param>
    /// <param name="weights">Per-list weights (normalised to sum to 1).</param>
    /// <param name="normalization">The score normalisation. Default min-max.</param>
    /// <returns>The fused results, best first.</returns>
    public static IReadOnlyList<FusedResult<TKey>> Convex<TKey>(IReadOnlyList<IReadOnlyList<(TKey Key, double Score)>> lists, IReadOnlyList<double> weights, ScoreNormalization normalization = ScoreNormalization.MinMax)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(weights);
        CheckWeights(lists.Count, weights);
        var total = weights.Sum();
        if (total <= 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }

        var scales = lists.Select(l => Scale(l, normalization)).ToArray();
        return Fuse(lists, (list, _, score) => weights[list] / total * scales[list](score));
    }

    /// <summary>
    /// Picks, from <paramref name="candidates"/>, the parameter that maximises <paramref name="quality"/> on labelled queries
    /// (the weight of a convex combination, or RRF's k). Ties keep the earlier candidate.
    /// </summary>
    /// <param name="candidates">The values to try.</param>
    /// <param name="quality">Mean quality (nDCG@10, say) over the tuning queries for one value.</param>
    /// <returns>The best value and its quality.</returns>
    public static (double Value, double Quality) Tune(IEnumerable<double> candidates, Func<double, double> quality)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(quality);
        var best = (Value: double.NaN, Quality: double.NegativeInfinity);
        foreach (var candidate in candidates)
        {
            var q = quality(candidate);
            if (q > best.Quality)
            {
                best = (candidate, q);
            }
        }

        return double.IsNaN(best.Value) ? throw new ArgumentException("No candidate value.", nameof(candidates)) : best;
    }

    private static IReadOnlyList<FusedResult<TKey>> Fuse<TKey>(IReadOnlyList<IReadOnlyList<(TKey Key, double Score)>> lists, Func<int, int, double, double> contribution)
        where TKey : notnull
    {
        var fused = new Dictionary<TKey, FusedResult<TKey>>();
        var order = new List<TKey>();
        for (var list = 0; list < lists.Count; list++)
        {
            var seen = new HashSet<TKey>();
            var rank = 0;
            foreach (var (key, score) in lists[list])
            {
                if (!seen.Add(key))
                {
                    continue; // a retriever that returns a key twice counts it once, at its best rank
                }

                rank++;
                if (!fused.TryGetValue(key, out var result))
                {
                    result = new FusedResult<TKey>(key, 0, new int?[lists.Count], new double?[lists.Count]);
                    order.Add(key);
                }

                result.Ranks[list] = rank;
                result.Scores[list] = score;
                fused[key] = result with { Score = result.Score + contribution(list, rank, score) };
            }
        }

        return [.. order.Select(k => fused[k]).OrderByDescending(r => r.Score)];
    }

    private static Func<double, double> Scale<TKey>(IReadOnlyList<(TKey Key, double Score)> list, ScoreNormalization normalization)
    {
        if (list.Count == 0)
        {
            return static _ => 0;
        }

        var scores = list.Select(x => x.Score).ToArray();
        switch (normalization)
        {
            case ScoreNormalization.MinMax:
                var min = scores.Min();
                var range = scores.Max() - min;
                return range <= 0 ? static _ => 1 : s => (s - min) / range;
            case ScoreNormalization.ZScore:
            case ScoreNormalization.Distribution:
                var mean = scores.Average();
                var sd = Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / scores.Length);
                if (sd <= 0)
                {
                    return static _ => 1;
                }

                return normalization == ScoreNormalization.ZScore ? s => (s - mean) / sd : s => (s - (mean - (3 * sd))) / (6 * sd);
            default:
                throw new ArgumentOutOfRangeException(nameof(normalization), normalization, "Unknown normalisation.");
        }
    }

    private static void CheckWeights(int lists, IReadOnlyList<double>? weights)
    {
        if (weights is null)
        {
            return;
        }

        if (weights.Count != lists)
        {
            throw new ArgumentException($"{weights.Count} weights for {lists} lists.", nameof(weights));
        }

        if (weights.Any(w => w < 0 || double.IsNaN(w)))
        {
            throw new ArgumentException("Weights must be non-negative numbers.", nameof(weights));
        }
    }
}
