namespace ProdAI.Guardrails.Pipeline;

/// <summary>What the guardrails found and did for one call; in <c>ChatResponse.AdditionalProperties["prodai.guardrails"]</c>.</summary>
public sealed class GuardrailsReport
{
    /// <summary>Gets the findings.</summary>
    public IReadOnlyList<GuardrailFinding> Findings { get; init; } = [];

    /// <summary>Gets a value indicating whether the output was replaced by the safe message.</summary>
    public bool OutputBlocked { get; init; }

    /// <summary>Gets a value indicating whether anything was flagged, redacted or blocked.</summary>
    public bool HasFindings => Findings.Count > 0;
}
