using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ProdAI.Rag.Lexical;
using LuceneEnglishAnalyzer = Lucene.Net.Analysis.En.EnglishAnalyzer;

namespace ProdAI.Benchmarks;

/// <summary>
/// BM25 on SciFact (5,183 abstracts, the 300 test queries, top 10): ProdAI's index against Lucene.Net 4.8 with its
/// EnglishAnalyzer and BM25Similarity(k1 0.9, b 0.4) in the same run — building the whole index, and one query (rotated).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class Bm25Benchmarks
{
    private List<(string Id, string Text)> _corpus = null!;
    private string[] _queries = null!;
    private Bm25Index<string> _prodai = null!;
    private IndexSearcher _lucene = null!;
    private DirectoryReader _reader = null!;
    private LuceneEnglishAnalyzer _analyzer = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(DataSets.Root, "rag", "scifact");
        _corpus = [.. File.ReadLines(Path.Combine(root, "corpus.jsonl")).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            return (doc.RootElement.GetProperty("_id").GetString()!, doc.RootElement.GetProperty("title").GetString() + "\n" + doc.RootElement.GetProperty("text").GetString());
        })];
        var testIds = File.ReadLines(Path.Combine(root, "qrels", "test.tsv")).Skip(1).Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        _queries = [.. File.ReadLines(Path.Combine(root, "queries.jsonl")).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            return (Id: doc.RootElement.GetProperty("_id").GetString()!, Text: doc.RootElement.GetProperty("text").GetString()!);
        }).Where(q => testIds.Contains(q.Id)).Select(q => q.Text)];
        _prodai = BuildProdAI();
        _analyzer = new LuceneEnglishAnalyzer(LuceneVersion.LUCENE_48);
        _reader = DirectoryReader.Open(BuildLucene());
        _lucene = new IndexSearcher(_reader) { Similarity = new BM25Similarity(0.9f, 0.4f) };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _prodai.Dispose();
    }

    [Benchmark]
    public Bm25Index<string> ProdAI_BuildIndex() => BuildProdAI();

    [Benchmark]
    public Lucene.Net.Store.Directory Lucene_BuildIndex() => BuildLucene();

    [Benchmark(Baseline = true)]
    public Bm25Match<string>[] ProdAI_Query() => _prodai.Search(_queries[_next++ % _queries.Length], 10);

    [Benchmark]
    public TopDocs Lucene_Query() => _lucene.Search(ToQuery(_queries[_next++ % _queries.Length]), 10);

    private Bm25Index<string> BuildProdAI()
    {
        var index = new Bm25Index<string>(comparer: StringComparer.Ordinal);
        foreach (var (id, text) in _corpus)
        {
            index.Add(id, text);
        }

        return index;
    }

    private RAMDirectory BuildLucene()
    {
        var directory = new RAMDirectory();
        using var analyzer = new LuceneEnglishAnalyzer(LuceneVersion.LUCENE_48);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity(0.9f, 0.4f) });
        foreach (var (id, text) in _corpus)
        {
            writer.AddDocument(new Document { new StringField("id", id, Field.Store.YES), new TextField("contents", text, Field.Store.NO) });
        }

        writer.Commit();
        return directory;
    }

    private BooleanQuery ToQuery(string text)
    {
        var query = new BooleanQuery();
        using var stream = _analyzer.GetTokenStream("contents", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            query.Add(new TermQuery(new Term("contents", term.ToString())), Occur.SHOULD);
        }

        stream.End();
        return query;
    }
}
