using BenchmarkDotNet.Attributes;
using ProdAI.Guardrails.Normalization;
using ProdAI.Guardrails.Pii;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Benchmarks;

/// <summary>
/// A full input scan (normalise + rules + classifier + PII) of a 1 KB prompt and of 1 MB of input, and the stages
/// on their own. Input: SciFact abstracts (English prose with numbers), with an e-mail address and a phone number in the
/// 1 KB prompt so that the PII path does real work. The document-mode scans read the same text as untrusted data.
/// </summary>
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
        _prompt1K = english[..960] + " Contact jane.doe@example.com or +1 425 882 9090.";
        _input1M = english;
        _normalized = TextNormalizer.Normalize(_prompt1K);
        PromptInjectionDetector.Default.Scan(_prompt1K);
    }

    [Benchmark(Baseline = true)]
    public int FullInputScan1KB() => PromptInjectionDetector.Default.Scan(_prompt1K).Evidence.Count + PiiDetector.Default.Detect(_prompt1K).Count;

    [Benchmark]
    public PromptInjectionResult InjectionScan1KB() => PromptInjectionDetector.Default.Scan(_prompt1K);

    [Benchmark]
    public IReadOnlyList<PiiEntity> Pii1KB() => PiiDetector.Default.Detect(_prompt1K);

    [Benchmark]
    public int FullInputScan1MB() => PromptInjectionDetector.Default.Scan(_input1M).Evidence.Count + PiiDetector.Default.Detect(_input1M).Count;

    [Benchmark]
    public NormalizedText Normalize1KB() => TextNormalizer.Normalize(_prompt1K);

    [Benchmark]
    public HashSet<InjectionCategory> Rules1KB() => PromptInjectionDetector.RuleCategories(_normalized, InjectionScanMode.Prompt);

    [Benchmark]
    public double Classifier1KB() => HashedNgramClassifier.Default.Score(_normalized, InjectionScanMode.Prompt, []);

    // Document mode adds the sentence model with each sentence's overlap with the rest of the document (SegmentContext).
    [Benchmark]
    public PromptInjectionResult DocumentScan1KB() => PromptInjectionDetector.Default.Scan(_prompt1K, InjectionScanMode.Document);

    [Benchmark]
    public PromptInjectionResult DocumentScan1MB() => PromptInjectionDetector.Default.Scan(_input1M, InjectionScanMode.Document);
}
