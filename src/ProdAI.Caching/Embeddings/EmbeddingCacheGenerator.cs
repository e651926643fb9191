using System.ComponentModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using ProdAI.Caching.Internal;

namespace ProdAI.Caching.Embeddings;

/// <summary>
/// Caches embeddings by a hash of the model and the text. A call looks every text up, then sends only the misses to the
/// inner generator in one batch, and stores what comes back; results keep the caller's order. A cache failure falls back
/// to the inner generator.
/// </summary>
public sealed class EmbeddingCacheGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly HybridCache _cache;
    private readonly HybridCacheEntryOptions _entryOptions;
    private readonly string _model;

    /// <summary>Initializes a new instance of the <see cref="EmbeddingCacheGenerator"/> class.</summary>
    /// <param name="innerGenerator">The generator of misses.</param>
    /// <param name="cache">The storage.</param>
    /// <param name="timeToLive">How long an embedding is kept. Default 30 days (embeddings of a fixed model do not go stale).</param>
    public EmbeddingCacheGenerator(IEmbeddingGenerator<string, Embedding<float>> innerGenerator, HybridCache cache, TimeSpan? timeToLive = null)
        : base(innerGenerator)
    {
        ArgumentNullException.ThrowIfNull(cache);
        _cache = cache;
        var ttl = timeToLive ?? TimeSpan.FromDays(30);
        _entryOptions = new HybridCacheEntryOptions { Expiration = ttl, LocalCacheExpiration = ttl };
        var metadata = innerGenerator.GetService(typeof(EmbeddingGeneratorMetadata)) as EmbeddingGeneratorMetadata;
        _model = $"{metadata?.ProviderName}/{metadata?.DefaultModelId}/{metadata?.DefaultModelDimensions}";
    }

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values as IReadOnlyList<string> ?? values.ToList();
        var model = options?.ModelId is null && options?.Dimensions is null ? _model : $"{_model}|{options.ModelId}|{options.Dimensions}";
        var keys = new string[texts.Count];
        var results = new Embedding<float>?[texts.Count];
        var misses = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            keys[i] = CacheKeyBuilder.ForText(texts[i] ?? throw new ArgumentException("A text is null.", nameof(values)), model);
            CachedVector? cached = null;
            try
            {
                cached = await _cache.TryGetAsync<CachedVector>(keys[i], cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failing cache is a miss.
            }

            if (cached?.Values is { Length: > 0 } vector)
            {
                results[i] = new Embedding<float>(vector) { ModelId = cached.ModelId };
            }
            else
            {
                misses.Add(i);
            }
        }

        if (misses.Count > 0)
        {
            var generated = await base.GenerateAsync(misses.Select(i => texts[i]).ToList(), options, cancellationToken).ConfigureAwait(false);
            for (var m = 0; m < misses.Count; m++)
            {
                var embedding = generated[m];
                results[misses[m]] = embedding;
                try
                {
                    await _cache.SetAsync(keys[misses[m]], new CachedVector(embedding.Vector.ToArray(), embedding.ModelId), _entryOptions, null, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Not stored; the caller still gets its embedding.
                }
            }
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        foreach (var embedding in results)
        {
            result.Add(embedding!);
        }

        return result;
    }

    /// <summary>A stored vector; immutable so the memory tier keeps the instance.</summary>
    /// <param name="Values">The vector (never mutated).</param>
    /// <param name="ModelId">The model that made it.</param>
    [ImmutableObject(true)]
    internal sealed record CachedVector(float[] Values, string? ModelId);
}
