using Microsoft.Extensions.AI;

namespace ProdAI.Testing;

/// <summary>One scripted step of a <see cref="ScriptedChatClient"/>: a reply (whole or streamed), a failure, or both.</summary>
public sealed class ScriptedResponse
{
    /// <summary>Gets the reply text. For streaming without <see cref="Chunks"/>, it is streamed as one chunk.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Gets the chunks a streaming call yields, in order; <see langword="null"/> streams <see cref="Text"/> as one chunk.</summary>
    public IReadOnlyList<string>? Chunks { get; init; }

    /// <summary>Gets the usage reported with the reply (on the response, or as a final <see cref="UsageContent"/> update when streaming); <see langword="null"/> reports none.</summary>
    public UsageDetails? Usage { get; init; }

    /// <summary>Gets the model id reported; the client's model id when <see langword="null"/>.</summary>
    public string? ModelId { get; init; }

    /// <summary>Gets the finish reason reported.</summary>
    public ChatFinishReason? FinishReason { get; init; } = ChatFinishReason.Stop;

    /// <summary>Gets the delay before the reply (or before the first chunk), measured on the client's <see cref="TimeProvider"/>.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Gets the delay between streamed chunks, measured on the client's <see cref="TimeProvider"/>.</summary>
    public TimeSpan ChunkLatency { get; init; }

    /// <summary>Gets the exception to throw. With <see cref="FailAfterChunks"/> set, it is thrown mid-stream; otherwise instead of replying.</summary>
    public Exception? Exception { get; init; }

    /// <summary>Gets the number of chunks streamed before <see cref="Exception"/> is thrown; <see langword="null"/> throws before any output.</summary>
    public int? FailAfterChunks { get; init; }

    /// <summary>Gets extra properties put on the response.</summary>
    public AdditionalPropertiesDictionary? AdditionalProperties { get; init; }

    /// <summary>Creates a reply.</summary>
    /// <param name="text">The text.</param>
    /// <param name="inputTokens">The input tokens reported, or <see langword="null"/> for no usage.</param>
    /// <param name="outputTokens">The output tokens reported.</param>
    /// <returns>The step.</returns>
    public static ScriptedResponse Reply(string text, long? inputTokens = null, long outputTokens = 0) => new()
    {
        Text = text,
        Usage = inputTokens is null ? null : new UsageDetails { InputTokenCount = inputTokens, OutputTokenCount = outputTokens, TotalTokenCount = inputTokens + outputTokens },
    };

    /// <summary>Creates a failure.</summary>
    /// <param name="exception">The exception to throw.</param>
    /// <returns>The step.</returns>
    public static ScriptedResponse Fail(Exception exception) => new() { Exception = exception };

    /// <summary>Creates an HTTP 429 failure with a Retry-After delay (<see cref="ScriptedRateLimitException"/>).</summary>
    /// <param name="retryAfter">The Retry-After delay the "provider" asks for.</param>
    /// <returns>The step.</returns>
    public static ScriptedResponse RateLimited(TimeSpan retryAfter) => new() { Exception = new ScriptedRateLimitException(retryAfter) };
}
