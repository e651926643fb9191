namespace ProdAI.Routing;

/// <summary>Per-request keys the router reads from <c>ChatOptions.AdditionalProperties</c>.</summary>
public static class RoutingPropertyNames
{
    /// <summary>A conversation key for session stickiness when <c>ChatOptions.ConversationId</c> is not set.</summary>
    public const string Session = "prodai.session";

    /// <summary>The name of a registered policy to use for this request instead of the router's default.</summary>
    public const string Policy = "prodai.route.policy";

    /// <summary>A deployment name that pins the request to that deployment (failover still applies).</summary>
    public const string Deployment = "prodai.route.deployment";

    /// <summary><see langword="true"/> marks a latency-critical request: the router hedges it when hedging is configured.</summary>
    public const string LatencyCritical = "prodai.route.latency_critical";
}
