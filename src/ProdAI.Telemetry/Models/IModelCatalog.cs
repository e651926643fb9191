using System.Diagnostics.CodeAnalysis;

namespace ProdAI.Telemetry.Models;

/// <summary>Looks up models by id or alias.</summary>
public interface IModelCatalog
{
    /// <summary>Gets every model in the catalog.</summary>
    IReadOnlyCollection<ModelInfo> Models { get; }

    /// <summary>
    /// Finds the model for <paramref name="modelId"/>: by id or alias (ignoring case), then without a provider prefix
    /// (<c>openai/</c>, <c>models/</c>), then without a snapshot date suffix, then by the longest matching alias pattern.
    /// </summary>
    /// <param name="modelId">The model id a provider reported or a request asked for.</param>
    /// <param name="model">The model, when found.</param>
    /// <returns><see langword="true"/> when the model was found.</returns>
    bool TryGetModel(string? modelId, [NotNullWhen(true)] out ModelInfo? model);
}
