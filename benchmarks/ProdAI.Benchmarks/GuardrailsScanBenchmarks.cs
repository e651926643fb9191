using BenchmarkDotNet.Attributes;
using ProdAI.Guardrails.Normalization;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Benchmarks;

/// <summary>Prompt-injection scanning of a 1 KB prompt, by stage, and of 1 MB of input.</summary>
[MemoryDiagnoser]
public class GuardrailsScanBenchmarks
{
    private string _prompt1K = null!;
    private string _input1M = null!;
    private NormalizedText _normalized = null!;

    [GlobalSetup]
    public void Setup()
    {
        string english = DataSets.EnglishText(1 << 20);
        _prompt1K = english[..1024];
        _input1M = english;
        _normalized = TextNormalizer.Normalize(_prompt1K);
        PromptInjectionDetector.Default.Scan(_prompt1K);
    }

    [Benchmark(Baseline = true)]
    public PromptInjectionResult Scan1KB() => PromptInjectionDetector.Default.Scan(_prompt1K);

    [Benchmark]
    public NormalizedText Normalize1KB() => TextNormalizer.Normalize(_prompt1K);

    [Benchmark]
    public HashSet<InjectionCategory> Rules1KB() => PromptInjectionDetector.RuleCategories(_normalized, InjectionScanMode.Prompt);

    [Benchmark]
    public double Classifier1KB() => HashedNgramClassifier.Default.Score(_normalized, InjectionScanMode.Prompt, []);

    [Benchmark]
    public PromptInjectionResult Scan1MB() => PromptInjectionDetector.Default.Scan(_input1M);
}
