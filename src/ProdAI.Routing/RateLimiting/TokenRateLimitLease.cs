using System.Threading.RateLimiting;

namespace ProdAI.Routing.RateLimiting;

/// <summary>The lease of the token-aware limiters (in memory and Redis): granted, or refused with an optional retry-after time.</summary>
public sealed class TokenRateLimitLease : RateLimitLease
{
    private readonly TimeSpan? _retryAfter;

    private TokenRateLimitLease(bool acquired, TimeSpan? retryAfter)
    {
        IsAcquired = acquired;
        _retryAfter = retryAfter;
    }

    /// <summary>Gets the shared granted lease (nothing to release: the buckets refill with time).</summary>
    public static RateLimitLease Granted { get; } = new TokenRateLimitLease(true, null);

    /// <inheritdoc />
    public override bool IsAcquired { get; }

    /// <inheritdoc />
    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    /// <summary>Returns a refused lease.</summary>
    /// <param name="retryAfter">When a retry can pass (<see cref="MetadataName.RetryAfter"/>), or <see langword="null"/> when the request can never fit.</param>
    /// <returns>The lease.</returns>
    public static RateLimitLease Refused(TimeSpan? retryAfter) => new TokenRateLimitLease(false, retryAfter);

    /// <inheritdoc />
    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = _retryAfter is TimeSpan wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
        return metadata is not null;
    }
}
