namespace ProdAI.Guardrails.Pipeline;

/// <summary>One thing a guardrail found. Spans only; never a copy of the text.</summary>
/// <param name="Check">The check: <c>prompt_injection</c>, <c>indirect_injection</c>, <c>input_pii</c>, <c>output_pii</c>, <c>canary_leak</c>.</param>
/// <param name="Kind">The injection category or PII entity type.</param>
/// <param name="Action">The action taken.</param>
/// <param name="MessageIndex">The index of the message (input) or -1 for output.</param>
/// <param name="Start">Start of the span in that message's text.</param>
/// <param name="End">End (exclusive) of the span.</param>
/// <param name="Score">The score behind the finding.</param>
public readonly record struct GuardrailFinding(string Check, string Kind, GuardrailAction Action, int MessageIndex, int Start, int End, double Score);
