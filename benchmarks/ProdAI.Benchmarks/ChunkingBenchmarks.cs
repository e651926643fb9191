using BenchmarkDotNet.Attributes;
using ProdAI.Rag.Chunking;

namespace ProdAI.Benchmarks;

/// <summary>
/// Chunker throughput on the shared long documents (rag/docs: Markdown and reStructuredText, 0.17 MB, concatenated):
/// recursive splitter at 1,000 characters, Markdown at 512 tokens, token windows of 256 with 32 overlap, sentences at 256 tokens.
/// MB/s = 0.17 MB / mean time (see docs/benchmarks.md).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ChunkingBenchmarks
{
    private readonly RecursiveTextChunker _recursive = new(new RecursiveChunkerOptions { MaxLength = 1000 });
    private readonly MarkdownChunker _markdown = new();
    private readonly TokenWindowChunker _tokens = new();
    private readonly SentenceChunker _sentences = new();
    private string _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(DataSets.Root, "rag", "docs");
        _text = string.Join("\n\n", Directory.EnumerateFiles(folder).Where(f => !f.EndsWith("SOURCE.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Console.WriteLine($"// chunking input: {_text.Length} characters ({System.Text.Encoding.UTF8.GetByteCount(_text)} UTF-8 bytes)");
    }

    [Benchmark(Baseline = true)]
    public int RecursiveCharacters1000() => _recursive.Chunk(_text).Count;

    [Benchmark]
    public int Markdown512Tokens() => _markdown.Chunk(_text).Count;

    [Benchmark]
    public int TokenWindow256() => _tokens.Chunk(_text).Count;

    [Benchmark]
    public int Sentences256Tokens() => _sentences.Chunk(_text).Count;
}
