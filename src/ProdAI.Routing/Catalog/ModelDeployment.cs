using Microsoft.Extensions.AI;
using ProdAI.Telemetry.Models;

namespace ProdAI.Routing;

/// <summary>
/// One named deployment the router can send a request to: a model (priced by the Telemetry model catalog), the
/// <see cref="IChatClient"/> that calls it, what it can do, where it runs and how much it may be called. Bindable from
/// configuration (<c>ProdAI:Routing:Deployments</c>); <see cref="Client"/> and <see cref="ModelInfo"/> are set in code
/// or resolved from services (<see cref="ClientKey"/>).
/// </summary>
public sealed class ModelDeployment
{
    /// <summary>Gets or sets the unique name of the deployment, such as <c>gpt-4o-eastus</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the model id sent as <see cref="ChatOptions.ModelId"/> and looked up in the model catalog for prices and limits.</summary>
    public string Model { get; set; } = string.Empty;

    /// <summary>Gets or sets the capability tier: 0 for the cheapest, weakest models, higher for stronger ones. Difficulty, cascade and budget policies route by tier.</summary>
    public int Tier { get; set; }

    /// <summary>Gets or sets what the deployment can do. Defaults to streaming text chat.</summary>
    public DeploymentCapabilities Capabilities { get; set; } = DeploymentCapabilities.Streaming;

    /// <summary>Gets or sets the context window in tokens; <see langword="null"/> takes the model catalog's.</summary>
    public long? ContextWindow { get; set; }

    /// <summary>Gets or sets the region the deployment runs in, such as <c>eu-west</c>.</summary>
    public string? Region { get; set; }

    /// <summary>Gets the free-form tags, such as <c>eu-data-residency</c> or <c>canary</c>.</summary>
    public IList<string> Tags { get; } = [];

    /// <summary>Gets or sets the relative weight in weighted splits. Defaults to 1.</summary>
    public int Weight { get; set; } = 1;

    /// <summary>Gets or sets the provider's requests-per-minute quota, enforced before calling; <see langword="null"/> for none.</summary>
    public int? RequestsPerMinute { get; set; }

    /// <summary>Gets or sets the provider's tokens-per-minute quota (input + estimated output), enforced before calling; <see langword="null"/> for none.</summary>
    public long? TokensPerMinute { get; set; }

    /// <summary>Gets or sets the service key of a keyed <see cref="IChatClient"/> to call; <see langword="null"/> uses <see cref="Client"/> or the router's inner client.</summary>
    public string? ClientKey { get; set; }

    /// <summary>Gets the resilience settings of this deployment.</summary>
    public DeploymentResilienceOptions Resilience { get; } = new();

    /// <summary>
    /// Gets or sets the client that calls this deployment. <see langword="null"/> sends the request to the router's inner
    /// client with <see cref="ChatOptions.ModelId"/> set to <see cref="Model"/> (one endpoint serving several models).
    /// </summary>
    public IChatClient? Client { get; set; }

    /// <summary>Gets or sets the model's prices and limits when the model catalog does not know <see cref="Model"/>.</summary>
    public ModelInfo? ModelInfo { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Model}, tier {Tier})";
}
