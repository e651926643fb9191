using System.IO.Hashing;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using ProdAI.Embeddings.Local;
using ProdAI.Quality.Data;
using Microsoft.Extensions.DependencyInjection;
using ProdAI.Rag.Fusion;
using ProdAI.Rag.Retrieval;

namespace ProdAI.Quality.Suites;

/// <summary>
/// Retrieval on a BEIR data set through the default configuration of <c>AddProdAIRag()</c>: each document (title + text)
/// ingested into a <see cref="RagIndex"/> (Markdown chunker, 512 tokens), searched with the index's mode (bm25: no
/// embedding generator; dense and hybrid: the local all-MiniLM-L6-v2 model), chunks mapped back to documents (best chunk
/// first). Hybrid uses the index's dense weight, or the one tuned on <c>--tune-qrels</c> (the train queries) when given.
/// Figures: nDCG@10, recall@100, MRR@10, median query time, ingestion time. Vectors are remembered under artifacts/rag.
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

        // The default configuration: AddProdAIRag() with the local MiniLM model registered (dense and hybrid) or without
        // an embedding generator (BM25 only); the mode is the only option set.
        var mode = arguments.Get("mode");
        using var memo = mode == "bm25" ? null : new PersistentEmbeddings(FindArtifacts(), log);
        var services = new ServiceCollection();
        if (memo is not null)
        {
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(memo);
        }

        services.AddProdAIRag(configureIndex: o => o.Mode = mode switch { "bm25" => RetrievalMode.Lexical, "dense" => RetrievalMode.Dense, _ => RetrievalMode.Hybrid });
        using var provider = services.BuildServiceProvider();
        var index = provider.GetRequiredService<RagIndex>();
        var principal = AccessPrincipal.ForTenant("beir");
        var access = new DocumentAccess("beir");

        var started = TimeProvider.System.GetTimestamp();
        var chunks = index.IngestAsync(corpus.Select(d => new RagDocument(d.Id, d.Text, access, d.Title))).GetAwaiter().GetResult();
        var indexSeconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        memo?.Save();
        log.WriteLine($"{mode}: {corpus.Count} documents, {chunks} chunks indexed in {indexSeconds:F2} s");

        List<string> Ranked(string query, double? weight) => [.. index.SearchAsync(query, principal, Depth, weight).GetAwaiter().GetResult()
            .Select(r => r.Chunk.DocumentId).Distinct(StringComparer.Ordinal)];

        double? alpha = null;
        if (mode == "hybrid" && arguments.GetOptional("tune-qrels") is { } tunePath)
        {
            var tuneQrels = Qrels.Read(tunePath, documents, queries.Keys.ToHashSet(StringComparer.Ordinal));
            var tuneIds = tuneQrels.Keys.Order(StringComparer.Ordinal).ToList();
            (var best, var quality) = RankFusion.Tune(
                Enumerable.Range(0, 21).Select(i => i / 20.0),
                a => tuneIds.Select(id => Ndcg(Ranked(queries[id], a), tuneQrels[id], 10)).Average());
            alpha = best;
            memo?.Save();
            log.WriteLine($"hybrid: dense weight {best:F2} tuned on {tuneIds.Count} queries (nDCG@10 {quality:F4} there)");
        }

        var queryIds = qrels.Keys.Order(StringComparer.Ordinal).ToList();
        var ndcg = new List<double>();
        var recall = new List<double>();
        var mrr = new List<double>();
        var times = new List<double>();
        foreach (var id in queryIds)
        {
            var queryStarted = TimeProvider.System.GetTimestamp();
            var ranked = Ranked(queries[id], alpha);
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

        memo?.Save();
        times.Sort();
        var result = new JsonObject
        {
            ["n"] = queryIds.Count,
            ["mode"] = mode,
            ["ndcg@10"] = Math.Round(ndcg.Average(), 4),
            ["recall@100"] = Math.Round(recall.Average(), 4),
            ["mrr@10"] = Math.Round(mrr.Average(), 4),
            ["ms_per_query_p50"] = Math.Round(times[times.Count / 2], 3),
            ["index_seconds"] = Math.Round(indexSeconds, 2),
            ["documents"] = corpus.Count,
            ["chunks"] = chunks,
        };
        if (mode == "hybrid")
        {
            result["dense_weight"] = alpha ?? new RagIndexOptions().DenseWeight;
        }

        return result;
    }

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


    /// <summary>
    /// The local MiniLM generator with its vectors remembered on disk (artifacts/rag, by XxHash128 of the text), so a
    /// corpus is embedded once across runs; a cache hit returns exactly what the model returned.
    /// </summary>
    private sealed class PersistentEmbeddings(string artifacts, TextWriter log) : IEmbeddingGenerator<string, Embedding<float>>
    {
        private readonly MiniLmEmbeddingGenerator _model = new(new LocalEmbeddingOptions { BatchWindow = TimeSpan.Zero, MaxBatchSize = 32 });
        private readonly string _path = Path.Combine(artifacts, "rag", "minilm-texts.bin");
        private Dictionary<UInt128, float[]>? _vectors;
        private int _added;

        public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var vectors = Load();
            var texts = values.ToList();
            var keys = texts.Select(t => XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(t))).ToList();
            var missing = Enumerable.Range(0, texts.Count).Where(i => !vectors.ContainsKey(keys[i])).ToList();
            if (missing.Count > 0)
            {
                var generated = await _model.GenerateAsync(missing.Select(i => texts[i]).ToList(), options, cancellationToken).ConfigureAwait(false);
                for (var m = 0; m < missing.Count; m++)
                {
                    vectors[keys[missing[m]]] = generated[m].Vector.ToArray();
                }

                _added += missing.Count;
            }

            var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
            result.AddRange(keys.Select(k => new Embedding<float>(vectors[k])));
            return result;
        }

        public void Save()
        {
            if (_added == 0 || _vectors is null)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using (var writer = new BinaryWriter(File.Create(_path + ".tmp")))
            {
                writer.Write(_vectors.Count);
                foreach (var (key, vector) in _vectors)
                {
                    writer.Write((ulong)(key >> 64));
                    writer.Write((ulong)key);
                    writer.Write(vector.Length);
                    foreach (var value in vector)
                    {
                        writer.Write(value);
                    }
                }
            }

            File.Move(_path + ".tmp", _path, overwrite: true);
            log.WriteLine($"dense: {_added} new vectors cached in {_path}");
            _added = 0;
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => _model.GetService(serviceType, serviceKey);

        public void Dispose() => _model.Dispose();

        private Dictionary<UInt128, float[]> Load()
        {
            if (_vectors is not null)
            {
                return _vectors;
            }

            _vectors = [];
            if (File.Exists(_path))
            {
                using var reader = new BinaryReader(File.OpenRead(_path));
                var count = reader.ReadInt32();
                for (var i = 0; i < count; i++)
                {
                    var key = ((UInt128)reader.ReadUInt64() << 64) | reader.ReadUInt64();
                    var vector = new float[reader.ReadInt32()];
                    for (var d = 0; d < vector.Length; d++)
                    {
                        vector[d] = reader.ReadSingle();
                    }

                    _vectors[key] = vector;
                }

                log.WriteLine($"dense: {count} cached vectors read from {_path}");
            }

            return _vectors;
        }
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
