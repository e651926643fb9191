using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProdAI.Caching.Internal;
using ProdAI.Telemetry.Attribution;

namespace ProdAI.Caching.Semantic;

/// <summary>
/// A semantic response cache: the normalised last user turn (and <see cref="SemanticCacheOptions.ContextTurns"/> earlier
/// turns) is embedded and looked up among the answers stored in the same partition — same tenant, same model and options
/// shape, same system messages and earlier turns. A neighbour is served only when its similarity reaches the
/// length-dependent threshold, it passes the <see cref="SemanticGuards"/> (numbers, negation, names, direction, dates) and
/// the optional <see cref="ISemanticCacheVerifier"/>. The outcome (kind, similarity, age) is in
/// <c>ChatResponse.AdditionalProperties["prodai.cache"]</c>. An embedding or store failure degrades to a miss.
/// </summary>
public sealed partial class SemanticCacheChatClient : DelegatingChatClient
{
    private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
    private readonly ISemanticCacheStore _store;
    private readonly ChatCacheOptions _options;
    private readonly SemanticCacheOptions _semantic;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="SemanticCacheChatClient"/> class.</summary>
    /// <param name="innerClient">The client that answers misses.</param>
    /// <param name="embeddings">The embedding generator (the local MiniLM model by default in ProdAI's DI).</param>
    /// <param name="store">The store; an <see cref="InMemorySemanticCacheStore"/> when <see langword="null"/>.</param>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    /// <param name="logger">The logger for failures.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public SemanticCacheChatClient(IChatClient innerClient, IEmbeddingGenerator<string, Embedding<float>> embeddings, ISemanticCacheStore? store = null, ChatCacheOptions? options = null, ILogger<SemanticCacheChatClient>? logger = null, TimeProvider? timeProvider = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        _embeddings = embeddings;
        _options = options ?? new ChatCacheOptions();
        _options.Validate();
        _semantic = _options.Semantic;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _store = store ?? new InMemorySemanticCacheStore(_semantic.MaxEntries, _timeProvider);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Gets the store.</summary>
    public ISemanticCacheStore Store => _store;

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        if (!CachePolicy.IsCacheableRequest(options, _options) || !TrySplit(list, out var exact, out var query))
        {
            return await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        }

        var control = CacheControl.From(options);
        var attribution = CallAttribution.Resolve(options);
        var partition = CacheKeyBuilder.ForSemanticPartition(exact, options, CacheKeyBuilder.Partition(attribution, _options.PartitionByUser), _options.CacheVersion);
        ReadOnlyMemory<float> vector;
        try
        {
            vector = (await _embeddings.GenerateAsync([query], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailure(_logger, ex, "embedding");
            return await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        }

        if (!control.NoCache)
        {
            var hit = await LookupAsync(partition, query, vector, control, cancellationToken).ConfigureAwait(false);
            if (hit is not null)
            {
                return hit;
            }
        }

        var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        var id = $"{partition}:{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())}";
        var stored = false;
        if (!control.NoStore && CachePolicy.IsCacheableResponse(response))
        {
            var now = _timeProvider.GetUtcNow();
            var entry = new SemanticCacheEntry(id, partition, query, vector, CachedChatResponse.Create(response, now).Payload, now, now + (_semantic.TimeToLive ?? _options.TimeToLive), CachePolicy.Tags(options, attribution));
            try
            {
                await _store.AddAsync(entry, cancellationToken).ConfigureAwait(false);
                stored = true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailure(_logger, ex, "store");
            }
        }

        return CachePolicy.Annotate(response, new ChatCacheHit(ChatCacheHitKind.Miss, id, TimeSpan.Zero, Stored: stored));
    }

    /// <summary>
    /// Decides whether <paramref name="cachedQuery"/>'s answer may serve <paramref name="query"/> at the given similarity,
    /// with this client's threshold and guards (not the verifier). Exposed for evaluation and tests.
    /// </summary>
    /// <param name="query">The new query.</param>
    /// <param name="cachedQuery">The stored query.</param>
    /// <param name="similarity">Their cosine similarity.</param>
    /// <param name="options">The semantic options.</param>
    /// <returns>The guard that failed, <see cref="SemanticGuards.None"/> when the candidate is accepted, or <see langword="null"/> when the similarity is below the threshold.</returns>
    public static SemanticGuards? Judge(string query, string cachedQuery, double similarity, SemanticCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(cachedQuery);
        ArgumentNullException.ThrowIfNull(options);
        var facts = GuardEvaluator.Analyse(query);
        if (similarity < options.ThresholdFor(facts.WordCount))
        {
            return null;
        }

        return GuardEvaluator.Check(facts, GuardEvaluator.Analyse(cachedQuery), options.Guards);
    }

    private async Task<ChatResponse?> LookupAsync(string partition, string query, ReadOnlyMemory<float> vector, CacheControl control, CancellationToken cancellationToken)
    {
        IReadOnlyList<SemanticCacheCandidate> candidates;
        try
        {
            candidates = await _store.SearchAsync(partition, vector, _semantic.Candidates, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailure(_logger, ex, "search");
            return null;
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var facts = GuardEvaluator.Analyse(query);
        var threshold = _semantic.ThresholdFor(facts.WordCount);
        var now = _timeProvider.GetUtcNow();
        foreach (var candidate in candidates)
        {
            if (candidate.Similarity < threshold)
            {
                break; // best first: the rest are further away
            }

            var entry = candidate.Entry;
            var age = now - entry.StoredAt;
            if (entry.ExpiresAt <= now || (control.MaxAge is { } maxAge && age > maxAge))
            {
                continue;
            }

            var failed = GuardEvaluator.Check(facts, GuardEvaluator.Analyse(entry.Query), _semantic.Guards);
            if (failed != SemanticGuards.None)
            {
                LogGuardRejected(_logger, failed, candidate.Similarity);
                continue;
            }

            if (_semantic.Verifier is { } verifier && !await verifier.IsSameQuestionAsync(query, entry.Query, candidate.Similarity, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var cached = CachedChatResponse.Read(entry.Payload);
            if (cached.IsCorrupt)
            {
                LogFailure(_logger, null, "corrupt entry evicted");
                await _store.RemoveAsync(entry.Id, cancellationToken).ConfigureAwait(false);
                continue;
            }

            return CachePolicy.Annotate(cached.CloneResponse(), new ChatCacheHit(ChatCacheHitKind.Semantic, entry.Id, age.Duration(), candidate.Similarity));
        }

        return null;
    }

    /// <summary>Splits the conversation into the exact part (system messages and turns before the window) and the embedded text.</summary>
    private bool TrySplit(IReadOnlyList<ChatMessage> messages, out List<ChatMessage> exact, out string query)
    {
        exact = [];
        query = string.Empty;
        var last = -1;
        for (var i = messages.Count - 1; i >= 0; i--)
        {
            if (messages[i].Role == ChatRole.User)
            {
                last = i;
                break;
            }
        }

        if (last < 0 || last != messages.Count - 1)
        {
            return false; // nothing to answer, or the conversation ends with a tool result / assistant turn
        }

        var windowStart = last;
        var turns = 0;
        for (var i = last - 1; i >= 0 && turns < _semantic.ContextTurns; i--)
        {
            if (messages[i].Role == ChatRole.User || messages[i].Role == ChatRole.Assistant)
            {
                windowStart = i;
                turns++;
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            if (i >= windowStart && message.Role != ChatRole.System)
            {
                foreach (var content in message.Contents)
                {
                    if (content is not TextContent)
                    {
                        return false; // images, files and tool traffic are not compared semantically
                    }
                }

                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                text.Append(message.Text);
            }
            else
            {
                exact.Add(message);
            }
        }

        query = CacheKeyBuilder.Normalize(text.ToString());
        return query.Length > 0 && query.Length <= _semantic.MaxQueryCharacters;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "The semantic cache skipped a lookup ({Stage}); the call goes to the provider.")]
    private static partial void LogFailure(ILogger logger, Exception? exception, string stage);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "A semantic candidate at similarity {Similarity} was rejected by the {Guard} guard.")]
    private static partial void LogGuardRejected(ILogger logger, SemanticGuards guard, double similarity);
}
