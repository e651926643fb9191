namespace ProdAI.Routing.RateLimiting;

/// <summary>Limits of a token-aware rate limiter: requests and tokens per window (RPM / TPM with the default one-minute window).</summary>
public sealed class TokenRateLimitOptions
{
    /// <summary>Gets or sets the requests allowed per <see cref="Window"/>; <see langword="null"/> for no request limit.</summary>
    public int? RequestsPerWindow { get; set; }

    /// <summary>Gets or sets the tokens allowed per <see cref="Window"/>; <see langword="null"/> for no token limit.</summary>
    public long? TokensPerWindow { get; set; }

    /// <summary>Gets or sets the window. Defaults to one minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Throws when the limits are not usable.</summary>
    public void Validate()
    {
        if (RequestsPerWindow is null && TokensPerWindow is null)
        {
            throw new ArgumentException("Set a request limit, a token limit or both.", nameof(RequestsPerWindow));
        }

        if (RequestsPerWindow is <= 0 || TokensPerWindow is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TokensPerWindow), "Limits must be positive.");
        }

        if (Window < TimeSpan.FromMilliseconds(1) || Window > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(Window), Window, "The window must be between 1 ms and one day.");
        }
    }
}
