namespace ProdAI.Routing;

/// <summary>Routing configuration bound from <c>ProdAI:Routing</c> by <c>AddProdAIRouting</c>.</summary>
public sealed class RoutingOptions
{
    /// <summary>The configuration section, <c>ProdAI:Routing</c>.</summary>
    public const string SectionName = "ProdAI:Routing";

    /// <summary>Gets the deployments.</summary>
    public IList<ModelDeployment> Deployments { get; } = [];

    /// <summary>
    /// Gets or sets the default policy by name: <c>default</c> (cheapest capable within the learned difficulty tier, budget
    /// downgrade), <c>cheapest</c>, <c>difficulty</c>, <c>difficulty-rules</c>, <c>cascade</c>, <c>weighted</c>,
    /// <c>least-latency</c>, <c>session</c> (stickiness over <c>default</c>) or <c>canary</c> (needs <see cref="Canary"/>).
    /// </summary>
    public string Policy { get; set; } = "default";

    /// <summary>Gets the difficulty level boundaries; empty uses the scorer's default threshold.</summary>
    public IList<double> DifficultyThresholds { get; } = [];

    /// <summary>Gets or sets the canary split, or <see langword="null"/> for none.</summary>
    public CanaryOptions? Canary { get; set; }

    /// <summary>Gets or sets how long an idle conversation stays pinned by the <c>session</c> policy. Defaults to 30 minutes.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets the router's settings.</summary>
    public RouterOptions Router { get; } = new();
}
