using ProdAI.Telemetry.Usage;

namespace ProdAI.Telemetry.Cost;

/// <summary>
/// The usage and cost of one chat call, found in <c>ChatResponse.AdditionalProperties[</c><see cref="ProdAIPropertyNames.Cost"/><c>]</c>
/// (and on the last update of a stream).
/// </summary>
public sealed class ChatCost
{
    /// <summary>Initializes a new instance of the <see cref="ChatCost"/> class.</summary>
    /// <param name="modelId">The model id that was priced (the catalog's canonical id when it was found).</param>
    /// <param name="usage">The normalised usage.</param>
    public ChatCost(string? modelId, NormalizedUsage usage)
    {
        ModelId = modelId;
        Usage = usage;
    }

    /// <summary>Gets the model id that was priced, or <see langword="null"/> when none was known.</summary>
    public string? ModelId { get; }

    /// <summary>Gets the provider of the model, when the model is in the catalog.</summary>
    public string? Provider { get; init; }

    /// <summary>Gets the normalised usage.</summary>
    public NormalizedUsage Usage { get; }

    /// <summary>Gets the cost by bucket, or <see langword="null"/> when the call could not be priced.</summary>
    public CostBreakdown? Breakdown { get; init; }

    /// <summary>
    /// Gets the total cost, or <see langword="null"/> when the call could not be priced (unknown model, invalid usage):
    /// an unpriced call is never reported as free. <see cref="Diagnostic"/> says why.
    /// </summary>
    public decimal? Total => Breakdown?.Total;

    /// <summary>Gets the ISO 4217 currency of <see cref="Total"/>.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>Gets the version of the prices used.</summary>
    public string? PriceVersion { get; init; }

    /// <summary>Gets a value indicating whether the usage, and so the cost, is an estimate.</summary>
    public bool IsEstimated => Usage.IsEstimated;

    /// <summary>Gets why the call is unpriced or estimated, when it is; <see langword="null"/> otherwise.</summary>
    public string? Diagnostic { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        Total is decimal total
            ? $"{ModelId}: {total:0.######} {Currency} ({Usage.InputTokens} in, {Usage.OutputTokens} out{(IsEstimated ? ", estimated" : string.Empty)})"
            : $"{ModelId ?? "(no model)"}: unpriced ({Diagnostic})";
}
