using ProdAI.Guardrails.Normalization;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>One piece of evidence: a category and the span of the original text it was found in.</summary>
/// <param name="Category">The category.</param>
/// <param name="Start">Start in the original text (UTF-16 code units).</param>
/// <param name="End">End (exclusive) in the original text.</param>
/// <param name="Encoding">When the evidence was inside an encoded payload, how it was encoded; otherwise <see langword="null"/>.</param>
public readonly record struct InjectionEvidence(InjectionCategory Category, int Start, int End, PayloadEncoding? Encoding = null);
