using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProdAI.Rag.Context;
using ProdAI.Rag.Retrieval;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ProdAI's RAG components.</summary>
public static class ProdAIRagServiceCollectionExtensions
{
    /// <summary>The configuration section of the RAG options.</summary>
    public const string SectionName = "ProdAI:Rag";

    /// <summary>
    /// Registers a singleton <see cref="RagIndex"/> (dense and hybrid when an <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>
    /// of strings is registered — <c>AddProdAILocalEmbeddings()</c> gives the local MiniLM model — BM25 otherwise) and a
    /// <see cref="ContextAssembler"/>, with options bound from <c>ProdAI:Rag:Index</c> and <c>ProdAI:Rag:Context</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root or the <c>ProdAI:Rag</c> section, or <see langword="null"/>.</param>
    /// <param name="configureIndex">Adjusts the index options after binding.</param>
    /// <param name="configureContext">Adjusts the context options after binding.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAIRag(this IServiceCollection services, IConfiguration? configuration = null, Action<RagIndexOptions>? configureIndex = null, Action<ContextAssemblyOptions>? configureContext = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var index = services.AddOptions<RagIndexOptions>();
        var context = services.AddOptions<ContextAssemblyOptions>();
        if (configuration is not null)
        {
            var section = configuration.GetSection(SectionName);
            var root = section.Exists() ? section : configuration;
            index.Bind(root.GetSection("Index"));
            context.Bind(root.GetSection("Context"));
        }

        if (configureIndex is not null)
        {
            index.Configure(configureIndex);
        }

        if (configureContext is not null)
        {
            context.Configure(configureContext);
        }

        services.TryAddSingleton(sp => new RagIndex(sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>(), sp.GetRequiredService<IOptions<RagIndexOptions>>().Value));
        services.TryAddSingleton(sp => new ContextAssembler(sp.GetRequiredService<IOptions<ContextAssemblyOptions>>().Value));
        return services;
    }
}
