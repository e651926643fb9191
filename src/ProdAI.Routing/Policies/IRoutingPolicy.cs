namespace ProdAI.Routing;

/// <summary>
/// A routing policy: filters and orders <see cref="RouteRequest.Candidates"/> for one request. Policies compose
/// (<see cref="RoutingPolicies.Chain"/>): each one refines the order the previous ones left. Implementations must be
/// thread-safe and should not allocate per call.
/// </summary>
public interface IRoutingPolicy
{
    /// <summary>Gets the policy's name, reported in the routing decision.</summary>
    string Name { get; }

    /// <summary>Filters and orders the candidates of a request.</summary>
    /// <param name="context">The request and its candidates.</param>
    void Route(RouteRequest context);
}

/// <summary>A policy that learns from outcomes (session stickiness, canary rollback) implements this as well.</summary>
public interface IRoutingFeedback
{
    /// <summary>Called once per attempt after it finished.</summary>
    /// <param name="context">The request's routing context.</param>
    /// <param name="deploymentIndex">The catalog index of the deployment that was called.</param>
    /// <param name="succeeded">Whether the attempt produced a response.</param>
    void OnAttemptCompleted(RouteRequest context, int deploymentIndex, bool succeeded);
}
