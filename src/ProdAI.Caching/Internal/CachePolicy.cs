using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using ProdAI.Telemetry;
using ProdAI.Telemetry.Attribution;

namespace ProdAI.Caching.Internal;

/// <summary>What both caches agree on: which requests and responses may be cached, tags, and the outcome metadata.</summary>
internal static class CachePolicy
{
    /// <summary>Request key: extra invalidation tags of the entry stored for this request (<c>string[]</c>).</summary>
    public const string TagsProperty = "prodai.cache.tags";

    /// <summary>A request is cacheable unless it continues a server-side conversation or samples above the limit.</summary>
    public static bool IsCacheableRequest(ChatOptions? options, ChatCacheOptions cacheOptions) =>
        options?.ConversationId is null
        && !(cacheOptions.MaxCacheableTemperature is { } max && options?.Temperature is { } temperature && temperature > max);

    /// <summary>Errors never reach here; tool-call turns, filtered answers and answers a component flagged are not stored.</summary>
    public static bool IsCacheableResponse(ChatResponse response)
    {
        if (response.FinishReason == ChatFinishReason.ContentFilter || response.FinishReason == ChatFinishReason.ToolCalls)
        {
            return false;
        }

        if (response.AdditionalProperties?.TryGetValue(ProdAIPropertyNames.CacheNoStore, out var noStore) == true && noStore is true)
        {
            return false;
        }

        foreach (var message in response.Messages)
        {
            foreach (var content in message.Contents)
            {
                if (content is FunctionCallContent or ErrorContent)
                {
                    return false;
                }
            }
        }

        return response.Messages.Count > 0;
    }

    public static string[] Tags(ChatOptions? options, CallAttribution attribution)
    {
        var tenant = attribution.Tenant ?? "-";
        var tags = new List<string>(2) { "prodai:chat", $"prodai:tenant:{tenant}" };
        if (options?.AdditionalProperties?.TryGetValue(TagsProperty, out var extra) == true)
        {
            switch (extra)
            {
                case string one:
                    tags.Add(one);
                    break;
                case IEnumerable<string> many:
                    tags.AddRange(many);
                    break;
            }
        }

        return [.. tags];
    }

    public static ChatResponse Annotate(ChatResponse response, ChatCacheHit hit)
    {
        var properties = response.AdditionalProperties ??= [];
        if (hit.Kind == ChatCacheHitKind.Miss && properties.TryGetValue(ProdAIPropertyNames.Cache, out var inner) && inner is ChatCacheHit { Kind: not ChatCacheHitKind.Miss } innerHit)
        {
            // An inner cache (the semantic one behind the exact one) answered: that is the outcome the caller should see.
            properties[ProdAIPropertyNames.Cache] = innerHit with { Stored = innerHit.Stored || hit.Stored };
            return response;
        }

        properties[ProdAIPropertyNames.Cache] = hit;
        if (hit.Kind is ChatCacheHitKind.Exact or ChatCacheHitKind.Semantic)
        {
            // The provider was not called: cost meters downstream of the cache must not charge for a stored answer.
            response.Usage = new UsageDetails { InputTokenCount = 0, OutputTokenCount = 0, TotalTokenCount = 0 };
        }

        return response;
    }
}

/// <summary>Carries a response that must not be stored out of the single-flight factory.</summary>
internal sealed class UncacheableResponseException(ChatResponse response) : Exception("The response is not cacheable.")
{
    public ChatResponse Response { get; } = response;
}

/// <summary>Reads of HybridCache that never create an entry (the flags make the factory unreachable).</summary>
internal static class HybridCacheReads
{
    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    /// <summary>The stored value of <paramref name="key"/>, or <see langword="null"/> on a miss.</summary>
    public static ValueTask<T?> TryGetAsync<T>(this HybridCache cache, string key, CancellationToken cancellationToken)
        where T : class =>
        cache.GetOrCreateAsync<T?>(key, static _ => ValueTask.FromResult<T?>(null), ReadOnly, null, cancellationToken);
}
