using BenchmarkDotNet.Attributes;
using ProdAI.Telemetry.Tokens;
using SharpToken;

namespace ProdAI.Benchmarks;

/// <summary>Token counting throughput on 1 MB of English prose (SciFact abstracts), against SharpToken as a peer.</summary>
[MemoryDiagnoser]
public class TokenCountingBenchmarks
{
    private string _text = null!;
    private GptEncoding _sharpO200k = null!;
    private GptEncoding _sharpCl100k = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = DataSets.EnglishText(1 << 20);
        _sharpO200k = GptEncoding.GetEncoding("o200k_base");
        _sharpCl100k = GptEncoding.GetEncoding("cl100k_base");
    }

    [Benchmark(Baseline = true)]
    public long ProdAI_o200k() => TiktokenTokenCounter.Shared.CountTokens("gpt-4o", _text).Tokens;

    [Benchmark]
    public long SharpToken_o200k() => _sharpO200k.CountTokens(_text);

    [Benchmark]
    public long ProdAI_cl100k() => TiktokenTokenCounter.Shared.CountTokens("gpt-4", _text).Tokens;

    [Benchmark]
    public long SharpToken_cl100k() => _sharpCl100k.CountTokens(_text);
}
