namespace ProdAI.Routing;

/// <summary>
/// What the router decided for one request, returned in <c>ChatResponse.AdditionalProperties["prodai.route"]</c> (for
/// streaming calls, on the first update) and as span tags: the deployment that answered, the policy and its reason, the
/// estimated cost, the difficulty when scored, and every attempt in order.
/// </summary>
public sealed class RouteDecision
{
    internal RouteDecision(string deployment, string model, string policy, string? reason, double? difficulty, double estimatedCost, long inputTokens, long outputTokens, IReadOnlyList<RouteAttempt> attempts)
    {
        InputTokens = inputTokens;
        OutputTokens = outputTokens;
        Deployment = deployment;
        Model = model;
        Policy = policy;
        Reason = reason;
        Difficulty = difficulty;
        EstimatedCost = double.IsFinite(estimatedCost) ? (decimal)estimatedCost : null;
        Attempts = attempts;
    }

    /// <summary>Gets the deployment that produced the response.</summary>
    public string Deployment { get; }

    /// <summary>Gets its model id.</summary>
    public string Model { get; }

    /// <summary>Gets the policy that ordered the candidates.</summary>
    public string Policy { get; }

    /// <summary>Gets the policy's reason for its first choice, such as <c>difficulty_low</c> or <c>canary</c>.</summary>
    public string? Reason { get; }

    /// <summary>Gets the request's difficulty in [0, 1] when a scorer rated it.</summary>
    public double? Difficulty { get; }

    /// <summary>Gets the cost estimated before the call for the deployment that answered, in the model's currency, when it is priced.</summary>
    public decimal? EstimatedCost { get; }

    /// <summary>Gets the input tokens the router estimated (and routed, priced and rate-limited by).</summary>
    public long InputTokens { get; }

    /// <summary>Gets the output tokens the router expected (the request's maximum, or its default estimate).</summary>
    public long OutputTokens { get; }

    /// <summary>Gets every attempt in order, including skipped and failed deployments.</summary>
    public IReadOnlyList<RouteAttempt> Attempts { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Deployment} via {Policy} ({Reason}), {Attempts.Count} attempt(s)";
}

/// <summary>One attempt of a routed request.</summary>
/// <param name="Deployment">The deployment.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Error">A short error description (status code or exception type) when it failed or was skipped.</param>
/// <param name="Duration">How long it took (zero when skipped).</param>
public sealed record RouteAttempt(string Deployment, RouteAttemptOutcome Outcome, string? Error, TimeSpan Duration);

/// <summary>What happened to one attempt.</summary>
public enum RouteAttemptOutcome
{
    /// <summary>The deployment answered and the answer was returned.</summary>
    Succeeded,

    /// <summary>The call failed (after its retries); the router moved on.</summary>
    Failed,

    /// <summary>Not called: its circuit is open or the provider asked to cool down.</summary>
    Unavailable,

    /// <summary>Not called: its RPM / TPM quota is used up.</summary>
    RateLimited,

    /// <summary>Answered, but the cascade's validator rejected the answer and escalated.</summary>
    Escalated,

    /// <summary>A hedged attempt that lost the race and was cancelled.</summary>
    Cancelled,
}
