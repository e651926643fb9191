using BenchmarkDotNet.Attributes;
using ProdAI.Caching;
using ProdAI.Caching.Semantic;
using ProdAI.Vectors;

namespace ProdAI.Benchmarks;

/// <summary>
/// Top-10 cosine search over 100,000 real all-MiniLM-L6-v2 sentence vectors (excluding the embedding call): the exact
/// float32 scan, the int8 scan with exact re-scoring and the binary scan with exact re-scoring (the default), in one run.
/// Recall@10 of each against exact: <c>dotnet run -c Release --project benchmarks/ProdAI.Benchmarks -- recall</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class VectorSearchBenchmarks
{
    private VectorIndex<int> _index = null!;
    private float[][] _queries = null!;
    private List<string> _texts = null!;
    private InMemorySemanticCacheStore _store = null!;
    private SemanticCacheOptions _semantic = null!;
    private int _next;

    [Params(100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_index, _queries) = Build(Entries);
        _texts = SentenceVectors.Texts(Entries + SentenceVectors.Queries);
        _semantic = new SemanticCacheOptions();
        _store = new InMemorySemanticCacheStore(Entries + 1);
        var vectors = SentenceVectors.Load(Entries);
        var far = DateTimeOffset.MaxValue.AddYears(-1);
        for (var i = 0; i < Entries; i++)
        {
            _store.AddAsync(new SemanticCacheEntry($"e{i}", "partition", _texts[i], vectors[i], [], DateTimeOffset.UnixEpoch, far, [])).AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>What the semantic cache does per lookup, minus the embedding call: the store search and the threshold and guards on the candidates.</summary>
    [Benchmark]
    public int SemanticLookup()
    {
        var q = _next++ % _queries.Length;
        var candidates = _store.SearchAsync("partition", _queries[q], _semantic.Candidates).AsTask().GetAwaiter().GetResult();
        var query = _texts[Entries + q];
        foreach (var candidate in candidates)
        {
            if (SemanticCacheChatClient.Judge(query, candidate.Entry.Query, candidate.Similarity, _semantic) == SemanticGuards.None)
            {
                return 1;
            }
        }

        return 0;
    }

    public static (VectorIndex<int> Index, float[][] Queries) Build(int entries)
    {
        var vectors = SentenceVectors.Load(entries);
        var index = new VectorIndex<int>(new VectorIndexOptions { Quantization = VectorQuantization.Int8, InitialCapacity = entries });
        for (var i = 0; i < entries; i++)
        {
            index.Upsert(i, vectors[i]);
        }

        return (index, vectors[entries..]);
    }

    [Benchmark(Baseline = true)]
    public VectorMatch<int>[] ExactFloat32() => _index.Search(NextQuery(), 10, null, VectorSearchMode.Exact);

    [Benchmark]
    public VectorMatch<int>[] Int8Rescored() => _index.Search(NextQuery(), 10, null, VectorSearchMode.Int8);

    [Benchmark]
    public VectorMatch<int>[] BinaryRescoredDefault() => _index.Search(NextQuery(), 10, null, VectorSearchMode.Binary);

    private float[] NextQuery() => _queries[_next++ % _queries.Length];

    /// <summary>Recall@10 of the int8 and binary scans against the exact scan over the held-out queries.</summary>
    public static void PrintRecall(int entries)
    {
        var (index, queries) = Build(entries);
        foreach (var mode in new[] { VectorSearchMode.Int8, VectorSearchMode.Binary })
        {
            double found = 0;
            foreach (var query in queries)
            {
                var truth = index.Search(query, 10, null, VectorSearchMode.Exact).Select(m => m.Key).ToHashSet();
                found += index.Search(query, 10, null, mode).Count(m => truth.Contains(m.Key));
            }

            Console.WriteLine($"{mode}: recall@10 = {found / (queries.Length * 10.0):F4} over {queries.Length} held-out queries, {entries} entries");
        }
    }
}
