using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;
using Microsoft.Extensions.AI;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Tokens;

namespace ProdAI.Routing.RateLimiting;

/// <summary>
/// Per-tenant token quotas in front of the router: each request takes one request and its estimated tokens (input counted
/// with the token counter, plus <c>MaxOutputTokens</c> or a default) from the tenant's limiter; a refused request throws
/// <see cref="RateLimitExceededException"/> with the retry-after time (ProblemDetails 429 with a <c>Retry-After</c> header
/// through ProdAI.AspNetCore). Each tenant (from <c>prodai.tenant</c> or the attribution scope; anonymous callers share
/// one partition) gets its own limiter from the factory: in memory by default, Redis-backed to share quotas across replicas.
/// </summary>
public sealed class TokenRateLimitingChatClient : DelegatingChatClient
{
    private readonly Func<string, RateLimiter> _factory;
    private readonly ConcurrentDictionary<string, RateLimiter> _limiters = new(StringComparer.Ordinal);
    private readonly ITokenCounter _tokenCounter;
    private readonly int _defaultOutputTokens;
    private long _created;
    private long _lastEviction = long.MinValue / 2;

    /// <summary>Initializes a new instance of the <see cref="TokenRateLimitingChatClient"/> class.</summary>
    /// <param name="innerClient">The client to call within quota.</param>
    /// <param name="limiterFactory">Creates the limiter of a tenant (called once per tenant).</param>
    /// <param name="tokenCounter">Counts input tokens; <see langword="null"/> for ProdAI's tiktoken counter.</param>
    /// <param name="defaultOutputTokens">The output tokens assumed when a request sets no maximum.</param>
    public TokenRateLimitingChatClient(IChatClient innerClient, Func<string, RateLimiter> limiterFactory, ITokenCounter? tokenCounter = null, int defaultOutputTokens = 512)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(limiterFactory);
        ArgumentOutOfRangeException.ThrowIfNegative(defaultOutputTokens);
        _factory = limiterFactory;
        _tokenCounter = tokenCounter ?? TiktokenTokenCounter.Shared;
        _defaultOutputTokens = defaultOutputTokens;
    }

    /// <summary>The most tenants whose limiters are kept; past it, limiters idle for a while are dropped (they start full again).</summary>
    public const int MaxTenants = 100_000;

    /// <summary>Gets the partition name of callers without a tenant.</summary>
    public static string AnonymousPartition => "(anonymous)";

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ChatMessage> list = messages as IReadOnlyList<ChatMessage> ?? [.. (messages ?? throw new ArgumentNullException(nameof(messages)))];
        using RateLimitLease lease = await AcquireAsync(list, options, cancellationToken).ConfigureAwait(false);
        return await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ChatMessage> list = messages as IReadOnlyList<ChatMessage> ?? [.. (messages ?? throw new ArgumentNullException(nameof(messages)))];
        using RateLimitLease lease = await AcquireAsync(list, options, cancellationToken).ConfigureAwait(false);
        await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(list, options, cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }
    }

    // Past MaxTenants, one caller at a time (and at most every ten seconds) drops the limiters idle for over a minute.
    // They are not disposed: a request may still hold one, and an idle limiter holds nothing worth releasing.
    private void EvictIdle()
    {
        long now = Environment.TickCount64;
        long last = Interlocked.Read(ref _lastEviction);
        if (now - last < 10_000 || Interlocked.CompareExchange(ref _lastEviction, now, last) != last)
        {
            return;
        }

        foreach (KeyValuePair<string, RateLimiter> pair in _limiters)
        {
            if (pair.Value.IdleDuration is TimeSpan idle && idle > TimeSpan.FromMinutes(1) && _limiters.TryRemove(pair))
            {
                Interlocked.Decrement(ref _created);
            }
        }
    }

    private async ValueTask<RateLimitLease> AcquireAsync(IReadOnlyList<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        CallAttribution attribution = CallAttribution.Resolve(options);
        string tenant = attribution.Tenant ?? AnonymousPartition;
        if (!_limiters.TryGetValue(tenant, out RateLimiter? limiter))
        {
            limiter = _limiters.GetOrAdd(tenant, _factory);
            if (Interlocked.Increment(ref _created) > MaxTenants)
            {
                EvictIdle();
            }
        }

        long tokens = _tokenCounter.CountTokens(options?.ModelId, messages, options).Tokens + (options?.MaxOutputTokens ?? _defaultOutputTokens);
        RateLimitLease lease = await limiter.AcquireAsync((int)Math.Min(int.MaxValue, tokens), cancellationToken).ConfigureAwait(false);
        if (lease.IsAcquired)
        {
            return lease;
        }

        TimeSpan? retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait) ? wait : null;
        lease.Dispose();
        throw new RateLimitExceededException("tenant", retryAfter, tokens, attribution);
    }
}
