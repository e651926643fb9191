namespace ProdAI.Guardrails.Pipeline;

/// <summary>What a guardrail check does when it finds something.</summary>
public enum GuardrailAction
{
    /// <summary>The check does not run.</summary>
    Off,

    /// <summary>Record the finding (report, metric, span event) and let the call go on.</summary>
    Flag,

    /// <summary>Refuse: input is rejected with <see cref="GuardrailViolationException"/>; output is replaced by the safe message.</summary>
    Block,

    /// <summary>Replace the finding with a typed placeholder (PII) and go on; for checks that cannot redact, the same as <see cref="Block"/>.</summary>
    Redact,
}
