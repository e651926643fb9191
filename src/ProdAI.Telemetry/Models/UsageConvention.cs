namespace ProdAI.Telemetry.Models;

/// <summary>
/// How a provider's client reports token usage in <c>UsageDetails</c>. ProdAI normalises every convention to one
/// shape: input = uncached + cache read + cache write, and reasoning is part of output.
/// </summary>
[Flags]
public enum UsageConvention
{
    /// <summary>
    /// The Microsoft.Extensions.AI convention, used by OpenAI and Gemini: input includes cached (read and written)
    /// tokens, and output includes reasoning tokens.
    /// </summary>
    Standard = 0,

    /// <summary>Input excludes tokens read from the prompt cache (Anthropic's <c>cache_read_input_tokens</c>).</summary>
    InputExcludesCacheReads = 1,

    /// <summary>Input excludes tokens written to the prompt cache (Anthropic's <c>cache_creation_input_tokens</c>).</summary>
    InputExcludesCacheWrites = 2,

    /// <summary>Output excludes reasoning tokens, which are reported separately (Gemini's native <c>thoughtsTokenCount</c>).</summary>
    OutputExcludesReasoning = 4,

    /// <summary>Anthropic's convention: input excludes both cache reads and cache writes.</summary>
    Anthropic = InputExcludesCacheReads | InputExcludesCacheWrites,
}
