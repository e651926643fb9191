namespace ProdAI.Routing;

/// <summary>
/// Weighted split (load balancing, A/B): picks the first candidate with probability proportional to
/// <see cref="ModelDeployment.Weight"/>, sticky per session or user when asked; the others stay as failover in their order.
/// </summary>
public sealed class WeightedPolicy : IRoutingPolicy
{
    /// <summary>Initializes a new instance of the <see cref="WeightedPolicy"/> class.</summary>
    /// <param name="stickyBy">What keeps a caller on the same deployment.</param>
    public WeightedPolicy(StickyBy stickyBy = StickyBy.Session)
    {
        StickyBy = stickyBy;
    }

    /// <inheritdoc />
    public string Name => "weighted";

    /// <summary>Gets what keeps a caller on the same deployment.</summary>
    public StickyBy StickyBy { get; }

    /// <inheritdoc />
    public void Route(RouteRequest context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RouteCandidates candidates = context.Candidates;
        long total = 0;
        for (int p = 0; p < candidates.Count; p++)
        {
            total += candidates[p].Weight;
        }

        if (total == 0)
        {
            return;
        }

        double point = StickyKey.Point(context, StickyBy, 0x5EED) * total;
        double cumulative = 0;
        for (int p = 0; p < candidates.Count; p++)
        {
            cumulative += candidates[p].Weight;
            if (point < cumulative)
            {
                candidates.MoveToFront(p);
                break;
            }
        }

        context.PolicyName = Name;
        context.Reason = "weighted_split";
    }
}
