using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace ProdAI.Testing;

/// <summary>
/// An <see cref="IChatClient"/> that plays a script, for tests: each call takes the next queued
/// <see cref="ScriptedResponse"/>, or asks <see cref="Responder"/> when the queue is empty. Replies carry usage; delays
/// run on the given <see cref="TimeProvider"/> (use <c>FakeTimeProvider</c> to control them); failures include HTTP 429
/// with Retry-After and failures in the middle of a stream. Thread-safe.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<ScriptedCall> _calls = new();
    private readonly TimeProvider _timeProvider;
    private readonly ChatClientMetadata _metadata;
    private int _callCount;

    /// <summary>Initializes a new instance of the <see cref="ScriptedChatClient"/> class.</summary>
    /// <param name="modelId">The model id the client reports (its default model).</param>
    /// <param name="timeProvider">The clock for latencies; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="providerName">The provider name the client reports.</param>
    public ScriptedChatClient(string modelId = "gpt-4o-mini", TimeProvider? timeProvider = null, string providerName = "scripted")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ModelId = modelId;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _metadata = new ChatClientMetadata(providerName, null, modelId);
    }

    /// <summary>Gets the model id the client reports.</summary>
    public string ModelId { get; }

    /// <summary>Gets or sets the responder used when the script is empty; when <see langword="null"/>, an empty script fails the call with <see cref="InvalidOperationException"/>.</summary>
    public Func<IEnumerable<ChatMessage>, ChatOptions?, ScriptedResponse>? Responder { get; set; }

    /// <summary>Gets or sets a value indicating whether calls are recorded in <see cref="Calls"/>.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool RecordCalls { get; set; } = true;

    /// <summary>Gets the calls received, in order (when <see cref="RecordCalls"/> is on).</summary>
    public IReadOnlyList<ScriptedCall> Calls => [.. _calls];

    /// <summary>Gets the number of calls received.</summary>
    public int CallCount => Volatile.Read(ref _callCount);

    /// <summary>Gets the number of steps still queued.</summary>
    public int Remaining => _script.Count;

    /// <summary>Queues steps.</summary>
    /// <param name="steps">The steps, in order.</param>
    /// <returns>This client, for chaining.</returns>
    public ScriptedChatClient Enqueue(params ScriptedResponse[] steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        foreach (ScriptedResponse step in steps)
        {
            ArgumentNullException.ThrowIfNull(step);
            _script.Enqueue(step);
        }

        return this;
    }

    /// <summary>Queues a reply with usage.</summary>
    /// <param name="text">The reply text.</param>
    /// <param name="inputTokens">The input tokens reported, or <see langword="null"/> for no usage.</param>
    /// <param name="outputTokens">The output tokens reported.</param>
    /// <returns>This client, for chaining.</returns>
    public ScriptedChatClient ReplyWith(string text, long? inputTokens = null, long outputTokens = 0) => Enqueue(ScriptedResponse.Reply(text, inputTokens, outputTokens));

    /// <summary>Queues a failure.</summary>
    /// <param name="exception">The exception to throw.</param>
    /// <returns>This client, for chaining.</returns>
    public ScriptedChatClient FailWith(Exception exception) => Enqueue(ScriptedResponse.Fail(exception));

    /// <summary>Queues an HTTP 429 failure with Retry-After.</summary>
    /// <param name="retryAfter">The Retry-After delay.</param>
    /// <returns>This client, for chaining.</returns>
    public ScriptedChatClient RateLimitWith(TimeSpan retryAfter) => Enqueue(ScriptedResponse.RateLimited(retryAfter));

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ScriptedResponse step = Next(messages, options, streaming: false);
        if (step.Latency > TimeSpan.Zero)
        {
            await Task.Delay(step.Latency, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (step.Exception is not null)
        {
            throw step.Exception;
        }

        return new ChatResponse(new ChatMessage(ChatRole.Assistant, step.Text))
        {
            ModelId = step.ModelId ?? ModelId,
            FinishReason = step.FinishReason,
            Usage = step.Usage,
            ResponseId = "scripted-" + CallCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AdditionalProperties = step.AdditionalProperties?.Clone(),
        };
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ScriptedResponse step = Next(messages, options, streaming: true);
        if (step.Latency > TimeSpan.Zero)
        {
            await Task.Delay(step.Latency, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (step.Exception is not null && step.FailAfterChunks is null)
        {
            throw step.Exception;
        }

        string responseId = "scripted-" + CallCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        IReadOnlyList<string> chunks = step.Chunks ?? [step.Text];
        for (int i = 0; i < chunks.Count; i++)
        {
            if (step.Exception is not null && i == step.FailAfterChunks)
            {
                throw step.Exception;
            }

            if (i > 0 && step.ChunkLatency > TimeSpan.Zero)
            {
                await Task.Delay(step.ChunkLatency, _timeProvider, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate(ChatRole.Assistant, chunks[i]) { ModelId = step.ModelId ?? ModelId, ResponseId = responseId };
        }

        if (step.Exception is not null)
        {
            throw step.Exception;
        }

        var final = new ChatResponseUpdate
        {
            Role = ChatRole.Assistant,
            ModelId = step.ModelId ?? ModelId,
            ResponseId = responseId,
            FinishReason = step.FinishReason,
            AdditionalProperties = step.AdditionalProperties?.Clone(),
        };
        if (step.Usage is not null)
        {
            final.Contents.Add(new UsageContent(step.Usage));
        }

        yield return final;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private ScriptedResponse Next(IEnumerable<ChatMessage> messages, ChatOptions? options, bool streaming)
    {
        ArgumentNullException.ThrowIfNull(messages);
        Interlocked.Increment(ref _callCount);
        if (RecordCalls)
        {
            _calls.Enqueue(new ScriptedCall([.. messages], options, streaming));
        }

        if (_script.TryDequeue(out ScriptedResponse? step))
        {
            return step;
        }

        return Responder?.Invoke(messages, options)
            ?? throw new InvalidOperationException("The ScriptedChatClient's script is empty and no Responder is set: queue more steps with Enqueue/ReplyWith, or set Responder.");
    }
}
