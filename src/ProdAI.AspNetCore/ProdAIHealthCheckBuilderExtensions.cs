using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProdAI.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Health checks of ProdAI components.</summary>
public static class ProdAIHealthCheckBuilderExtensions
{
    /// <summary>
    /// Reports the router's deployments (registered by <c>AddProdAIRouting</c>): healthy when all can be called, degraded
    /// when some are cooling down (open circuit or provider Retry-After), unhealthy when none can; the data holds each
    /// deployment's circuit, cooldown, latency and window error counts.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHealthChecksBuilder AddProdAIRouting(this IHealthChecksBuilder builder, string name = "prodai-routing")
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(name, sp => new RoutingHealthCheck(sp.GetRequiredService<ProdAI.Routing.DeploymentCatalog>()), HealthStatus.Unhealthy, ["prodai", "routing"]));
    }
}
