using System.Globalization;
using Microsoft.Extensions.AI;
using ProdAI.Telemetry;

namespace ProdAI.Caching;

/// <summary>
/// Per-request cache directives, read from <c>ChatOptions.AdditionalProperties["prodai.cache.control"]</c> either as a
/// <see cref="CacheControl"/> or as an HTTP-style string: <c>no-cache</c> (do not serve from the cache), <c>no-store</c>
/// (do not store the answer), <c>max-age=SECONDS</c> (serve only entries younger than that).
/// </summary>
/// <param name="NoCache">Skip lookups; the provider answers.</param>
/// <param name="NoStore">Do not store the answer.</param>
/// <param name="MaxAge">Serve only entries younger than this.</param>
public sealed record CacheControl(bool NoCache = false, bool NoStore = false, TimeSpan? MaxAge = null)
{
    /// <summary>Gets the directives of a request without any.</summary>
    public static CacheControl Default { get; } = new();

    /// <summary>Reads the directives of a request.</summary>
    /// <param name="options">The request options.</param>
    /// <returns>The directives; <see cref="Default"/> when there are none.</returns>
    /// <exception cref="ArgumentException">The directive string cannot be parsed.</exception>
    public static CacheControl From(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } properties || !properties.TryGetValue(ProdAIPropertyNames.CacheControl, out var value) || value is null)
        {
            return Default;
        }

        return value switch
        {
            CacheControl control => control,
            string text => Parse(text),
            _ => throw new ArgumentException($"'{ProdAIPropertyNames.CacheControl}' must be a string or a {nameof(CacheControl)}.", nameof(options)),
        };
    }

    /// <summary>Parses an HTTP-style directive list such as <c>"no-store, max-age=60"</c>.</summary>
    /// <param name="text">The directives.</param>
    /// <returns>The parsed directives.</returns>
    /// <exception cref="ArgumentException">An unknown directive or a bad max-age.</exception>
    public static CacheControl Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var noCache = false;
        var noStore = false;
        TimeSpan? maxAge = null;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Equals("no-cache", StringComparison.OrdinalIgnoreCase))
            {
                noCache = true;
            }
            else if (part.Equals("no-store", StringComparison.OrdinalIgnoreCase))
            {
                noStore = true;
            }
            else if (part.StartsWith("max-age=", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(part.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                maxAge = TimeSpan.FromSeconds(seconds);
            }
            else
            {
                throw new ArgumentException($"Unknown cache directive '{part}'. Use no-cache, no-store or max-age=SECONDS.", nameof(text));
            }
        }

        return new CacheControl(noCache, noStore, maxAge);
    }
}
