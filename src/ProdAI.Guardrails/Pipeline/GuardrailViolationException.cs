using ProdAI.Telemetry;
using ProdAI.Telemetry.Attribution;

namespace ProdAI.Guardrails.Pipeline;

/// <summary>
/// A guardrail refused a request: <c>prompt_injection</c>, <c>pii_blocked</c> or <c>input_too_large</c>. The message and
/// the findings hold categories and spans, never the offending text.
/// </summary>
public sealed class GuardrailViolationException : ProdAIException
{
    /// <summary>Initializes a new instance of the <see cref="GuardrailViolationException"/> class.</summary>
    /// <param name="code">The stable error code.</param>
    /// <param name="message">What was refused and why (no prompt text).</param>
    /// <param name="findings">The findings that caused the refusal.</param>
    /// <param name="scope">The call's attribution.</param>
    public GuardrailViolationException(string code, string message, IReadOnlyList<GuardrailFinding> findings, CallAttribution? scope = null)
        : base(code, message, scope)
    {
        Findings = findings;
    }

    /// <summary>Gets the findings that caused the refusal.</summary>
    public IReadOnlyList<GuardrailFinding> Findings { get; }
}
