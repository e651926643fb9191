using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProdAI.Telemetry;
using ProdAI.Telemetry.Budgets;
using ProdAI.Telemetry.Models;
using ProdAI.Telemetry.Tokens;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ProdAI.Telemetry services.</summary>
public static class ProdAITelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Adds the token counter (<see cref="ITokenCounter"/>), the model catalog (<see cref="IModelCatalog"/>, embedded
    /// defaults), metrics and <see cref="TimeProvider.System"/>. Calling it again is harmless.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAITelemetry(this IServiceCollection services) => services.AddProdAITelemetry(static _ => { });

    /// <summary>Adds ProdAI.Telemetry services, configured by <paramref name="configure"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAITelemetry(this IServiceCollection services, Action<ProdAITelemetryOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptionsWithValidateOnStart<ProdAITelemetryOptions>().Configure(configure);
        return services.AddTelemetryCore();
    }

    /// <summary>Adds ProdAI.Telemetry services bound from <paramref name="section"/> (usually <c>ProdAI:Telemetry</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The configuration section.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAITelemetry(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptionsWithValidateOnStart<ProdAITelemetryOptions>().Bind(section);
        return services.AddTelemetryCore();
    }

    /// <summary>
    /// Adds budgets: <see cref="BudgetOptions"/> and an <see cref="InMemoryBudgetLedger"/> unless another
    /// <see cref="IBudgetLedger"/> (such as the Redis ledger) is registered. Also adds ProdAI.Telemetry's services.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the limits.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAIBudgets(this IServiceCollection services, Action<BudgetOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptionsWithValidateOnStart<BudgetOptions>().Configure(configure);
        return services.AddBudgetsCore();
    }

    /// <summary>Adds budgets bound from <paramref name="section"/> (usually <c>ProdAI:Telemetry:Budgets</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The configuration section.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAIBudgets(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptionsWithValidateOnStart<BudgetOptions>().Bind(section);
        return services.AddBudgetsCore();
    }

    private static IServiceCollection AddBudgetsCore(this IServiceCollection services)
    {
        services.AddTelemetryCore();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BudgetOptions>, BudgetOptionsValidator>());
        services.TryAddSingleton<IBudgetLedger>(sp => new InMemoryBudgetLedger(
            sp.GetRequiredService<IOptions<BudgetOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static IServiceCollection AddTelemetryCore(this IServiceCollection services)
    {
        services.AddOptions<ProdAITelemetryOptions>();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITokenCounter>(TiktokenTokenCounter.Shared);
        services.TryAddSingleton<IModelCatalog>(sp => sp.GetRequiredService<IOptions<ProdAITelemetryOptions>>().Value.BuildCatalog());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProdAITelemetryOptions>, ProdAITelemetryOptionsValidator>());
        return services;
    }
}
