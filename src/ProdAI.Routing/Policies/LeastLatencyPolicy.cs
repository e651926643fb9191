namespace ProdAI.Routing;

/// <summary>
/// Orders candidates by observed latency (EWMA of the whole call, or of the time to first token for streaming calls).
/// Deployments without measurements go first so they get measured; unavailable ones (open circuit, cooldown) go last.
/// </summary>
public sealed class LeastLatencyPolicy : IRoutingPolicy
{
    /// <inheritdoc />
    public string Name => "least-latency";

    /// <inheritdoc />
    public void Route(RouteRequest context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Candidates.SortBy(
            static (index, ctx) =>
            {
                DeploymentHealth health = ctx.Catalog.GetHealth(index);
                if (!health.IsAvailable)
                {
                    return double.MaxValue;
                }

                double ms = ctx.IsStreaming && !double.IsNaN(health.TimeToFirstTokenMs) ? health.TimeToFirstTokenMs : health.LatencyMs;
                return double.IsNaN(ms) ? 0 : ms;
            },
            context);
        context.PolicyName = Name;
        context.Reason = "least_latency";
    }
}
