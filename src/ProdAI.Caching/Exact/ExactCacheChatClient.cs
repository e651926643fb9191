using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProdAI.Caching.Internal;
using ProdAI.Telemetry.Attribution;

namespace ProdAI.Caching.Exact;

/// <summary>
/// An exact response cache. The key covers the normalised messages and every option that changes the answer (model,
/// sampling, seed, instructions, response format and schema, tools with their schemas, tool mode, stop sequences,
/// provider-specific properties), the tenant partition and <see cref="ChatCacheOptions.CacheVersion"/>. Identical
/// concurrent requests make one provider call (single-flight, through HybridCache). Errors, tool-call turns, filtered or
/// flagged answers and requests above <see cref="ChatCacheOptions.MaxCacheableTemperature"/> are never stored. Streaming
/// responses are stored coalesced and replayed as updates. A cache that fails (Redis down, a corrupt entry) degrades to a
/// miss with a warning; it never fails the call.
/// </summary>
/// <remarks>
/// MEAI's <c>CachingChatClient</c> was not used as the base: its read-then-write template has no place for single-flight,
/// per-request directives or conditional storing, which are the point of this client.
/// </remarks>
public sealed partial class ExactCacheChatClient : DelegatingChatClient
{
    private readonly HybridCache _cache;
    private readonly ChatCacheOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly HybridCacheEntryOptions _entryOptions;

    /// <summary>Initializes a new instance of the <see cref="ExactCacheChatClient"/> class.</summary>
    /// <param name="innerClient">The client that answers misses.</param>
    /// <param name="cache">The storage (memory, or memory over Redis through <c>IDistributedCache</c>).</param>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    /// <param name="logger">The logger for cache failures.</param>
    /// <param name="timeProvider">The clock for entry ages; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public ExactCacheChatClient(IChatClient innerClient, HybridCache cache, ChatCacheOptions? options = null, ILogger<ExactCacheChatClient>? logger = null, TimeProvider? timeProvider = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(cache);
        _cache = cache;
        _options = options ?? new ChatCacheOptions();
        _options.Validate();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _entryOptions = new HybridCacheEntryOptions { Expiration = _options.TimeToLive, LocalCacheExpiration = _options.TimeToLive };
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var control = CacheControl.From(options);
        if (!CachePolicy.IsCacheableRequest(options, _options))
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }

        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var attribution = CallAttribution.Resolve(options);
        var key = KeyFor(list, options, attribution);
        var tags = CachePolicy.Tags(options, attribution);
        var started = _timeProvider.GetUtcNow();

        if (!control.NoCache)
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var flight = new Flight(this, list, options, control);
                CachedChatResponse? entry;
                try
                {
                    entry = control.MaxAge is null
                        ? await _cache.GetOrCreateAsync(key, flight, static (f, ct) => f.FetchAsync(ct), _entryOptions, tags, cancellationToken).ConfigureAwait(false)
                        : await ReadAsync(key, cancellationToken).ConfigureAwait(false);
                }
                catch (UncacheableResponseException ex)
                {
                    var kind = flight.Fetched ? ChatCacheHitKind.Miss : ChatCacheHitKind.Coalesced;
                    return CachePolicy.Annotate(flight.Fetched ? ex.Response : CachedChatResponse.Create(ex.Response, started).CloneResponse(), new ChatCacheHit(kind, key, TimeSpan.Zero));
                }
                catch (Exception ex) when (!flight.Started && ex is not OperationCanceledException)
                {
                    LogCacheFailure(_logger, ex, key);
                    break; // the cache is unusable: answer without it
                }

                if (entry is null)
                {
                    break; // max-age lookup found nothing
                }

                if (entry.IsCorrupt)
                {
                    LogCorruptEntry(_logger, key);
                    await RemoveQuietlyAsync(key).ConfigureAwait(false);
                    continue;
                }

                var age = _timeProvider.GetUtcNow() - entry.StoredAt;
                if ((control.MaxAge is { } maxAge && age > maxAge) || age > _options.TimeToLive)
                {
                    break; // too old for this caller, or past its TTL on this clock: fetch and replace
                }

                var hitKind = flight.Fetched ? ChatCacheHitKind.Miss : entry.StoredAt >= started ? ChatCacheHitKind.Coalesced : ChatCacheHitKind.Exact;
                return CachePolicy.Annotate(flight.Response ?? entry.CloneResponse(), new ChatCacheHit(hitKind, key, hitKind == ChatCacheHitKind.Miss ? TimeSpan.Zero : age.Duration(), Stored: flight.Fetched));
            }
        }

        var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        var stored = !control.NoStore && CachePolicy.IsCacheableResponse(response)
            && await StoreAsync(key, response, tags, cancellationToken).ConfigureAwait(false);
        return CachePolicy.Annotate(response, new ChatCacheHit(ChatCacheHitKind.Miss, key, TimeSpan.Zero, Stored: stored));
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var control = CacheControl.From(options);
        if (!_options.CacheStreaming || !CachePolicy.IsCacheableRequest(options, _options))
        {
            await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                yield return update;
            }

            yield break;
        }

        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var attribution = CallAttribution.Resolve(options);
        var key = KeyFor(list, options, attribution);
        if (!control.NoCache)
        {
            var entry = await ReadAsync(key, cancellationToken).ConfigureAwait(false);
            if (entry is { IsCorrupt: false })
            {
                var age = _timeProvider.GetUtcNow() - entry.StoredAt;
                if ((control.MaxAge is not { } maxAge || age <= maxAge) && age <= _options.TimeToLive)
                {
                    var replay = CachePolicy.Annotate(entry.CloneResponse(), new ChatCacheHit(ChatCacheHitKind.Exact, key, age.Duration()));
                    foreach (var update in replay.ToChatResponseUpdates())
                    {
                        yield return update;
                    }

                    yield break;
                }
            }
            else if (entry is { IsCorrupt: true })
            {
                LogCorruptEntry(_logger, key);
                await RemoveQuietlyAsync(key).ConfigureAwait(false);
            }
        }

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in base.GetStreamingResponseAsync(list, options, cancellationToken).ConfigureAwait(false))
        {
            updates.Add(update);
            yield return update;
        }

        var response = updates.ToChatResponse();
        var stored = !control.NoStore && CachePolicy.IsCacheableResponse(response)
            && await StoreAsync(key, response, CachePolicy.Tags(options, attribution), cancellationToken).ConfigureAwait(false);
        yield return new ChatResponseUpdate
        {
            AdditionalProperties = new() { [Telemetry.ProdAIPropertyNames.Cache] = new ChatCacheHit(ChatCacheHitKind.Miss, key, TimeSpan.Zero, Stored: stored) },
        };
    }

    private string KeyFor(IReadOnlyList<ChatMessage> messages, ChatOptions? options, CallAttribution attribution) =>
        CacheKeyBuilder.ForChat(messages, options, CacheKeyBuilder.Partition(attribution, _options.PartitionByUser), _options.CacheVersion, "chat");

    private async Task<CachedChatResponse?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await _cache.TryGetAsync<CachedChatResponse>(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCacheFailure(_logger, ex, key);
            return null;
        }
    }

    private async Task<bool> StoreAsync(string key, ChatResponse response, string[] tags, CancellationToken cancellationToken)
    {
        try
        {
            await _cache.SetAsync(key, CachedChatResponse.Create(response, _timeProvider.GetUtcNow()), _entryOptions, tags, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCacheFailure(_logger, ex, key);
            return false;
        }
    }

    private async Task RemoveQuietlyAsync(string key)
    {
        try
        {
            await _cache.RemoveAsync(key).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCacheFailure(_logger, ex, key);
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "The response cache failed for key {Key}; the call goes to the provider.")]
    private static partial void LogCacheFailure(ILogger logger, Exception exception, string key);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "A corrupt cache entry was evicted: {Key}.")]
    private static partial void LogCorruptEntry(ILogger logger, string key);

    /// <summary>One provider call shared by every concurrent caller of the same key.</summary>
    private sealed class Flight(ExactCacheChatClient owner, IReadOnlyList<ChatMessage> messages, ChatOptions? options, CacheControl control)
    {
        public bool Started { get; private set; }

        public bool Fetched { get; private set; }

        /// <summary>Gets the provider's own response object, returned to the caller that fetched it.</summary>
        public ChatResponse? Response { get; private set; }

        public async ValueTask<CachedChatResponse> FetchAsync(CancellationToken cancellationToken)
        {
            Started = true;
            var response = await owner.InnerClient.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            Fetched = true;
            Response = response;
            if (control.NoStore || !CachePolicy.IsCacheableResponse(response))
            {
                throw new UncacheableResponseException(response);
            }

            return CachedChatResponse.Create(response, owner._timeProvider.GetUtcNow());
        }
    }
}
