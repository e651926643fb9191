using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using ProdAI.Caching.Semantic;
using ProdAI.Embeddings.Local;
using ProdAI.Quality.Data;
using ProdAI.Vectors;

namespace ProdAI.Quality.Suites;

/// <summary>
/// The semantic cache on labelled pairs <c>{"text_a", "text_b", "label"}</c> (1 = same question), with the default
/// configuration: the local all-MiniLM-L6-v2 model, the length-aware threshold and the default guards — the decision
/// <see cref="SemanticCacheChatClient"/> makes (<see cref="SemanticCacheChatClient.Judge"/>).
/// <list type="bullet">
/// <item><c>--protocol pairs</c> (default): each pair alone — would the answer stored for text_a be served for text_b?
/// hit_rate over label-1 pairs, false_hit_rate over label-0 pairs.</item>
/// <item><c>--protocol fill</c>: every distinct text_a is stored in one cache, every distinct text_b is a query against all
/// of them (up to three nearest neighbours, best first). A hit is right when the entry served is the row's text_a — or,
/// with optional <c>group_a</c>/<c>group_b</c> fields, of the query's group (intent); rows with label 0 have no right answer
/// (out-of-scope queries), so any hit is a false hit. false_hit_rate = wrong hits / queries.</item>
/// </list>
/// Lines before the last: the curve over thresholds with and without guards, and per <c>pair_type</c> rates when rows have one.
/// </summary>
internal sealed class CacheSuite : IQualitySuite
{
    private static readonly double[] CurveThresholds = [0.70, 0.74, 0.78, 0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92, 0.95];

    public string Name => "cache";

    public IReadOnlyList<SuiteOption> Options { get; } =
    [
        new("data", "JSONL rows {\"text_a\": str, \"text_b\": str, \"label\": 0|1} (optional \"pair_type\", \"group_a\", \"group_b\")"),
        new("protocol", "pairs: each pair alone; fill: all text_a stored, each text_b queried", Required: false, AllowedValues: ["pairs", "fill"]),
    ];

    public string Help => "cache --data FILE [--protocol pairs|fill]";

    public JsonObject Run(SuiteArguments arguments, TextWriter log)
    {
        var path = arguments.Get("data");
        var rows = Jsonl.Read(path, (e, row) => new Pair(
            row.String(e, "text_a"),
            row.String(e, "text_b"),
            row.Label(e, "label"),
            Optional(e, "pair_type"),
            Optional(e, "group_a"),
            Optional(e, "group_b"))).ToList();
        if (rows.Count == 0)
        {
            throw new DataFormatException($"{path}: no rows.");
        }

        var options = new SemanticCacheOptions(); // the default configuration
        var texts = rows.SelectMany(r => new[] { r.TextA, r.TextB }).Distinct(StringComparer.Ordinal).ToList();
        log.WriteLine($"cache: embedding {texts.Count} distinct texts with the local all-MiniLM-L6-v2 model …");
        var vectors = Embed(texts);
        var protocol = arguments.GetOptional("protocol") ?? "pairs";
        return protocol == "fill" ? RunFill(rows, vectors, options, log) : RunPairs(rows, vectors, options, log);
    }

    private static JsonObject RunPairs(List<Pair> rows, Dictionary<string, float[]> vectors, SemanticCacheOptions options, TextWriter log)
    {
        var similarities = rows.Select(r => (double)System.Numerics.Tensors.TensorPrimitives.Dot(vectors[r.TextA], vectors[r.TextB])).ToArray();
        bool Hit(int i, SemanticCacheOptions o) => SemanticCacheChatClient.Judge(rows[i].TextB, rows[i].TextA, similarities[i], o) == SemanticGuards.None;

        var curve = new JsonArray();
        log.WriteLine("threshold  guards  hit_rate  false_hit_rate   (long-query threshold; short queries add the default margin)");
        foreach (var threshold in CurveThresholds)
        {
            foreach (var guards in new[] { SemanticGuards.None, options.Guards })
            {
                var o = new SemanticCacheOptions { Threshold = threshold, Guards = guards };
                var (hit, falseHit, _) = Rates(rows, i => Hit(i, o));
                log.WriteLine($"{threshold,9:F2}  {(guards == SemanticGuards.None ? "off" : "on"),6}  {hit,8:F4}  {falseHit,14:F4}");
                curve.Add(new JsonObject { ["threshold"] = threshold, ["guards"] = guards != SemanticGuards.None, ["hit_rate"] = hit, ["false_hit_rate"] = falseHit });
            }
        }

        var (hitRate, falseHitRate, precision) = Rates(rows, i => Hit(i, options));
        var byType = new JsonObject();
        foreach (var group in rows.Select((r, i) => (r, i)).Where(x => x.r.PairType is not null).GroupBy(x => x.r.PairType!))
        {
            var served = group.Count(x => Hit(x.i, options)) / (double)group.Count();
            byType[group.Key] = Math.Round(served, 4);
            log.WriteLine($"{group.Key}: served {served:F4} of {group.Count()} pairs");
        }

        var result = Figures(rows.Count, options, hitRate, falseHitRate, precision, "pairs", curve);
        if (byType.Count > 0)
        {
            result["served_by_pair_type"] = byType;
        }

        return result;
    }

    private static JsonObject RunFill(List<Pair> rows, Dictionary<string, float[]> vectors, SemanticCacheOptions options, TextWriter log)
    {
        var stored = rows.GroupBy(r => r.TextA, StringComparer.Ordinal).Select(g => (Text: g.Key, Group: g.First().GroupA)).ToList();
        var index = new VectorIndex<int>(new VectorIndexOptions { Dimensions = MiniLmEmbeddingGenerator.Dimensions });
        for (var i = 0; i < stored.Count; i++)
        {
            index.Upsert(i, vectors[stored[i].Text]);
        }

        var queries = rows.GroupBy(r => r.TextB, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var neighbours = queries.Select(q => index.Search(vectors[q.TextB], options.Candidates)).ToArray();
        log.WriteLine($"fill: {stored.Count} entries stored, {queries.Count} queries");

        (int Right, int Wrong) Count(SemanticCacheOptions o)
        {
            int right = 0, wrong = 0;
            for (var q = 0; q < queries.Count; q++)
            {
                var query = queries[q];
                foreach (var match in neighbours[q])
                {
                    if (SemanticCacheChatClient.Judge(query.TextB, stored[match.Key].Text, match.Score, o) != SemanticGuards.None)
                    {
                        continue; // below the threshold (null) or rejected by a guard: try the next neighbour
                    }

                    var correct = query.Label == 1 && (query.GroupB is not null
                        ? string.Equals(stored[match.Key].Group, query.GroupB, StringComparison.Ordinal)
                        : string.Equals(stored[match.Key].Text, query.TextA, StringComparison.Ordinal));
                    if (correct)
                    {
                        right++;
                    }
                    else
                    {
                        wrong++;
                    }

                    break;
                }
            }

            return (right, wrong);
        }

        var positives = queries.Count(q => q.Label == 1);
        var curve = new JsonArray();
        log.WriteLine("threshold  guards  hit_rate  false_hit_rate");
        foreach (var threshold in CurveThresholds)
        {
            foreach (var guards in new[] { SemanticGuards.None, options.Guards })
            {
                var (right, wrong) = Count(new SemanticCacheOptions { Threshold = threshold, Guards = guards });
                var hit = positives == 0 ? 0 : right / (double)positives;
                var falseHit = wrong / (double)queries.Count;
                log.WriteLine($"{threshold,9:F2}  {(guards == SemanticGuards.None ? "off" : "on"),6}  {hit,8:F4}  {falseHit,14:F4}");
                curve.Add(new JsonObject { ["threshold"] = threshold, ["guards"] = guards != SemanticGuards.None, ["hit_rate"] = hit, ["false_hit_rate"] = falseHit });
            }
        }

        var (r, w) = Count(options);
        return Figures(queries.Count, options, positives == 0 ? 0 : r / (double)positives, w / (double)queries.Count, r + w == 0 ? 1 : r / (double)(r + w), "fill", curve);
    }

    private static (double Hit, double FalseHit, double Precision) Rates(List<Pair> rows, Func<int, bool> hit)
    {
        int tp = 0, fp = 0, positives = 0, negatives = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var served = hit(i);
            if (rows[i].Label == 1)
            {
                positives++;
                tp += served ? 1 : 0;
            }
            else
            {
                negatives++;
                fp += served ? 1 : 0;
            }
        }

        return (positives == 0 ? 0 : tp / (double)positives, negatives == 0 ? 0 : fp / (double)negatives, tp + fp == 0 ? 1 : tp / (double)(tp + fp));
    }

    private static JsonObject Figures(int n, SemanticCacheOptions options, double hit, double falseHit, double precision, string protocol, JsonArray curve) => new()
    {
        ["n"] = n,
        ["threshold"] = options.Threshold,
        ["short_query_threshold"] = Math.Round(options.Threshold + options.ShortQueryMargin, 4),
        ["hit_rate"] = Math.Round(hit, 4),
        ["false_hit_rate"] = Math.Round(falseHit, 4),
        ["precision"] = Math.Round(precision, 4),
        ["protocol"] = protocol,
        ["guards"] = options.Guards.ToString(),
        ["model"] = "all-MiniLM-L6-v2",
        ["curve"] = curve,
    };

    private static Dictionary<string, float[]> Embed(List<string> texts)
    {
        using var generator = new MiniLmEmbeddingGenerator(new LocalEmbeddingOptions { BatchWindow = TimeSpan.Zero, MaxBatchSize = 64 });
        var result = new Dictionary<string, float[]>(texts.Count, StringComparer.Ordinal);
        for (var start = 0; start < texts.Count; start += 1024)
        {
            var chunk = texts.GetRange(start, Math.Min(1024, texts.Count - start));
            var embeddings = generator.GenerateAsync(chunk).GetAwaiter().GetResult();
            for (var i = 0; i < chunk.Count; i++)
            {
                result[chunk[i]] = embeddings[i].Vector.ToArray();
            }
        }

        return result;
    }

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record Pair(string TextA, string TextB, int Label, string? PairType, string? GroupA, string? GroupB);
}
