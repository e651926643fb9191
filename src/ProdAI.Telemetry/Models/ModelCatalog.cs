using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProdAI.Telemetry.Models;

/// <summary>
/// An immutable <see cref="IModelCatalog"/>. <see cref="Default"/> holds the embedded catalog of current OpenAI,
/// Anthropic, Google, Mistral and Meta models; <see cref="Create"/> builds one from definitions, for example the
/// embedded catalog overridden from configuration or a LiteLLM price file (<see cref="LiteLlmModelPrices"/>).
/// </summary>
public sealed class ModelCatalog : IModelCatalog
{
    private const int MaxCachedLookups = 4096;
    private const string EmbeddedResourceName = "ProdAI.Telemetry.default-models.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Lazy<ModelCatalog> DefaultCatalog = new(() => Create(LoadEmbeddedDefinitions()));

    private readonly FrozenDictionary<string, ModelInfo> _byName;
    private readonly (string Prefix, ModelInfo Model)[] _patterns;
    private readonly ConcurrentDictionary<string, ModelInfo?> _lookups = new(StringComparer.OrdinalIgnoreCase);

    private ModelCatalog(IReadOnlyCollection<ModelInfo> models)
    {
        Models = models;
        var byName = new Dictionary<string, ModelInfo>(StringComparer.OrdinalIgnoreCase);
        var patterns = new List<(string, ModelInfo)>();
        foreach (ModelInfo model in models)
        {
            byName[model.Id] = model;
        }

        foreach (ModelInfo model in models)
        {
            foreach (string alias in model.Aliases)
            {
                if (alias.EndsWith('*'))
                {
                    patterns.Add((alias[..^1], model));
                }
                else
                {
                    byName.TryAdd(alias, model);
                }
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _patterns = [.. patterns.OrderByDescending(p => p.Item1.Length)];
    }

    /// <summary>Gets the embedded default catalog (see <c>Models/default-models.json</c> for its sources and date).</summary>
    public static ModelCatalog Default => DefaultCatalog.Value;

    /// <inheritdoc />
    public IReadOnlyCollection<ModelInfo> Models { get; }

    /// <summary>Reads the embedded default catalog's definitions, to merge overrides into.</summary>
    /// <returns>The embedded definitions.</returns>
    public static IReadOnlyList<ModelDefinition> LoadEmbeddedDefinitions()
    {
        using Stream stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded model catalog '{EmbeddedResourceName}' is missing from the assembly.");
        return ReadDefinitions(stream);
    }

    /// <summary>Reads model definitions from a JSON document of the shape <c>{"models": [ … ]}</c>.</summary>
    /// <param name="utf8Json">The JSON stream.</param>
    /// <returns>The definitions.</returns>
    /// <exception cref="InvalidDataException">The stream is not a valid catalog document.</exception>
    public static IReadOnlyList<ModelDefinition> ReadDefinitions(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            CatalogDocument? document = JsonSerializer.Deserialize<CatalogDocument>(utf8Json, JsonOptions);
            return document?.Models ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The model catalog is not valid JSON of the shape {{\"models\": [...]}}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Builds a catalog from <paramref name="definitions"/>, then applies <paramref name="overrides"/> on top: an
    /// override with the id of an existing model changes only the properties it sets; another id adds a model.
    /// </summary>
    /// <param name="definitions">The base definitions.</param>
    /// <param name="overrides">Definitions merged over the base, or <see langword="null"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidOperationException">A definition is invalid; the message names the model and the field.</exception>
    public static ModelCatalog Create(IEnumerable<ModelDefinition> definitions, IEnumerable<ModelDefinition>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var merged = new Dictionary<string, ModelDefinition>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (ModelDefinition definition in definitions.Concat(overrides ?? []))
        {
            ArgumentNullException.ThrowIfNull(definition);
            if (string.IsNullOrWhiteSpace(definition.Id))
            {
                throw new InvalidOperationException("A model definition has no Id. Set 'Id' on every model entry.");
            }

            string id = definition.Id.Trim();
            if (merged.TryGetValue(id, out ModelDefinition? existing))
            {
                merged[id] = existing.MergeWith(definition);
            }
            else
            {
                merged[id] = definition;
                order.Add(id);
            }
        }

        return new ModelCatalog([.. order.Select(id => merged[id].ToModelInfo())]);
    }

    /// <inheritdoc />
    public bool TryGetModel(string? modelId, [NotNullWhen(true)] out ModelInfo? model)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            model = null;
            return false;
        }

        if (_byName.TryGetValue(modelId, out model))
        {
            return true;
        }

        if (_lookups.TryGetValue(modelId, out model))
        {
            return model is not null;
        }

        model = Find(modelId);
        if (_lookups.Count < MaxCachedLookups)
        {
            _lookups.TryAdd(modelId, model);
        }

        return model is not null;
    }

    private ModelInfo? Find(string modelId)
    {
        string id = modelId.Trim();
        int slash = id.LastIndexOf('/');
        if (slash >= 0 && slash < id.Length - 1)
        {
            id = id[(slash + 1)..];
        }

        // Bedrock / Vertex style suffixes: "anthropic.claude-3-haiku-20240307-v1:0", "claude-sonnet-4@20250514".
        int at = id.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            id = id[..at];
        }

        if (_byName.TryGetValue(id, out ModelInfo? model))
        {
            return model;
        }

        string undated = StripDateSuffix(id);
        if (!ReferenceEquals(undated, id) && _byName.TryGetValue(undated, out model))
        {
            return model;
        }

        foreach ((string prefix, ModelInfo candidate) in _patterns)
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    // Removes a trailing snapshot date: -2024-08-06, -20250514, -0613 is left alone (it is part of old OpenAI ids).
    private static string StripDateSuffix(string id)
    {
        ReadOnlySpan<char> s = id;
        if (s.Length > 11 && s[^11] == '-' && s[^6] == '-' && s[^3] == '-' && AllDigits(s[^10..^6]) && AllDigits(s[^5..^3]) && AllDigits(s[^2..]))
        {
            return id[..^11];
        }

        if (s.Length > 9 && s[^9] == '-' && AllDigits(s[^8..]) && s[^8] == '2')
        {
            return id[..^9];
        }

        return id;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class CatalogDocument
    {
        public string? Source { get; set; }

        public string? Retrieved { get; set; }

        public List<ModelDefinition>? Models { get; set; }
    }
}
