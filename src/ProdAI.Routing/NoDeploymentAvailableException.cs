using ProdAI.Telemetry;
using ProdAI.Telemetry.Attribution;

namespace ProdAI.Routing;

/// <summary>No deployment could serve the request: none has the capabilities or context it needs, or every candidate failed or was unavailable. Maps to 503.</summary>
public sealed class NoDeploymentAvailableException : ProdAIException
{
    /// <summary>Initializes a new instance of the <see cref="NoDeploymentAvailableException"/> class.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="attempts">The attempts made.</param>
    /// <param name="scope">The caller's attribution.</param>
    /// <param name="innerException">The last deployment failure, if any.</param>
    public NoDeploymentAvailableException(string message, IReadOnlyList<RouteAttempt> attempts, CallAttribution? scope = null, Exception? innerException = null)
        : base(ProdAIErrorCodes.NoDeploymentAvailable, message, scope, innerException)
    {
        Attempts = attempts ?? [];
    }

    /// <summary>Gets the attempts made, in order.</summary>
    public IReadOnlyList<RouteAttempt> Attempts { get; }

    /// <summary>Gets the earliest time a deployment may be available again (a circuit's or provider's cooldown), if known.</summary>
    public override TimeSpan? RetryAfter => RetryAfterHint;

    internal TimeSpan? RetryAfterHint { get; init; }
}
