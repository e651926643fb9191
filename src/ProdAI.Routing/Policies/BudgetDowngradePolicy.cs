namespace ProdAI.Routing;

/// <summary>
/// Past a soft budget limit of the caller (tenant, user or feature), keeps only deployments at or below a tier — the
/// cheapest tier present unless <see cref="MaxTier"/> says otherwise — so spending slows before the hard limit refuses
/// calls. Needs the router to have a budget ledger (it fills <see cref="RouteRequest.BudgetStatus"/>).
/// </summary>
public sealed class BudgetDowngradePolicy : IRoutingPolicy
{
    /// <summary>Initializes a new instance of the <see cref="BudgetDowngradePolicy"/> class.</summary>
    /// <param name="maxTier">The highest tier allowed past a soft limit; <see langword="null"/> for the lowest tier among the candidates.</param>
    public BudgetDowngradePolicy(int? maxTier = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxTier ?? 0, nameof(maxTier));
        MaxTier = maxTier;
    }

    /// <inheritdoc />
    public string Name => "budget";

    /// <summary>Gets the highest tier allowed past a soft limit, or <see langword="null"/> for the lowest present.</summary>
    public int? MaxTier { get; }

    /// <inheritdoc />
    public void Route(RouteRequest context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.BudgetStatus is not { Count: > 0 } statuses)
        {
            return;
        }

        bool over = false;
        for (int i = 0; i < statuses.Count && !over; i++)
        {
            over = statuses[i].Counter.Limit.SoftLimit is decimal soft && statuses[i].Committed >= soft;
        }

        if (!over)
        {
            return;
        }

        RouteCandidates candidates = context.Candidates;
        int maxTier = MaxTier ?? int.MaxValue;
        if (MaxTier is null)
        {
            for (int p = 0; p < candidates.Count; p++)
            {
                maxTier = Math.Min(maxTier, candidates[p].Tier);
            }
        }

        if (candidates.RemoveWhereNot(static (index, state) => state.Catalog.Deployments[index].Tier <= state.MaxTier, (context.Catalog, MaxTier: maxTier)) > 0
            || MaxTier is null)
        {
            context.PolicyName = Name;
            context.Reason = "budget_soft_limit";
        }
    }
}
