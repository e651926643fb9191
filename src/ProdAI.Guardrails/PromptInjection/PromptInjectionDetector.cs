using System.Text.RegularExpressions;
using ProdAI.Guardrails.Normalization;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// Layered prompt-injection and jailbreak detection, in process: normalisation (undoing invisible characters, look-alikes,
/// leetspeak, encodings) → rules by category in six languages → a learned classifier that weighs the n-grams and the rule
/// evidence into one calibrated score. Decoded payloads are scanned like the text itself. Linear time in the input.
/// Thread-safe.
/// </summary>
public sealed class PromptInjectionDetector
{
    private const int MaxRot13Length = 65_536;

    private readonly IPromptInjectionClassifier _classifier;
    private readonly PromptInjectionOptions _options;
    private readonly double _threshold;

    /// <summary>Initializes a new instance of the <see cref="PromptInjectionDetector"/> class.</summary>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="classifier">The classifier; <see cref="HashedNgramClassifier.Default"/> when <see langword="null"/>.</param>
    public PromptInjectionDetector(PromptInjectionOptions? options = null, IPromptInjectionClassifier? classifier = null)
    {
        _options = options ?? new PromptInjectionOptions();
        _classifier = classifier ?? HashedNgramClassifier.Default;
        _threshold = _options.Threshold ?? (_classifier as HashedNgramClassifier)?.Threshold ?? 0.5;
        if (_threshold is < 0 or > 1 || double.IsNaN(_threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _threshold, "The threshold must be between 0 and 1.");
        }
    }

    /// <summary>Gets the shared detector with the default options and the embedded model.</summary>
    public static PromptInjectionDetector Default { get; } = new();

    /// <summary>Gets the threshold in use.</summary>
    public double Threshold => _threshold;

    /// <summary>Scans a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">A user prompt, or untrusted data (retrieved chunks, e-mails, tool output, web pages).</param>
    /// <returns>The verdict.</returns>
    public PromptInjectionResult Scan(string text, InjectionScanMode mode = InjectionScanMode.Prompt)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > _options.MaxScanLength)
        {
            text = text[.._options.MaxScanLength];
        }

        NormalizedText normalized = TextNormalizer.Normalize(text);
        var evidence = new List<InjectionEvidence>();
        var categories = new HashSet<InjectionCategory>();
        Match(normalized, normalized.Text, mode, evidence, categories, encoding: null, payloadSpan: null);

        if (_options.ScanRot13 && categories.Count == 0 && normalized.Text.Length <= MaxRot13Length)
        {
            int before = evidence.Count;
            Match(normalized, TextNormalizer.Rot13(normalized.Text), mode, evidence, categories, PayloadEncoding.Rot13, payloadSpan: null);
            if (evidence.Count > before)
            {
                evidence.Add(new InjectionEvidence(InjectionCategory.Obfuscation, 0, text.Length, PayloadEncoding.Rot13));
            }
        }

        double score = _classifier.Score(normalized, mode, categories);

        if (_options.ScanEncodedPayloads)
        {
            foreach (DecodedPayload payload in normalized.Payloads)
            {
                NormalizedText inner = TextNormalizer.Normalize(payload.Text);
                var innerCategories = new HashSet<InjectionCategory>();
                int before = evidence.Count;
                Match(inner, inner.Text, mode, evidence, innerCategories, payload.Encoding, (payload.Start, payload.End));
                double innerScore = _classifier.Score(inner, mode, innerCategories);
                if (innerScore >= _threshold || evidence.Count > before)
                {
                    evidence.Add(new InjectionEvidence(InjectionCategory.Obfuscation, payload.Start, payload.End, payload.Encoding));
                    score = Math.Max(score, innerScore);
                }

                categories.UnionWith(innerCategories);
            }
        }

        if (score >= _threshold && !categories.Contains(InjectionCategory.Learned) && evidence.Count == 0)
        {
            evidence.Add(new InjectionEvidence(InjectionCategory.Learned, 0, text.Length));
        }

        return new PromptInjectionResult(score, _threshold, evidence, normalized.Findings);
    }

    /// <summary>The rule categories found in the normalised text itself (what the classifier sees as evidence).</summary>
    internal static HashSet<InjectionCategory> RuleCategories(NormalizedText normalized, InjectionScanMode mode)
    {
        var evidence = new List<InjectionEvidence>();
        var categories = new HashSet<InjectionCategory>();
        Match(normalized, normalized.Text, mode, evidence, categories, encoding: null, payloadSpan: null);
        return categories;
    }

    private static void Match(NormalizedText normalized, string haystack, InjectionScanMode mode, List<InjectionEvidence> evidence, HashSet<InjectionCategory> categories, PayloadEncoding? encoding, (int Start, int End)? payloadSpan)
    {
        foreach ((InjectionCategory category, Regex pattern) in InjectionRules.All)
        {
            if (mode == InjectionScanMode.Prompt && category is InjectionCategory.IndirectInstruction or InjectionCategory.HiddenContent)
            {
                continue;
            }

            foreach (ValueMatch match in pattern.EnumerateMatches(haystack))
            {
                (int start, int end) = payloadSpan ?? normalized.ToOriginal(match.Index, match.Index + match.Length);
                evidence.Add(new InjectionEvidence(category, start, end, encoding));
                categories.Add(category);
                if (evidence.Count > 256)
                {
                    return;
                }
            }
        }
    }
}
