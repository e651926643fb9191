using Microsoft.Extensions.AI;

namespace ProdAI.Routing;

/// <summary>
/// How a cascade judges an answer before returning it: the validator and the confidence signal. When either rejects the
/// answer of a cheaper deployment, the router asks the next candidate (the next tier up), at most
/// <see cref="MaxEscalations"/> times; the last answer is returned whatever it is.
/// </summary>
public sealed class CascadeOptions
{
    /// <summary>Gets or sets the output validator: returns <see langword="true"/> to accept an answer. Defaults to <see cref="CascadeValidators.Default"/>.</summary>
    public Func<CascadeArguments, ValueTask<bool>> Accept { get; set; } = CascadeValidators.Default;

    /// <summary>
    /// Gets or sets the lowest confidence accepted, read from the response's <see cref="ConfidenceProperty"/> (a number in
    /// [0, 1], for example a provider's mean token probability or a self-rating); <see langword="null"/> ignores confidence.
    /// An answer without the property is not rejected for it.
    /// </summary>
    public double? MinConfidence { get; set; }

    /// <summary>Gets or sets the response property holding the confidence. Defaults to <c>prodai.confidence</c>.</summary>
    public string ConfidenceProperty { get; set; } = "prodai.confidence";

    /// <summary>Gets or sets the most escalations per request. Defaults to 1 (cheap, then one stronger model).</summary>
    public int MaxEscalations { get; set; } = 1;
}

/// <summary>What a cascade validator sees.</summary>
/// <param name="Response">The answer of the deployment just called.</param>
/// <param name="Deployment">That deployment.</param>
/// <param name="Messages">The request's messages.</param>
/// <param name="Options">The request's options.</param>
/// <param name="CancellationToken">The request's cancellation token.</param>
public sealed record CascadeArguments(ChatResponse Response, ModelDeployment Deployment, IReadOnlyList<ChatMessage> Messages, ChatOptions? Options, CancellationToken CancellationToken);

/// <summary>Ready-made cascade validators.</summary>
public static class CascadeValidators
{
    private static readonly string[] Unsure =
    [
        "i'm not sure", "i am not sure", "i don't know", "i do not know", "i cannot determine", "i can't determine", "unable to determine",
        "i'm unable to", "i am unable to", "i cannot answer", "i can't answer", "not enough information", "i'm not certain", "i am not certain",
    ];

    /// <summary>
    /// Gets the default validator: rejects an empty answer, an answer cut at the length limit, an answer that says it is not
    /// sure or cannot answer, and an answer that is not valid JSON when the request asked for JSON.
    /// </summary>
    public static Func<CascadeArguments, ValueTask<bool>> Default { get; } = args => ValueTask.FromResult(IsAcceptable(args.Response, args.Options));

    /// <summary>Returns whether an answer passes the default checks.</summary>
    /// <param name="response">The answer.</param>
    /// <param name="options">The request's options.</param>
    /// <returns><see langword="true"/> when acceptable.</returns>
    public static bool IsAcceptable(ChatResponse response, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.FinishReason == ChatFinishReason.Length || response.FinishReason == ChatFinishReason.ContentFilter)
        {
            return false;
        }

        if (response.Messages.Any(m => m.Contents.Any(c => c is FunctionCallContent)))
        {
            return true;
        }

        string text = response.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        ReadOnlySpan<char> head = text.AsSpan(0, Math.Min(text.Length, 400));
        foreach (string phrase in Unsure)
        {
            if (head.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (options?.ResponseFormat is ChatResponseFormatJson)
        {
            try
            {
                using var _ = System.Text.Json.JsonDocument.Parse(text, new System.Text.Json.JsonDocumentOptions { MaxDepth = 256 });
            }
            catch (System.Text.Json.JsonException)
            {
                return false;
            }
        }

        return true;
    }
}
