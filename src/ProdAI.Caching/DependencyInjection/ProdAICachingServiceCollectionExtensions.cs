using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProdAI.Caching;
using ProdAI.Caching.Embeddings;
using ProdAI.Caching.Exact;
using ProdAI.Caching.Internal;
using ProdAI.Caching.Semantic;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ProdAI's caches.</summary>
public static class ProdAICachingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ChatCacheOptions"/> (bound from <c>ProdAI:Caching</c> when <paramref name="configuration"/> is
    /// given), HybridCache with ProdAI's entry serializer (memory only unless an <c>IDistributedCache</c> such as Redis is
    /// registered), and an <see cref="InMemorySemanticCacheStore"/> unless another <see cref="ISemanticCacheStore"/> is.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root or section, or <see langword="null"/>.</param>
    /// <param name="configure">Adjusts the options after binding.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAICaching(this IServiceCollection services, IConfiguration? configuration = null, Action<ChatCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<ChatCacheOptions>();
        if (configuration is not null)
        {
            var section = configuration.GetSection(ChatCacheOptions.SectionName);
            builder.Bind(section.Exists() ? section : configuration);
        }

        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatCacheOptions>, ChatCacheOptionsValidator>());
        services.AddHybridCache().AddSerializer<CachedChatResponse, CachedChatResponseSerializer>();
        services.TryAddSingleton<ISemanticCacheStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ChatCacheOptions>>().Value;
            return new InMemorySemanticCacheStore(options.Semantic.MaxEntries, sp.GetService<TimeProvider>());
        });
        return services;
    }
}

/// <summary>Reports invalid <see cref="ChatCacheOptions"/> (a threshold outside (0, 1], a negative TTL …) as an options validation failure.</summary>
internal sealed class ChatCacheOptionsValidator : IValidateOptions<ChatCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, ChatCacheOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"{ChatCacheOptions.SectionName}: {ex.Message}");
        }
    }
}

/// <summary>Adds ProdAI's caches to chat and embedding pipelines.</summary>
public static class ProdAICachingBuilderExtensions
{
    /// <summary>Adds the exact response cache (<see cref="ExactCacheChatClient"/>); needs <see cref="ProdAICachingServiceCollectionExtensions.AddProdAICaching"/>.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="configure">Adjusts a copy of the registered options for this pipeline.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ChatClientBuilder UseExactCache(this ChatClientBuilder builder, Action<ChatCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, sp) => new ExactCacheChatClient(
            inner, sp.GetRequiredService<HybridCache>(), Resolve(sp, configure), sp.GetService<ILogger<ExactCacheChatClient>>(), sp.GetService<TimeProvider>()));
    }

    /// <summary>
    /// Adds the semantic response cache (<see cref="SemanticCacheChatClient"/>) with the registered
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> (ProdAI.Embeddings.Local's <c>AddProdAILocalEmbeddings()</c>
    /// gives the local MiniLM model) and <see cref="ISemanticCacheStore"/>.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="configure">Adjusts a copy of the registered options for this pipeline.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ChatClientBuilder UseSemanticCache(this ChatClientBuilder builder, Action<ChatCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, sp) => new SemanticCacheChatClient(
            inner,
            sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(),
            sp.GetRequiredService<ISemanticCacheStore>(),
            Resolve(sp, configure),
            sp.GetService<ILogger<SemanticCacheChatClient>>(),
            sp.GetService<TimeProvider>()));
    }

    /// <summary>Adds the embedding cache (<see cref="EmbeddingCacheGenerator"/>) to an embedding pipeline.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="timeToLive">How long embeddings are kept; 30 days when <see langword="null"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static EmbeddingGeneratorBuilder<string, Embedding<float>> UseEmbeddingCache(this EmbeddingGeneratorBuilder<string, Embedding<float>> builder, TimeSpan? timeToLive = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, sp) => new EmbeddingCacheGenerator(inner, sp.GetRequiredService<HybridCache>(), timeToLive));
    }

    private static ChatCacheOptions Resolve(IServiceProvider services, Action<ChatCacheOptions>? configure)
    {
        var registered = services.GetService<IOptions<ChatCacheOptions>>()?.Value ?? new ChatCacheOptions();
        if (configure is null)
        {
            return registered;
        }

        var copy = new ChatCacheOptions
        {
            TimeToLive = registered.TimeToLive,
            CacheVersion = registered.CacheVersion,
            MaxCacheableTemperature = registered.MaxCacheableTemperature,
            PartitionByUser = registered.PartitionByUser,
            CacheStreaming = registered.CacheStreaming,
            Semantic = new SemanticCacheOptions
            {
                Threshold = registered.Semantic.Threshold,
                ShortQueryMargin = registered.Semantic.ShortQueryMargin,
                ShortQueryWords = registered.Semantic.ShortQueryWords,
                LongQueryWords = registered.Semantic.LongQueryWords,
                Guards = registered.Semantic.Guards,
                Candidates = registered.Semantic.Candidates,
                ContextTurns = registered.Semantic.ContextTurns,
                MaxQueryCharacters = registered.Semantic.MaxQueryCharacters,
                MaxEntries = registered.Semantic.MaxEntries,
                TimeToLive = registered.Semantic.TimeToLive,
                Verifier = registered.Semantic.Verifier,
            },
        };
        configure(copy);
        return copy;
    }
}
