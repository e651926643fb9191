using ProdAI.Routing.Difficulty;

namespace ProdAI.Routing;

/// <summary>Builds and composes routing policies.</summary>
public static class RoutingPolicies
{
    /// <summary>
    /// Returns ProdAI's default policy, <c>default</c>: cheapest capable deployment of the tier the learned difficulty
    /// scorer picks, downgraded past a soft budget limit. The figures in docs/quality.md are measured with it.
    /// </summary>
    /// <param name="scorer">The difficulty scorer; <see langword="null"/> for the embedded learned one.</param>
    /// <param name="thresholds">The difficulty level boundaries; <see langword="null"/> for the scorer's default threshold.</param>
    /// <returns>The policy.</returns>
    public static IRoutingPolicy CreateDefault(IComplexityScorer? scorer = null, IReadOnlyList<double>? thresholds = null) =>
        Chain("default", new CheapestCapablePolicy(), new DifficultyTierPolicy(scorer, thresholds), new BudgetDowngradePolicy());

    /// <summary>Composes policies: each refines the candidates the previous ones left; feedback reaches every policy that learns.</summary>
    /// <param name="name">The composite's name.</param>
    /// <param name="policies">The policies, applied in order.</param>
    /// <returns>The composite policy.</returns>
    public static IRoutingPolicy Chain(string name, params IRoutingPolicy[] policies)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(policies);
        if (policies.Length == 0 || policies.Any(p => p is null))
        {
            throw new ArgumentException("Give one or more policies.", nameof(policies));
        }

        return new ChainPolicy(name, [.. policies]);
    }

    /// <summary>A policy that keeps only the deployments a predicate accepts (region, tags, data residency …), never emptying the list unless <paramref name="allowEmpty"/>.</summary>
    /// <param name="name">The policy's name.</param>
    /// <param name="keep">Returns <see langword="true"/> to keep a deployment for a request.</param>
    /// <param name="allowEmpty">Whether the filter may leave no candidate (the request then fails with <c>no_deployment_available</c>).</param>
    /// <returns>The policy.</returns>
    public static IRoutingPolicy Filter(string name, Func<ModelDeployment, RouteRequest, bool> keep, bool allowEmpty = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(keep);
        return new FilterPolicy(name, keep, allowEmpty);
    }

    /// <summary>A policy that applies <paramref name="then"/> only to the requests a condition selects (conditional routing).</summary>
    /// <param name="condition">Selects the requests.</param>
    /// <param name="then">The policy for them.</param>
    /// <returns>The policy.</returns>
    public static IRoutingPolicy When(Func<RouteRequest, bool> condition, IRoutingPolicy then)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(then);
        return new ConditionalPolicy(condition, then);
    }

    private sealed class ChainPolicy(string name, IRoutingPolicy[] policies) : IRoutingPolicy, IRoutingFeedback
    {
        public string Name => name;

        public void Route(RouteRequest context)
        {
            foreach (IRoutingPolicy policy in policies)
            {
                policy.Route(context);
            }
        }

        public void OnAttemptCompleted(RouteRequest context, int deploymentIndex, bool succeeded)
        {
            foreach (IRoutingPolicy policy in policies)
            {
                (policy as IRoutingFeedback)?.OnAttemptCompleted(context, deploymentIndex, succeeded);
            }
        }
    }

    private sealed class FilterPolicy(string name, Func<ModelDeployment, RouteRequest, bool> keep, bool allowEmpty) : IRoutingPolicy
    {
        public string Name => name;

        public void Route(RouteRequest context)
        {
            ArgumentNullException.ThrowIfNull(context);
            context.Candidates.RemoveWhereNot(static (index, state) => state.keep(state.context.Catalog.Deployments[index], state.context), (keep, context), allowEmpty);
        }
    }

    private sealed class ConditionalPolicy(Func<RouteRequest, bool> condition, IRoutingPolicy then) : IRoutingPolicy, IRoutingFeedback
    {
        public string Name => then.Name;

        public void Route(RouteRequest context)
        {
            if (condition(context))
            {
                then.Route(context);
            }
        }

        public void OnAttemptCompleted(RouteRequest context, int deploymentIndex, bool succeeded) =>
            (then as IRoutingFeedback)?.OnAttemptCompleted(context, deploymentIndex, succeeded);
    }
}
