using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProdAI.Telemetry;
using ProdAI.Telemetry.Budgets;
using ProdAI.Telemetry.Cost;
using ProdAI.Telemetry.Models;
using ProdAI.Telemetry.Tokens;

namespace Microsoft.Extensions.AI;

/// <summary>Adds ProdAI.Telemetry's chat clients to a <see cref="ChatClientBuilder"/> pipeline.</summary>
public static class ProdAITelemetryChatClientBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="CostTrackingChatClient"/>: usage and cost of every call, attached to the response and recorded as
    /// metrics. Services (<see cref="IModelCatalog"/>, <see cref="ITokenCounter"/>, <see cref="IMeterFactory"/>, logging and
    /// <see cref="ProdAITelemetryOptions.ContentCapture"/>) come from the builder's service provider when registered
    /// with <c>AddProdAITelemetry()</c>; otherwise the embedded defaults are used.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Configures the client, or <see langword="null"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ChatClientBuilder UseCostTracking(this ChatClientBuilder builder, Action<CostTrackingChatClient>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            var client = new CostTrackingChatClient(
                inner,
                services.GetService<IModelCatalog>(),
                services.GetService<ITokenCounter>(),
                services.GetService<IMeterFactory>(),
                services.GetService<ILoggerFactory>()?.CreateLogger<CostTrackingChatClient>());
            if (services.GetService<IOptions<ProdAITelemetryOptions>>()?.Value.ContentCapture is { } capture)
            {
                client.ContentCapture = capture;
            }

            configure?.Invoke(client);
            return client;
        });
    }

    /// <summary>
    /// Adds a <see cref="BudgetChatClient"/> using the <see cref="IBudgetLedger"/> and <see cref="BudgetOptions"/>
    /// registered by <c>services.AddProdAIBudgets(...)</c>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="InvalidOperationException">Budgets were not registered.</exception>
    public static ChatClientBuilder UseBudgets(this ChatClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            IBudgetLedger ledger = services.GetService<IBudgetLedger>()
                ?? throw new InvalidOperationException("UseBudgets() needs an IBudgetLedger: call services.AddProdAIBudgets(...) first, or use UseBudgets(ledger, options).");
            BudgetOptions options = services.GetRequiredService<IOptions<BudgetOptions>>().Value;
            return Create(inner, services, ledger, options);
        });
    }

    /// <summary>Adds a <see cref="BudgetChatClient"/> over an explicit ledger and options (no dependency injection needed).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="options">The budget options; they must be the ones the ledger was created with.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ChatClientBuilder UseBudgets(this ChatClientBuilder builder, IBudgetLedger ledger, BudgetOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(options);
        return builder.Use((inner, services) => Create(inner, services, ledger, options));
    }

    private static BudgetChatClient Create(IChatClient inner, IServiceProvider services, IBudgetLedger ledger, BudgetOptions options) =>
        new(
            inner,
            ledger,
            options,
            services.GetService<IModelCatalog>(),
            services.GetService<ITokenCounter>(),
            services.GetService<IMeterFactory>(),
            services.GetService<ILoggerFactory>()?.CreateLogger<BudgetChatClient>());
}
