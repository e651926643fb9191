using System.Net;

namespace ProdAI.Testing;

/// <summary>An HTTP 429 Too Many Requests failure with the provider's Retry-After delay, as a provider SDK would surface it.</summary>
public sealed class ScriptedRateLimitException : HttpRequestException
{
    /// <summary>Initializes a new instance of the <see cref="ScriptedRateLimitException"/> class.</summary>
    /// <param name="retryAfter">The Retry-After delay.</param>
    public ScriptedRateLimitException(TimeSpan retryAfter)
        : base($"429 Too Many Requests (Retry-After: {retryAfter.TotalSeconds:0.###} s)", null, HttpStatusCode.TooManyRequests)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Gets the Retry-After delay.</summary>
    public TimeSpan RetryAfter { get; }
}
