using System.Numerics.Tensors;

namespace ProdAI.Rag.Reranking;

/// <summary>A cross-encoder (a model that scores a query and a passage together), for reranking; plug in an ONNX or hosted model.</summary>
public interface ICrossEncoder
{
    /// <summary>Scores how well each passage answers the query (higher is better).</summary>
    /// <param name="query">The query.</param>
    /// <param name="passages">The passages.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>One score per passage, in order.</returns>
    Task<IReadOnlyList<double>> ScoreAsync(string query, IReadOnlyList<string> passages, CancellationToken cancellationToken = default);
}

/// <summary>Reranking helpers: maximal marginal relevance and cross-encoder reordering.</summary>
public static class Rerankers
{
    /// <summary>
    /// Maximal marginal relevance (Carbonell and Goldstein, 1998): repeatedly picks the candidate maximising
    /// λ·sim(query, d) − (1 − λ)·max sim(d, picked), so near-duplicates give way to different passages.
    /// </summary>
    /// <param name="query">The query embedding.</param>
    /// <param name="candidates">The candidates' embeddings, in their current order.</param>
    /// <param name="count">How many to pick.</param>
    /// <param name="lambda">Relevance against diversity, in [0, 1]. Default 0.7.</param>
    /// <returns>The indices of the picked candidates, in pick order.</returns>
    public static IReadOnlyList<int> MaximalMarginalRelevance(ReadOnlyMemory<float> query, IReadOnlyList<ReadOnlyMemory<float>> candidates, int count, double lambda = 0.7)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (lambda is < 0 or > 1 || double.IsNaN(lambda))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be in [0, 1].");
        }

        var relevance = candidates.Select(c => (double)TensorPrimitives.CosineSimilarity(query.Span, c.Span)).ToArray();
        var maxSimilarity = Enumerable.Repeat(double.NegativeInfinity, candidates.Count).ToArray();
        var picked = new List<int>(Math.Min(count, candidates.Count));
        var used = new bool[candidates.Count];
        while (picked.Count < Math.Min(count, candidates.Count))
        {
            var best = -1;
            var bestScore = double.NegativeInfinity;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                var redundancy = picked.Count == 0 ? 0 : maxSimilarity[i];
                var score = (lambda * relevance[i]) - ((1 - lambda) * redundancy);
                if (score > bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }

            used[best] = true;
            picked.Add(best);
            for (var i = 0; i < candidates.Count; i++)
            {
                if (!used[i])
                {
                    maxSimilarity[i] = Math.Max(maxSimilarity[i], TensorPrimitives.CosineSimilarity(candidates[i].Span, candidates[best].Span));
                }
            }
        }

        return picked;
    }

    /// <summary>Reorders items by a cross-encoder's scores (stable for ties).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="encoder">The cross-encoder.</param>
    /// <param name="query">The query.</param>
    /// <param name="items">The items.</param>
    /// <param name="text">The passage text of an item.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The items with their scores, best first.</returns>
    public static async Task<IReadOnlyList<(T Item, double Score)>> RerankAsync<T>(ICrossEncoder encoder, string query, IReadOnlyList<T> items, Func<T, string> text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(text);
        var scores = await encoder.ScoreAsync(query, items.Select(text).ToList(), cancellationToken).ConfigureAwait(false);
        if (scores.Count != items.Count)
        {
            throw new InvalidOperationException($"The cross-encoder returned {scores.Count} scores for {items.Count} passages.");
        }

        return [.. items.Select((item, i) => (item, scores[i], i)).OrderByDescending(x => x.Item2).ThenBy(x => x.i).Select(x => (x.item, x.Item2))];
    }
}
