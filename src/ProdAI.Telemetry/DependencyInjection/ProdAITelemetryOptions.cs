using ProdAI.Telemetry.Content;
using ProdAI.Telemetry.Models;

namespace ProdAI.Telemetry;

/// <summary>Options of ProdAI.Telemetry, bound from <c>ProdAI:Telemetry</c>.</summary>
public class ProdAITelemetryOptions
{
    /// <summary>The configuration section these options are usually bound from.</summary>
    public const string SectionName = "ProdAI:Telemetry";

    /// <summary>Gets or sets a value indicating whether the embedded default catalog is the base of the model catalog.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool IncludeDefaultCatalog { get; set; } = true;

    /// <summary>Gets or sets the path of a LiteLLM <c>model_prices_and_context_window.json</c> merged over the default catalog.</summary>
    public string? LiteLlmPricesPath { get; set; }

    /// <summary>Gets the models merged over the catalog last: an entry with an existing id changes only the properties it sets.</summary>
    public IList<ModelDefinition> Models { get; } = [];

    /// <summary>Gets the content capture settings (off by default).</summary>
    public ContentCaptureOptions ContentCapture { get; } = new();

    /// <summary>Builds the model catalog these options describe.</summary>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidOperationException">A model definition is invalid.</exception>
    /// <exception cref="InvalidDataException">The LiteLLM file cannot be read.</exception>
    public ModelCatalog BuildCatalog()
    {
        if (IncludeDefaultCatalog && Models.Count == 0 && string.IsNullOrWhiteSpace(LiteLlmPricesPath))
        {
            return ModelCatalog.Default; // nothing to merge: share the embedded catalog instead of parsing it again
        }

        IEnumerable<ModelDefinition> definitions = IncludeDefaultCatalog ? ModelCatalog.LoadEmbeddedDefinitions() : [];
        if (!string.IsNullOrWhiteSpace(LiteLlmPricesPath))
        {
            try
            {
                using FileStream stream = File.OpenRead(LiteLlmPricesPath);
                DateTime written = File.GetLastWriteTimeUtc(LiteLlmPricesPath);
                definitions = definitions.Concat(LiteLlmModelPrices.Parse(stream, "litellm-" + written.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(written)));
            }
            catch (IOException ex)
            {
                throw new InvalidDataException($"The LiteLLM price file '{LiteLlmPricesPath}' cannot be read: {ex.Message}", ex);
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new InvalidDataException($"The LiteLLM price file '{LiteLlmPricesPath}' cannot be read: {ex.Message}", ex);
            }
        }

        return ModelCatalog.Create(definitions.ToList(), Models);
    }
}
