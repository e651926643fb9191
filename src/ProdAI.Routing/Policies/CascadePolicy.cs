namespace ProdAI.Routing;

/// <summary>
/// Cheap first, escalate on doubt: orders candidates by tier (then by the order earlier policies left) and sets
/// <see cref="RouteRequest.Cascade"/>, so the router checks each answer with the validator and the confidence signal
/// and asks the next tier when it fails. Streaming calls are buffered until accepted.
/// </summary>
public sealed class CascadePolicy : IRoutingPolicy
{
    /// <summary>Initializes a new instance of the <see cref="CascadePolicy"/> class.</summary>
    /// <param name="options">The validator and confidence settings; <see langword="null"/> for the defaults.</param>
    public CascadePolicy(CascadeOptions? options = null)
    {
        Options = options ?? new CascadeOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(Options.MaxEscalations);
        ArgumentNullException.ThrowIfNull(Options.Accept);
    }

    /// <inheritdoc />
    public string Name => "cascade";

    /// <summary>Gets the cascade settings.</summary>
    public CascadeOptions Options { get; }

    /// <inheritdoc />
    public void Route(RouteRequest context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Candidates.SortBy(static (index, catalog) => catalog.Deployments[index].Tier, context.Catalog);
        context.Cascade = Options;
        context.PolicyName = Name;
        context.Reason = "cascade_cheapest_first";
    }
}
