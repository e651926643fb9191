using System.Collections.Concurrent;

namespace ProdAI.Routing;

/// <summary>
/// Session stickiness: once a conversation (<c>ChatOptions.ConversationId</c> or <c>prodai.session</c>) was answered by a
/// deployment, later turns go to the same one while it is a capable, available candidate, so the provider's prompt cache
/// stays warm. Sessions idle longer than the timeout are forgotten; at most <c>maxSessions</c> are kept (oldest dropped first).
/// </summary>
public sealed class SessionAffinityPolicy : IRoutingPolicy, IRoutingFeedback
{
    private readonly ConcurrentDictionary<string, Affinity> _sessions = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private readonly long _idleTicks;
    private readonly int _maxSessions;
    private int _added; // an upper bound of the count, kept without ConcurrentDictionary.Count (which takes every lock)

    /// <summary>Initializes a new instance of the <see cref="SessionAffinityPolicy"/> class.</summary>
    /// <param name="idleTimeout">How long an idle session stays pinned; defaults to 30 minutes.</param>
    /// <param name="maxSessions">The most sessions remembered; defaults to 100,000.</param>
    /// <param name="timeProvider">The clock.</param>
    public SessionAffinityPolicy(TimeSpan? idleTimeout = null, int maxSessions = 100_000, TimeProvider? timeProvider = null)
    {
        TimeSpan idle = idleTimeout ?? TimeSpan.FromMinutes(30);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idle, TimeSpan.Zero, nameof(idleTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSessions, 1);
        _idleTicks = idle.Ticks;
        _maxSessions = maxSessions;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Name => "session";

    /// <summary>Gets the number of sessions remembered.</summary>
    public int Count => _sessions.Count;

    /// <inheritdoc />
    public void Route(RouteRequest context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.SessionKey is not string key || !_sessions.TryGetValue(key, out Affinity? affinity))
        {
            return;
        }

        long now = _timeProvider.GetUtcNow().UtcTicks;
        if (now - Volatile.Read(ref affinity.LastUsedTicks) > _idleTicks)
        {
            _sessions.TryRemove(new KeyValuePair<string, Affinity>(key, affinity));
            return;
        }

        int at = context.Candidates.PositionOf(affinity.Index);
        if (at >= 0 && context.Catalog.GetHealth(affinity.Index).IsAvailable)
        {
            context.Candidates.MoveToFront(at);
            context.PolicyName = Name;
            context.Reason = "session_affinity";
        }
    }

    /// <inheritdoc />
    public void OnAttemptCompleted(RouteRequest context, int deploymentIndex, bool succeeded)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!succeeded || context.SessionKey is not string key)
        {
            return;
        }

        long now = _timeProvider.GetUtcNow().UtcTicks;
        if (_sessions.TryGetValue(key, out Affinity? existing) && existing.Index == deploymentIndex)
        {
            Volatile.Write(ref existing.LastUsedTicks, now);
            return;
        }

        var affinity = new Affinity(deploymentIndex, now);
        if (!_sessions.TryAdd(key, affinity))
        {
            _sessions[key] = affinity;
        }
        else if (Interlocked.Increment(ref _added) > _maxSessions)
        {
            // _added does not fall below the true count (removals are not subtracted; a reset may miss concurrent adds).
            if (_sessions.Count > _maxSessions)
            {
                Evict(now);
            }
            else
            {
                Volatile.Write(ref _added, _sessions.Count);
            }
        }
    }

    private void Evict(long now)
    {
        // Drop expired sessions, then the oldest tenth if still over the bound (rare: amortised over many calls).
        foreach (KeyValuePair<string, Affinity> pair in _sessions)
        {
            if (now - pair.Value.LastUsedTicks > _idleTicks)
            {
                _sessions.TryRemove(pair);
            }
        }

        int excess = _sessions.Count - (_maxSessions * 9 / 10);
        if (excess > 0)
        {
            foreach (KeyValuePair<string, Affinity> pair in _sessions.OrderBy(p => p.Value.LastUsedTicks).Take(excess).ToList())
            {
                _sessions.TryRemove(pair);
            }
        }

        Volatile.Write(ref _added, _sessions.Count);
    }

    private sealed class Affinity(int index, long lastUsedTicks)
    {
        public long LastUsedTicks = lastUsedTicks;

        public int Index { get; } = index;
    }
}
