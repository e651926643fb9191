using ProdAI.Guardrails.Normalization;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>The verdict of <see cref="PromptInjectionDetector"/>. Holds spans, never a copy of the text.</summary>
public sealed class PromptInjectionResult
{
    internal PromptInjectionResult(double score, double threshold, IReadOnlyList<InjectionEvidence> evidence, NormalizationFindings findings)
    {
        Score = score;
        Threshold = threshold;
        Evidence = evidence;
        Findings = findings;
        Categories = [.. evidence.Select(e => e.Category).Distinct()];
    }

    /// <summary>Gets the calibrated score in [0, 1]: the estimated probability that the text is an attack.</summary>
    public double Score { get; }

    /// <summary>Gets the threshold the score was compared with.</summary>
    public double Threshold { get; }

    /// <summary>Gets a value indicating whether the score reached the threshold.</summary>
    public bool IsInjection => Score >= Threshold;

    /// <summary>Gets the categories found.</summary>
    public IReadOnlyList<InjectionCategory> Categories { get; }

    /// <summary>Gets the evidence, with spans in the original text.</summary>
    public IReadOnlyList<InjectionEvidence> Evidence { get; }

    /// <summary>Gets what normalisation found (invisible characters, look-alikes, encoded payloads …).</summary>
    public NormalizationFindings Findings { get; }

    /// <summary>
    /// Gets a value indicating whether the second model (<see cref="IAsyncPromptInjectionClassifier"/>) failed and the
    /// verdict is the fast layers' alone (<see cref="ModelFailureMode.FailOpen"/>).
    /// </summary>
    public bool ModelUnavailable { get; internal init; }

    /// <summary>Gets the normalised text that was scanned (for a second model; never logged).</summary>
    internal string NormalizedText { get; init; } = string.Empty;
}
