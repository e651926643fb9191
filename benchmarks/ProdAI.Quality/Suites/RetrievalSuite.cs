using System.IO.Hashing;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using ProdAI.Embeddings.Local;
using ProdAI.Quality.Data;
using ProdAI.Rag.Fusion;
using ProdAI.Rag.Lexical;
using ProdAI.Vectors;

namespace ProdAI.Quality.Suites;

/// <summary>
/// Retrieval on a BEIR data set with the defaults: BM25 (English analyser, Porter stemming, k1 0.9, b 0.4) over title and
/// text; dense with the local all-MiniLM-L6-v2 model (title + " " + text, exact cosine); hybrid = convex combination of the
/// min-max-normalised top-100 lists, the dense weight tuned on <c>--tune-qrels</c> (the train queries) when given, 0.5
/// otherwise. Figures: nDCG@10, recall@100, MRR@10, median query time, index build time. Dense corpus vectors are cached
/// under artifacts/rag by a hash of the corpus file.
/// </summary>
internal sealed class RetrievalSuite : IQualitySuite
{
    private const int Depth = 100;

    public string Name => "retrieval";

    public IReadOnlyList<SuiteOption> Options { get; } =
    [
        new("corpus", "BEIR corpus JSONL {\"_id\", \"title\", \"text\"}"),
        new("queries", "BEIR queries JSONL {\"_id\", \"text\"}"),
        new("qrels", "BEIR qrels TSV: query-id, corpus-id, score, with a header"),
        new("mode", "retrieval mode", AllowedValues: ["bm25", "dense", "hybrid"]),
        new("tune-qrels", "hybrid: qrels of the queries the fusion weight is tuned on (train split)", Required: false),
    ];

    public string Help => "retrieval --corpus F --queries F --qrels F --mode bm25|dense|hybrid [--tune-qrels F]";

    public JsonObject Run(SuiteArguments arguments, TextWriter log)
    {
        var corpusPath = arguments.Get("corpus");
        var corpus = Jsonl.Read(corpusPath, (e, row) => (Id: row.String(e, "_id"), Title: e.TryGetProperty("title", out var t) ? t.GetString() ?? string.Empty : string.Empty, Text: row.String(e, "text"))).ToList();
        var queries = Jsonl.Read(arguments.Get("queries"), (e, row) => (Id: row.String(e, "_id"), Text: row.String(e, "text"))).ToDictionary(q => q.Id, q => q.Text, StringComparer.Ordinal);
        var documents = corpus.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var qrels = Qrels.Read(arguments.Get("qrels"), documents, queries.Keys.ToHashSet(StringComparer.Ordinal));
        if (qrels.Count == 0)
        {
            throw new DataFormatException("No judged query is in the queries file.");
        }

        var mode = arguments.Get("mode");
        var started = TimeProvider.System.GetTimestamp();
        Bm25Index<string>? bm25 = null;
        if (mode is "bm25" or "hybrid")
        {
            bm25 = new Bm25Index<string>(comparer: StringComparer.Ordinal);
            foreach (var (id, title, text) in corpus)
            {
                bm25.Add(id, title + "\n" + text);
            }
        }

        var bm25Seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        VectorIndex<string>? dense = null;
        MiniLmEmbeddingGenerator? generator = null;
        double denseSeconds = 0;
        if (mode is "dense" or "hybrid")
        {
            generator = new MiniLmEmbeddingGenerator(new LocalEmbeddingOptions { BatchWindow = TimeSpan.Zero, MaxBatchSize = 32 });
            var denseStarted = TimeProvider.System.GetTimestamp();
            dense = BuildDense(corpusPath, corpus, generator, log);
            denseSeconds = TimeProvider.System.GetElapsedTime(denseStarted).TotalSeconds;
        }

        var queryIds = qrels.Keys.Order(StringComparer.Ordinal).ToList();
        double alpha = 0.5;
        if (mode == "hybrid" && arguments.GetOptional("tune-qrels") is { } tunePath)
        {
            var tuneQrels = Qrels.Read(tunePath, documents, queries.Keys.ToHashSet(StringComparer.Ordinal));
            var tuneIds = tuneQrels.Keys.Order(StringComparer.Ordinal).ToList();
            var tuneLists = tuneIds.Select(id => (Lexical: Lexical(bm25!, queries[id]), Dense: Dense(dense!, generator!, queries[id]))).ToList();
            (alpha, var quality) = RankFusion.Tune(
                Enumerable.Range(0, 21).Select(i => i / 20.0),
                a => tuneIds.Select((id, i) => Ndcg(Hybrid(tuneLists[i].Lexical, tuneLists[i].Dense, a), tuneQrels[id], 10)).Average());
            log.WriteLine($"hybrid: dense weight {alpha:F2} tuned on {tuneIds.Count} queries (nDCG@10 {quality:F4} there)");
        }

        var ndcg = new List<double>();
        var recall = new List<double>();
        var mrr = new List<double>();
        var times = new List<double>();
        foreach (var id in queryIds)
        {
            var text = queries[id];
            var queryStarted = TimeProvider.System.GetTimestamp();
            IReadOnlyList<string> ranked = mode switch
            {
                "bm25" => Lexical(bm25!, text).Select(x => x.Key).ToList(),
                "dense" => Dense(dense!, generator!, text).Select(x => x.Key).ToList(),
                _ => Hybrid(Lexical(bm25!, text), Dense(dense!, generator!, text), alpha),
            };
            times.Add(TimeProvider.System.GetElapsedTime(queryStarted).TotalMilliseconds);
            var judged = qrels[id];
            ndcg.Add(Ndcg(ranked, judged, 10));
            var relevant = judged.Count(j => j.Value > 0);
            recall.Add(relevant == 0 ? 0 : ranked.Take(100).Count(d => judged.GetValueOrDefault(d) > 0) / (double)relevant);
            var first = -1;
            for (var r = 0; r < Math.Min(10, ranked.Count); r++)
            {
                if (judged.GetValueOrDefault(ranked[r]) > 0)
                {
                    first = r;
                    break;
                }
            }

            mrr.Add(first < 0 ? 0 : 1.0 / (first + 1));
        }

        generator?.Dispose();
        times.Sort();
        var result = new JsonObject
        {
            ["n"] = queryIds.Count,
            ["mode"] = mode,
            ["ndcg@10"] = Math.Round(ndcg.Average(), 4),
            ["recall@100"] = Math.Round(recall.Average(), 4),
            ["mrr@10"] = Math.Round(mrr.Average(), 4),
            ["ms_per_query_p50"] = Math.Round(times[times.Count / 2], 3),
            ["index_seconds"] = Math.Round(bm25Seconds + denseSeconds, 2),
            ["documents"] = corpus.Count,
        };
        if (mode == "hybrid")
        {
            result["dense_weight"] = alpha;
        }

        return result;
    }

    private static List<(string Key, double Score)> Lexical(Bm25Index<string> index, string query) =>
        [.. index.Search(query, Depth).Select(m => (m.Key, m.Score))];

    private static List<(string Key, double Score)> Dense(VectorIndex<string> index, MiniLmEmbeddingGenerator generator, string query)
    {
        var vector = generator.GenerateAsync([query]).GetAwaiter().GetResult()[0].Vector;
        return [.. index.Search(vector.Span, Depth, null, VectorSearchMode.Exact).Select(m => (m.Key, (double)m.Score))];
    }

    private static List<string> Hybrid(List<(string Key, double Score)> lexical, List<(string Key, double Score)> dense, double denseWeight) =>
        [.. RankFusion.Convex<string>([lexical, dense], [1 - denseWeight, denseWeight]).Select(r => r.Key)];

    /// <summary>nDCG@k with gain = relevance grade and log2 discount (trec_eval's ndcg_cut, as BEIR reports it).</summary>
    internal static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged, int k)
    {
        double dcg = 0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            var gain = judged.GetValueOrDefault(ranked[i]);
            if (gain > 0)
            {
                dcg += gain / Math.Log2(i + 2);
            }
        }

        var ideal = judged.Values.Where(v => v > 0).OrderDescending().Take(k).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static VectorIndex<string> BuildDense(string corpusPath, List<(string Id, string Title, string Text)> corpus, MiniLmEmbeddingGenerator generator, TextWriter log)
    {
        var hash = Convert.ToHexStringLower(XxHash64.Hash(File.ReadAllBytes(corpusPath)));
        var cache = Path.Combine(FindArtifacts(), "rag", $"minilm-{hash}.bin");
        var index = new VectorIndex<string>(new VectorIndexOptions { Dimensions = MiniLmEmbeddingGenerator.Dimensions, Quantization = VectorQuantization.None, InitialCapacity = corpus.Count }, StringComparer.Ordinal);
        if (File.Exists(cache) && new FileInfo(cache).Length == (long)corpus.Count * MiniLmEmbeddingGenerator.Dimensions * sizeof(float))
        {
            var bytes = File.ReadAllBytes(cache);
            var vector = new float[MiniLmEmbeddingGenerator.Dimensions];
            for (var i = 0; i < corpus.Count; i++)
            {
                Buffer.BlockCopy(bytes, i * vector.Length * sizeof(float), vector, 0, vector.Length * sizeof(float));
                index.Upsert(corpus[i].Id, vector);
            }

            log.WriteLine($"dense: {corpus.Count} document vectors read from {cache}");
            return index;
        }

        log.WriteLine($"dense: embedding {corpus.Count} documents with all-MiniLM-L6-v2 (cached afterwards in {cache}) …");
        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        using var output = new BinaryWriter(File.Create(cache + ".tmp"), Encoding.UTF8);
        for (var start = 0; start < corpus.Count; start += 512)
        {
            var chunk = corpus.Skip(start).Take(512).ToList();
            var embeddings = generator.GenerateAsync(chunk.Select(d => (d.Title + " " + d.Text).Trim()).ToList()).GetAwaiter().GetResult();
            for (var i = 0; i < chunk.Count; i++)
            {
                index.Upsert(chunk[i].Id, embeddings[i].Vector.Span);
                foreach (var value in embeddings[i].Vector.Span)
                {
                    output.Write(value);
                }
            }
        }

        output.Close();
        File.Move(cache + ".tmp", cache, overwrite: true);
        return index;
    }

    private static string FindArtifacts()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProdAI.sln")))
            {
                return Path.Combine(dir.FullName, "artifacts");
            }
        }

        return Path.Combine(Path.GetTempPath(), "prodai-artifacts");
    }
}
