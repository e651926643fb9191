using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProdAI.Guardrails;
using ProdAI.Guardrails.Pipeline;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ProdAI.Guardrails.</summary>
public static class ProdAIGuardrailsServiceCollectionExtensions
{
    /// <summary>Adds guardrails with the default policies (and ProdAI.Telemetry's services). Calling it again is harmless.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAIGuardrails(this IServiceCollection services) => services.AddProdAIGuardrails(static _ => { });

    /// <summary>Adds guardrails with policies set by <paramref name="configure"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the policies.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAIGuardrails(this IServiceCollection services, Action<GuardrailsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptionsWithValidateOnStart<GuardrailsOptions>().Configure(configure);
        return services.AddCore();
    }

    /// <summary>Adds guardrails with policies bound from <paramref name="section"/> (usually <c>ProdAI:Guardrails</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The configuration section.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAIGuardrails(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptionsWithValidateOnStart<GuardrailsOptions>().Bind(section);
        return services.AddCore();
    }

    private static IServiceCollection AddCore(this IServiceCollection services)
    {
        services.AddProdAITelemetry();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GuardrailsOptions>, GuardrailsOptionsValidator>());
        services.TryAddSingleton<GuardrailsMarker>();
        return services;
    }
}

