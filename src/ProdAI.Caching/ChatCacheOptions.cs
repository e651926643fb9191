using ProdAI.Caching.Semantic;

namespace ProdAI.Caching;

/// <summary>Options of the ProdAI response caches, bound from <c>ProdAI:Caching</c>.</summary>
public sealed class ChatCacheOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "ProdAI:Caching";

    /// <summary>Gets or sets how long a stored response is served. Default 1 hour.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets a version folded into every key: change it to drop every entry at once (after a prompt change, say). Default "1".</summary>
    public string CacheVersion { get; set; } = "1";

    /// <summary>
    /// Gets or sets the highest sampling temperature whose answers are cached; above it the caller asked for variety.
    /// Default 1.0; <see langword="null"/> caches at any temperature.
    /// </summary>
    public double? MaxCacheableTemperature { get; set; } = 1.0;

    /// <summary>Gets or sets whether entries are also partitioned by user, not only by tenant. Default <see langword="false"/>.</summary>
    public bool PartitionByUser { get; set; }

    /// <summary>Gets or sets whether streamed responses are cached (stored coalesced, replayed as updates). Default <see langword="true"/>.</summary>
    public bool CacheStreaming { get; set; } = true;

    /// <summary>Gets the semantic cache options.</summary>
    public SemanticCacheOptions Semantic { get; set; } = new();

    internal void Validate()
    {
        if (TimeToLive <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeToLive), TimeToLive, "The time to live must be positive.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(CacheVersion);
        if (MaxCacheableTemperature is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxCacheableTemperature), MaxCacheableTemperature, "The temperature cannot be negative.");
        }

        Semantic.Validate();
    }
}
