using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProdAI.Routing;

namespace ProdAI.AspNetCore;

/// <summary>
/// The router's deployments as an ASP.NET Core health check: healthy when every deployment can be called, degraded when
/// some are cooling down (open circuit or provider Retry-After), unhealthy when none can. The data lists each
/// deployment's circuit state, cooldown, latency average and window error rate (never request content).
/// </summary>
internal sealed class RoutingHealthCheck(DeploymentCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        int available = 0;
        for (int i = 0; i < catalog.Count; i++)
        {
            DeploymentHealth health = catalog.GetHealth(i);
            DeploymentHealthSnapshot s = health.Snapshot();
            bool up = health.IsAvailable;
            available += up ? 1 : 0;
            data[s.Name] = new Dictionary<string, object?>
            {
                ["available"] = up,
                ["circuit"] = s.CircuitState.ToString(),
                ["cooldownUntil"] = s.CooldownUntil,
                ["latencyMs"] = double.IsNaN(s.LatencyMs) ? null : Math.Round(s.LatencyMs, 1),
                ["windowCalls"] = s.WindowCalls,
                ["windowErrors"] = s.WindowErrors,
            };
        }

        string description = $"{available} of {catalog.Count} deployments available";
        HealthCheckResult result = available == catalog.Count ? HealthCheckResult.Healthy(description, data)
            : available == 0 ? new HealthCheckResult(context.Registration.FailureStatus, description, data: data)
            : HealthCheckResult.Degraded(description, data: data);
        return Task.FromResult(result);
    }
}
