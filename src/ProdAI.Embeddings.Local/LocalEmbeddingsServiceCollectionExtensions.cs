using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProdAI.Embeddings.Local;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the local embedding model.</summary>
public static class LocalEmbeddingsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MiniLmEmbeddingGenerator"/> as the <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> of
    /// strings (unless one is registered already), with options bound from <c>ProdAI:Embeddings:Local</c> when
    /// <paramref name="configuration"/> is given.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root or section, or <see langword="null"/>.</param>
    /// <param name="configure">Adjusts the options after binding.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAILocalEmbeddings(this IServiceCollection services, IConfiguration? configuration = null, Action<LocalEmbeddingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<LocalEmbeddingOptions>();
        if (configuration is not null)
        {
            var section = configuration.GetSection(LocalEmbeddingOptions.SectionName);
            builder.Bind(section.Exists() ? section : configuration);
        }

        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton(sp => new MiniLmEmbeddingGenerator(sp.GetRequiredService<IOptions<LocalEmbeddingOptions>>().Value, sp.GetService<TimeProvider>()));
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<MiniLmEmbeddingGenerator>());
        return services;
    }
}
