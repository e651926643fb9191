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
    private string[] _prompts1K = null!;
    private NormalizedText[] _normalized1K = null!;
    private int _next;
    private readonly PromptInjectionDetector _withoutHold = new(new PromptInjectionOptions { HoldOrdinaryRequests = false });

    [GlobalSetup]
    public void Setup()
    {
        string english = DataSets.EnglishText(1 << 20);
        _prompt1K = english[..960] + " Contact jane.doe@example.com or +1 425 882 9090.";
        _input1M = english;
        _normalized = TextNormalizer.Normalize(_prompt1K);
        _prompts1K = [.. Enumerable.Range(0, 1024).Select(i => english.Substring(i * 1024, 960) + " Contact jane.doe@example.com or +1 425 882 9090.")];
        _normalized1K = [.. _prompts1K.Select(TextNormalizer.Normalize)];
        PromptInjectionDetector.Default.Scan(_prompt1K);
    }

    [Benchmark(Baseline = true)]
    public int FullInputScan1KB() => PromptInjectionDetector.Default.Scan(_prompt1K).Evidence.Count + PiiDetector.Default.Detect(_prompt1K).Count;

    // 1,024 different 1 KB prompts in turn (consecutive kilobytes of the same text): unlike one repeated prompt, each scan
    // reads other classifier weights, so this is the figure for a stream of requests whose weights are not all in cache.
    [Benchmark]
    public int FullInputScan1KBRotating()
    {
        string prompt = _prompts1K[_next++ & 1023];
        return PromptInjectionDetector.Default.Scan(prompt).Evidence.Count + PiiDetector.Default.Detect(prompt).Count;
    }

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

    // The stages on the rotating prompts, to see where a stream of distinct prompts costs more than one repeated prompt.
    [Benchmark]
    public NormalizedText Normalize1KBRotating() => TextNormalizer.Normalize(_prompts1K[_next++ & 1023]);

    [Benchmark]
    public HashSet<InjectionCategory> Rules1KBRotating() => PromptInjectionDetector.RuleCategories(_normalized1K[_next++ & 1023], InjectionScanMode.Prompt);

    [Benchmark]
    public double Classifier1KBRotating() => HashedNgramClassifier.Default.Score(_normalized1K[_next++ & 1023], InjectionScanMode.Prompt, []);

    [Benchmark]
    public IReadOnlyList<PiiEntity> Pii1KBRotating() => PiiDetector.Default.Detect(_prompts1K[_next++ & 1023]);

    // Document mode adds the sentence model with each sentence's overlap with the rest of the document (SegmentContext).
    // A short everyday request the whole-text model flags and the ordinary-request check holds (its second model reads it),
    // and the same scan with the check off: what the hold costs on the prompts it applies to.
    [Benchmark]
    public PromptInjectionResult ShortRequestHeld() => PromptInjectionDetector.Default.Scan("tell me how to make pancakes");

    [Benchmark]
    public PromptInjectionResult ShortRequestWithoutHold() => _withoutHold.Scan("tell me how to make pancakes");

    [Benchmark]
    public PromptInjectionResult DocumentScan1KB() => PromptInjectionDetector.Default.Scan(_prompt1K, InjectionScanMode.Document);

    [Benchmark]
    public PromptInjectionResult DocumentScan1MB() => PromptInjectionDetector.Default.Scan(_input1M, InjectionScanMode.Document);
}
