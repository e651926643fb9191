using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.AI;
using ProdAI.Embeddings.Local;

namespace ProdAI.Benchmarks;

/// <summary>
/// Local MiniLM throughput per sentence: one call per sentence, one batched call, and 64 concurrent single-sentence calls
/// coalesced by the micro-batcher (2 ms window). Sentences: banking77 customer questions.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 10)]
public class EmbeddingBenchmarks
{
    private const int Sentences = 64;
    private string[] _texts = null!;
    private MiniLmEmbeddingGenerator _direct = null!;
    private MiniLmEmbeddingGenerator _coalescing = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = File.ReadLines(Path.Combine(DataSets.Root, "caching", "banking77", "test.csv")).Skip(1)
            .Select(line => line[..line.LastIndexOf(',')].Trim('"')).Take(Sentences).ToArray();
        _direct = new MiniLmEmbeddingGenerator(new LocalEmbeddingOptions { BatchWindow = TimeSpan.Zero, MaxBatchSize = Sentences });
        _coalescing = new MiniLmEmbeddingGenerator(new LocalEmbeddingOptions { MaxBatchSize = 32 });
        _direct.GenerateAsync(_texts).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _direct.Dispose();
        _coalescing.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Sentences)]
    public async Task OneAtATime()
    {
        foreach (var text in _texts)
        {
            await _direct.GenerateAsync([text]);
        }
    }

    [Benchmark(OperationsPerInvoke = Sentences)]
    public Task<GeneratedEmbeddings<Embedding<float>>> Batched() => _direct.GenerateAsync(_texts);

    [Benchmark(OperationsPerInvoke = Sentences)]
    public Task ConcurrentCoalesced() => Task.WhenAll(_texts.Select(t => _coalescing.GenerateAsync([t])));
}
