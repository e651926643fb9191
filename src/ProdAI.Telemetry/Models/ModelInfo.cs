namespace ProdAI.Telemetry.Models;

/// <summary>What ProdAI knows about a model: provider, limits, prices and how its provider reports usage.</summary>
public sealed class ModelInfo
{
    /// <summary>Initializes a new instance of the <see cref="ModelInfo"/> class.</summary>
    /// <param name="id">The canonical model id, such as <c>gpt-4o</c>.</param>
    /// <param name="provider">The provider, such as <c>openai</c>.</param>
    public ModelInfo(string id, string provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        Id = id;
        Provider = provider;
    }

    /// <summary>Gets the canonical model id.</summary>
    public string Id { get; }

    /// <summary>Gets the provider (<c>openai</c>, <c>anthropic</c>, <c>google</c>, <c>mistral</c>, <c>meta</c> …).</summary>
    public string Provider { get; }

    /// <summary>
    /// Gets other names of the model: exact ids (a dated snapshot, an Azure deployment name) or prefix patterns ending
    /// in <c>*</c> (<c>claude-sonnet-4-5-*</c>).
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Gets the context window in tokens, when known.</summary>
    public long? ContextWindow { get; init; }

    /// <summary>Gets the maximum number of output tokens of one call, when known.</summary>
    public long? MaxOutputTokens { get; init; }

    /// <summary>Gets the prices, or <see langword="null"/> when the model is known but not priced.</summary>
    public ModelPricing? Pricing { get; init; }

    /// <summary>Gets how the model's provider reports usage.</summary>
    public UsageConvention UsageConvention { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Provider}/{Id}";
}
