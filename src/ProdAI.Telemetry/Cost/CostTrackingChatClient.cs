using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Content;
using ProdAI.Telemetry.Internal;
using ProdAI.Telemetry.Models;
using ProdAI.Telemetry.Tokens;

namespace ProdAI.Telemetry.Cost;

/// <summary>
/// A delegating chat client that prices every call: usage from the provider (or counted tokens when it sends none,
/// flagged estimated), normalised across provider conventions, priced from the model catalog, attached to the response
/// as <see cref="ProdAIPropertyNames.Cost"/>, and reported through the <c>ProdAI.Telemetry</c> meter
/// (<c>prodai.telemetry.cost</c>, <c>prodai.telemetry.tokens</c>, <c>prodai.telemetry.unpriced_calls</c>).
/// </summary>
/// <remarks>
/// <para>It records no <c>gen_ai.*</c> instruments: put MEAI's <c>UseOpenTelemetry()</c> outside it for those; ProdAI's
/// cost and attribution tags are then added to that span.</para>
/// <para>Streaming: the cost arrives on one extra final update whose <c>AdditionalProperties</c> hold
/// <see cref="ProdAIPropertyNames.Cost"/> (it has no contents), so <c>ToChatResponse()</c> carries it too. A stream the
/// caller abandons or cancels is still recorded, from the tokens seen so far, flagged estimated.</para>
/// </remarks>
public sealed class CostTrackingChatClient : DelegatingChatClient
{
    private readonly CallCostEvaluator _evaluator;
    private readonly TelemetryInstruments _instruments;
    private readonly ILogger _logger;
    private readonly ChatClientMetadata? _metadata;

    /// <summary>Initializes a new instance of the <see cref="CostTrackingChatClient"/> class.</summary>
    /// <param name="innerClient">The client to price.</param>
    /// <param name="catalog">The model catalog; <see cref="ModelCatalog.Default"/> when <see langword="null"/>.</param>
    /// <param name="tokenCounter">The token counter for estimates; <see cref="TiktokenTokenCounter.Shared"/> when <see langword="null"/>.</param>
    /// <param name="meterFactory">The meter factory; a process-wide meter when <see langword="null"/>.</param>
    /// <param name="logger">The logger, or <see langword="null"/>.</param>
    public CostTrackingChatClient(IChatClient innerClient, IModelCatalog? catalog = null, ITokenCounter? tokenCounter = null, IMeterFactory? meterFactory = null, ILogger? logger = null)
        : base(innerClient)
    {
        _evaluator = new CallCostEvaluator(catalog ?? ModelCatalog.Default, tokenCounter ?? TiktokenTokenCounter.Shared);
        _instruments = TelemetryInstruments.Create(meterFactory);
        _logger = logger ?? NullLogger.Instance;
        _metadata = innerClient.GetService<ChatClientMetadata>();
    }

    /// <summary>Gets or sets the content capture settings. Content is not recorded unless enabled with a redactor.</summary>
    public ContentCaptureOptions ContentCapture { get; set; } = new();

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        CallAttribution attribution = CallAttribution.Resolve(options);
        ChatResponse response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);

        ChatCost cost = CallCostEvaluator.FromProperties(response.AdditionalProperties)
            ?? _evaluator.Evaluate(CallCostEvaluator.ResolveModelId(options, response.ModelId, _metadata), response.Usage, messages, options, response.Messages);
        (response.AdditionalProperties ??= [])[ProdAIPropertyNames.Cost] = cost;
        Record(cost, attribution, messages, response.Messages);
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        CallAttribution attribution = CallAttribution.Resolve(options);
        var state = new StreamAccounting();
        bool completed = false;
        try
        {
            await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                state.Observe(update);
                yield return update;
            }

            completed = true;
        }
        finally
        {
            if (!completed && state.Started)
            {
                // Abandoned, cancelled or failed mid-stream: the provider bills what it produced; record an estimate.
                ChatCost partial = _evaluator.Evaluate(CallCostEvaluator.ResolveModelId(options, state.ModelId, _metadata), null, messages, options, state.OutputMessages());
                Record(partial, attribution, messages, null);
            }
        }

        if (state.InnerCost is not null)
        {
            Record(state.InnerCost, attribution, messages, null);
            yield break;
        }

        ChatCost cost = _evaluator.Evaluate(CallCostEvaluator.ResolveModelId(options, state.ModelId, _metadata), state.Usage, messages, options, state.OutputMessages());
        Record(cost, attribution, messages, state.OutputMessages());
        yield return new ChatResponseUpdate
        {
            ModelId = state.ModelId,
            ResponseId = state.ResponseId,
            AdditionalProperties = new() { [ProdAIPropertyNames.Cost] = cost },
        };
    }

    private void Record(ChatCost cost, CallAttribution attribution, IEnumerable<ChatMessage> input, IList<ChatMessage>? output)
    {
        _instruments.RecordCall(cost, attribution, cost.Provider ?? _metadata?.ProviderName);
        if (cost.Total is null && cost.Diagnostic is not null)
        {
            Log.Unpriced(_logger, cost.ModelId, cost.Diagnostic);
        }

        Activity? activity = Activity.Current;
        if (activity is { IsAllDataRequested: true })
        {
            if (cost.Total is decimal total)
            {
                activity.SetTag(TagNames.CostTotal, (double)total);
                activity.SetTag(TagNames.Currency, cost.Currency);
            }

            activity.SetTag(TagNames.UsageEstimated, cost.IsEstimated);
            activity.SetTag(TagNames.Tenant, attribution.Tenant);
            activity.SetTag(TagNames.User, attribution.User);
            activity.SetTag(TagNames.Feature, attribution.Feature);

            ContentCaptureOptions capture = ContentCapture;
            if (capture.Enabled && capture.Redactor is { } redactor)
            {
                activity.SetTag(TagNames.InputMessages, ContentSerializer.Serialize(input, redactor, capture.MaxLength));
                if (output is not null)
                {
                    activity.SetTag(TagNames.OutputMessages, ContentSerializer.Serialize(output, redactor, capture.MaxLength));
                }
            }
        }
    }
}
