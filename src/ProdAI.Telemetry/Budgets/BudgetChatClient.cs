using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Cost;
using ProdAI.Telemetry.Internal;
using ProdAI.Telemetry.Models;
using ProdAI.Telemetry.Tokens;

namespace ProdAI.Telemetry.Budgets;

/// <summary>
/// A delegating chat client that enforces budgets: before each call it reserves the call's worst-case cost (input tokens
/// at the input price plus the maximum output tokens at the output price) against every limit that applies to the
/// call's attribution; after the call it settles the actual cost; on failure or cancellation before any output it
/// releases the reservation. A hard limit refuses the call with <see cref="BudgetExceededException"/>.
/// </summary>
/// <remarks>
/// Because admission reserves the worst case atomically, concurrent calls can never commit more than the limit;
/// spend can pass it only when a call costs more than its reservation (a provider ignoring the output cap).
/// A stream that fails or is abandoned after output began is settled at the estimated cost of what was produced.
/// </remarks>
public sealed class BudgetChatClient : DelegatingChatClient
{
    private const int MaxPendingSettlements = 10_000;

    private readonly IBudgetLedger _ledger;
    private readonly BudgetOptions _options;
    private readonly CallCostEvaluator _evaluator;
    private readonly TelemetryInstruments _instruments;
    private readonly ILogger _logger;
    private readonly ChatClientMetadata? _metadata;
    private readonly System.Collections.Concurrent.ConcurrentQueue<(BudgetReservation Reservation, decimal Amount)> _pending = new();

    /// <summary>Initializes a new instance of the <see cref="BudgetChatClient"/> class.</summary>
    /// <param name="innerClient">The client to budget.</param>
    /// <param name="ledger">The ledger that holds spend and reservations.</param>
    /// <param name="options">The budget options (the ledger's limits are read by the ledger).</param>
    /// <param name="catalog">The model catalog; <see cref="ModelCatalog.Default"/> when <see langword="null"/>.</param>
    /// <param name="tokenCounter">The token counter; <see cref="TiktokenTokenCounter.Shared"/> when <see langword="null"/>.</param>
    /// <param name="meterFactory">The meter factory, or <see langword="null"/>.</param>
    /// <param name="logger">The logger, or <see langword="null"/>.</param>
    public BudgetChatClient(IChatClient innerClient, IBudgetLedger ledger, BudgetOptions options, IModelCatalog? catalog = null, ITokenCounter? tokenCounter = null, IMeterFactory? meterFactory = null, ILogger? logger = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(options);
        _ledger = ledger;
        _options = options;
        _evaluator = new CallCostEvaluator(catalog ?? ModelCatalog.Default, tokenCounter ?? TiktokenTokenCounter.Shared);
        _instruments = TelemetryInstruments.Create(meterFactory);
        _logger = logger ?? NullLogger.Instance;
        _metadata = innerClient.GetService<ChatClientMetadata>();
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        CallAttribution attribution = CallAttribution.Resolve(options);
        Admission admission = await AdmitAsync(messages, options, attribution, cancellationToken).ConfigureAwait(false);

        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ReleaseAsync(admission).ConfigureAwait(false);
            throw;
        }

        ChatCost cost = CallCostEvaluator.FromProperties(response.AdditionalProperties)
            ?? _evaluator.Evaluate(CallCostEvaluator.ResolveModelId(options, response.ModelId, _metadata), response.Usage, messages, options, response.Messages);
        decimal settled = await SettleAsync(admission, cost).ConfigureAwait(false);
        AdditionalPropertiesDictionary props = response.AdditionalProperties ??= [];
        props[ProdAIPropertyNames.Cost] = cost;
        props[ProdAIPropertyNames.Budget] = admission.ToOutcome(settled);
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        CallAttribution attribution = CallAttribution.Resolve(options);
        Admission admission = await AdmitAsync(messages, options, attribution, cancellationToken).ConfigureAwait(false);
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
            if (!completed)
            {
                if (state.Started)
                {
                    // Output was produced and is billed: settle what was seen, never leak the reservation.
                    ChatCost partial = _evaluator.Evaluate(CallCostEvaluator.ResolveModelId(options, state.ModelId, _metadata), state.Usage, messages, options, state.OutputMessages());
                    await SettleAsync(admission, partial).ConfigureAwait(false);
                }
                else
                {
                    await ReleaseAsync(admission).ConfigureAwait(false);
                }
            }
        }

        ChatCost cost = state.InnerCost
            ?? _evaluator.Evaluate(CallCostEvaluator.ResolveModelId(options, state.ModelId, _metadata), state.Usage, messages, options, state.OutputMessages());
        decimal settled = await SettleAsync(admission, cost).ConfigureAwait(false);
        yield return new ChatResponseUpdate
        {
            ModelId = state.ModelId,
            ResponseId = state.ResponseId,
            AdditionalProperties = new()
            {
                [ProdAIPropertyNames.Cost] = cost,
                [ProdAIPropertyNames.Budget] = admission.ToOutcome(settled),
            },
        };
    }

    private async ValueTask<Admission> AdmitAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CallAttribution attribution, CancellationToken cancellationToken)
    {
        if (_options.Limits.Count == 0)
        {
            return Admission.None;
        }

        await DrainPendingAsync().ConfigureAwait(false);

        string? modelId = CallCostEvaluator.ResolveModelId(options, null, _metadata);
        if (!_evaluator.Catalog.TryGetModel(modelId, out ModelInfo? model) || model.Pricing is null)
        {
            if (_options.RejectUnpricedModels)
            {
                throw new ProdAIException(
                    ProdAIErrorCodes.ModelNotPriced,
                    $"Model '{modelId ?? "(none)"}' has no prices in the model catalog, so its budget cannot be enforced. Add it under ProdAI:Telemetry:Models, or set BudgetOptions.RejectUnpricedModels to false.",
                    attribution);
            }

            return Admission.None;
        }

        TokenCount tokens = _evaluator.TokenCounter.CountTokens(modelId, messages, options);
        long inputTokens = tokens.IsEstimated ? (long)Math.Ceiling(tokens.Tokens * _options.EstimatedTokenSafetyFactor) : tokens.Tokens;
        long maxOutput = options?.MaxOutputTokens ?? model.MaxOutputTokens ?? _options.DefaultMaxOutputTokens;
        decimal amount = CostCalculator.WorstCase(model.Pricing, inputTokens, maxOutput);

        BudgetReservation reservation;
        try
        {
            reservation = await _ledger.ReserveAsync(attribution, amount, cancellationToken).ConfigureAwait(false);
        }
        catch (BudgetExceededException ex)
        {
            _instruments.RecordBudgetEvent("hard_limit_rejected", ex.LimitName, attribution);
            Log.HardLimitRejected(_logger, ex.LimitName, attribution.ToString(), ex.Spent + ex.Reserved, ex.Requested, ex.Limit);
            throw;
        }
        catch (BudgetUnavailableException ex)
        {
            _instruments.RecordBudgetEvent("ledger_unavailable", null, attribution);
            if (_options.FailureMode == BudgetFailureMode.FailOpen)
            {
                Log.LedgerUnavailableFailOpen(_logger, ex);
                return Admission.Unbudgeted;
            }

            Log.LedgerUnavailableFailClosed(_logger, ex);
            throw;
        }

        List<string>? softReached = null;
        foreach (BudgetCounterStatus status in reservation.Statuses)
        {
            if (status.Counter.Limit.SoftLimit is decimal soft && status.Committed >= soft)
            {
                (softReached ??= []).Add(status.Counter.Limit.EffectiveName);
                _instruments.RecordBudgetEvent("soft_limit_reached", status.Counter.Limit.EffectiveName, attribution);
                Log.SoftLimitReached(_logger, status.Counter.Limit.EffectiveName, attribution.ToString(), status.Committed, soft, model.Pricing.Currency);
                if (_options.OnSoftLimitReached is { } callback)
                {
                    try
                    {
                        await callback(new BudgetSoftLimitArguments(status, attribution)).ConfigureAwait(false);
                    }
                    catch
                    {
                        await _ledger.ReleaseAsync(reservation, CancellationToken.None).ConfigureAwait(false);
                        throw;
                    }
                }
            }
        }

        return new Admission(reservation, softReached);
    }

    private async ValueTask<decimal> SettleAsync(Admission admission, ChatCost cost)
    {
        if (admission.Reservation is not { } reservation)
        {
            return cost.Total ?? 0m;
        }

        // An unpriced result (invalid usage) settles at the reservation: the conservative amount.
        decimal amount = cost.Total ?? reservation.Amount;
        try
        {
            await _ledger.SettleAsync(reservation, amount, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            reservation.ResetCompletion();
            Enqueue(reservation, amount, ex);
        }

        return amount;
    }

    private async ValueTask ReleaseAsync(Admission admission)
    {
        if (admission.Reservation is not { } reservation)
        {
            return;
        }

        try
        {
            await _ledger.ReleaseAsync(reservation, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The ledger expires the reservation on its own; nothing is spent.
            reservation.ResetCompletion();
            _instruments.RecordBudgetEvent("settle_failed", null, reservation.Attribution);
            Log.SettleFailed(_logger, reservation.Id, reservation.ExpiresAt, ex);
        }
    }

    private void Enqueue(BudgetReservation reservation, decimal amount, Exception ex)
    {
        _instruments.RecordBudgetEvent("settle_failed", null, reservation.Attribution);
        Log.SettleFailed(_logger, reservation.Id, reservation.ExpiresAt, ex);
        if (_pending.Count < MaxPendingSettlements)
        {
            _pending.Enqueue((reservation, amount)); // retried before the next admission, so spend is not lost
        }
    }

    private async ValueTask DrainPendingAsync()
    {
        for (int i = 0; i < 64 && _pending.TryDequeue(out (BudgetReservation Reservation, decimal Amount) item); i++)
        {
            try
            {
                await _ledger.SettleAsync(item.Reservation, item.Amount, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                item.Reservation.ResetCompletion();
                _pending.Enqueue(item);
                Log.SettleFailed(_logger, item.Reservation.Id, item.Reservation.ExpiresAt, ex);
                return;
            }
        }
    }

    private readonly struct Admission(BudgetReservation? reservation, List<string>? softReached, bool unbudgeted = false)
    {
        public static Admission None => default;

        public static Admission Unbudgeted => new(null, null, unbudgeted: true);

        public BudgetReservation? Reservation { get; } = reservation;

        public BudgetOutcome ToOutcome(decimal settled) => new()
        {
            ReservationId = Reservation?.Id,
            Reserved = Reservation?.Amount ?? 0m,
            Settled = settled,
            Unbudgeted = unbudgeted,
            SoftLimitsReached = (IReadOnlyList<string>?)softReached ?? [],
            Statuses = Reservation?.Statuses ?? [],
        };
    }
}
