using ProdAI.Telemetry;
using ProdAI.Telemetry.Attribution;

namespace ProdAI.Routing.RateLimiting;

/// <summary>A call refused by a token-aware rate limit (a tenant's quota, or every capable deployment's RPM / TPM), with the time after which a retry can pass.</summary>
public sealed class RateLimitExceededException : ProdAIException
{
    /// <summary>Initializes a new instance of the <see cref="RateLimitExceededException"/> class.</summary>
    /// <param name="limit">What refused the call, such as <c>tenant</c> or <c>deployments</c>.</param>
    /// <param name="retryAfter">When a retry can pass, or <see langword="null"/> when the call can never fit the limit.</param>
    /// <param name="requestedTokens">The tokens the call asked for.</param>
    /// <param name="scope">The caller's attribution.</param>
    public RateLimitExceededException(string limit, TimeSpan? retryAfter, long requestedTokens, CallAttribution? scope = null)
        : base(ProdAIErrorCodes.RateLimited, Describe(limit, retryAfter, requestedTokens), scope)
    {
        Limit = limit;
        RetryAfter = retryAfter;
        RequestedTokens = requestedTokens;
    }

    /// <summary>Gets what refused the call.</summary>
    public string Limit { get; }

    /// <summary>Gets the time after which a retry can pass, or <see langword="null"/> when the call exceeds the whole limit.</summary>
    public override TimeSpan? RetryAfter { get; }

    /// <summary>Gets the tokens the call asked for (input plus expected output).</summary>
    public long RequestedTokens { get; }

    private static string Describe(string limit, TimeSpan? retryAfter, long tokens) => retryAfter is TimeSpan wait
        ? $"Rate limit '{limit}' reached for a call of {tokens} tokens; retry after {Math.Ceiling(wait.TotalSeconds):0} s."
        : $"A call of {tokens} tokens exceeds the whole rate limit '{limit}'.";
}
