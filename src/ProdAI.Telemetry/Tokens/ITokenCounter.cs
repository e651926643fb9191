using Microsoft.Extensions.AI;

namespace ProdAI.Telemetry.Tokens;

/// <summary>Counts tokens the way a model's provider bills them.</summary>
public interface ITokenCounter
{
    /// <summary>Counts the tokens of <paramref name="text"/> for <paramref name="modelId"/>.</summary>
    /// <param name="modelId">The model id (for example <c>gpt-4o</c>), or <see langword="null"/> for the default encoding.</param>
    /// <param name="text">The text to count.</param>
    /// <returns>The count; flagged estimated when the model's tokenizer is not shipped.</returns>
    TokenCount CountTokens(string? modelId, ReadOnlySpan<char> text);

    /// <summary>
    /// Counts the prompt tokens of a chat request: every message with its per-message overhead, the instructions and
    /// the tool definitions in <paramref name="options"/>, and the tokens that prime the reply.
    /// </summary>
    /// <param name="modelId">The model id, or <see langword="null"/> for the default encoding.</param>
    /// <param name="messages">The messages of the request.</param>
    /// <param name="options">The request options, or <see langword="null"/>.</param>
    /// <returns>The count; flagged estimated when the model's tokenizer is not shipped or non-text content was present.</returns>
    TokenCount CountTokens(string? modelId, IEnumerable<ChatMessage> messages, ChatOptions? options = null);
}
