namespace ProdAI.Routing;

/// <summary>
/// Orders capable deployments by estimated cost, cheapest first (input tokens plus expected output at each model's
/// prices; unpriced models last). Capabilities and context length are already enforced by the router.
/// </summary>
public sealed class CheapestCapablePolicy : IRoutingPolicy
{
    /// <inheritdoc />
    public string Name => "cheapest";

    /// <inheritdoc />
    public void Route(RouteRequest context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Candidates.SortBy(static (index, ctx) => ctx.Catalog.EstimateCost(index, ctx.InputTokens, ctx.OutputTokens), context);
        context.PolicyName = Name;
        context.Reason = "cheapest_capable";
    }
}
