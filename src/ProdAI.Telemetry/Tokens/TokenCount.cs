namespace ProdAI.Telemetry.Tokens;

/// <summary>The result of counting tokens.</summary>
/// <param name="Tokens">The number of tokens.</param>
/// <param name="IsEstimated">
/// <see langword="true"/> when the count is an estimate: the model's tokenizer is not shipped with ProdAI (Claude,
/// Gemini, Llama …), or the input held content whose token cost the provider computes its own way (images, tool schemas).
/// </param>
/// <param name="Encoding">The tiktoken encoding used to count (for example <c>o200k_base</c>).</param>
public readonly record struct TokenCount(long Tokens, bool IsEstimated, string Encoding);
