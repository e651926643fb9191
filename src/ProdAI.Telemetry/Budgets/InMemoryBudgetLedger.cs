using ProdAI.Telemetry.Attribution;

namespace ProdAI.Telemetry.Budgets;

/// <summary>
/// A budget ledger in process memory, exact under concurrency: every operation runs under one lock, so a reservation is
/// checked and taken against all its counters as one step. For one process; use the Redis ledger (ProdAI.Redis) when
/// several replicas share a budget.
/// </summary>
/// <remarks>Expired reservations are released lazily, on the next operation; counters of ended windows are dropped once
/// they hold no reservation.</remarks>
public sealed class InMemoryBudgetLedger : IBudgetLedger
{
    private const int CleanupEvery = 4096;

    private readonly BudgetOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CounterState> _counters = new(StringComparer.Ordinal);
    private readonly PriorityQueue<BudgetReservation, DateTimeOffset> _expiries = new();
    private readonly HashSet<BudgetReservation> _active = new(ReferenceEqualityComparer.Instance);
    private long _reservationSequence;
    private int _operations;

    /// <summary>Initializes a new instance of the <see cref="InMemoryBudgetLedger"/> class.</summary>
    /// <param name="options">The limits.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public InMemoryBudgetLedger(BudgetOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public ValueTask<BudgetReservation> ReserveAsync(CallAttribution attribution, decimal amount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        cancellationToken.ThrowIfCancellationRequested();
        DateTimeOffset now = _timeProvider.GetUtcNow();
        IReadOnlyList<BudgetCounter> counters = BudgetCounters.Resolve(_options.Limits, attribution, now);
        string id = "m" + Interlocked.Increment(ref _reservationSequence).ToString(System.Globalization.CultureInfo.InvariantCulture);
        DateTimeOffset expiresAt = now + _options.ReservationTimeout;
        if (counters.Count == 0)
        {
            return ValueTask.FromResult(new BudgetReservation(id, 0m, counters, attribution, expiresAt, []));
        }

        var statuses = new BudgetCounterStatus[counters.Count];
        BudgetReservation reservation;
        lock (_lock)
        {
            SweepExpired(now);
            var states = new CounterState[counters.Count];
            for (int i = 0; i < counters.Count; i++)
            {
                BudgetCounter counter = counters[i];
                if (!_counters.TryGetValue(counter.Key, out CounterState? state))
                {
                    state = new CounterState(counter.WindowEnd);
                    _counters.Add(counter.Key, state);
                }

                states[i] = state;
                if (state.Spent + state.Reserved + amount > counter.Limit.HardLimit)
                {
                    throw new BudgetExceededException(new BudgetCounterStatus(counter, state.Spent, state.Reserved), amount, attribution, now);
                }
            }

            for (int i = 0; i < states.Length; i++)
            {
                states[i].Reserved += amount;
                statuses[i] = new BudgetCounterStatus(counters[i], states[i].Spent, states[i].Reserved);
            }

            reservation = new BudgetReservation(id, amount, counters, attribution, expiresAt, statuses);
            _active.Add(reservation);
            _expiries.Enqueue(reservation, expiresAt);
            MaybeCleanup(now);
        }

        return ValueTask.FromResult(reservation);
    }

    /// <inheritdoc />
    public ValueTask SettleAsync(BudgetReservation reservation, decimal actualCost, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        ArgumentOutOfRangeException.ThrowIfNegative(actualCost);
        Complete(reservation, actualCost);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(BudgetReservation reservation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        Complete(reservation, 0m);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<BudgetCounterStatus>> GetStatusAsync(CallAttribution attribution, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        DateTimeOffset now = _timeProvider.GetUtcNow();
        IReadOnlyList<BudgetCounter> counters = BudgetCounters.Resolve(_options.Limits, attribution, now);
        var result = new BudgetCounterStatus[counters.Count];
        lock (_lock)
        {
            SweepExpired(now);
            for (int i = 0; i < counters.Count; i++)
            {
                result[i] = _counters.TryGetValue(counters[i].Key, out CounterState? state)
                    ? new BudgetCounterStatus(counters[i], state.Spent, state.Reserved)
                    : new BudgetCounterStatus(counters[i], 0m, 0m);
            }
        }

        return ValueTask.FromResult<IReadOnlyList<BudgetCounterStatus>>(result);
    }

    private void Complete(BudgetReservation reservation, decimal actualCost)
    {
        if (reservation.Counters.Count == 0 || !reservation.TryComplete())
        {
            return;
        }

        lock (_lock)
        {
            bool active = _active.Remove(reservation);
            foreach (BudgetCounter counter in reservation.Counters)
            {
                if (!_counters.TryGetValue(counter.Key, out CounterState? state))
                {
                    state = new CounterState(counter.WindowEnd);
                    _counters.Add(counter.Key, state);
                }

                if (active)
                {
                    state.Reserved -= reservation.Amount;
                }

                state.Spent += actualCost;
            }

            SweepExpired(_timeProvider.GetUtcNow());
        }
    }

    private void SweepExpired(DateTimeOffset now)
    {
        while (_expiries.TryPeek(out BudgetReservation? reservation, out DateTimeOffset expiresAt) && expiresAt <= now)
        {
            _expiries.Dequeue();
            if (!_active.Remove(reservation))
            {
                continue; // already settled or released
            }

            foreach (BudgetCounter counter in reservation.Counters)
            {
                if (_counters.TryGetValue(counter.Key, out CounterState? state))
                {
                    state.Reserved -= reservation.Amount;
                }
            }
        }
    }

    private void MaybeCleanup(DateTimeOffset now)
    {
        if (++_operations < CleanupEvery)
        {
            return;
        }

        _operations = 0;
        List<string>? ended = null;
        foreach (KeyValuePair<string, CounterState> kv in _counters)
        {
            if (kv.Value.WindowEnd is DateTimeOffset end && end <= now && kv.Value.Reserved <= 0m)
            {
                (ended ??= []).Add(kv.Key);
            }
        }

        if (ended is not null)
        {
            foreach (string key in ended)
            {
                _counters.Remove(key);
            }
        }

        // Drop queue entries of reservations already completed so the queue does not grow without bound.
        if (_expiries.Count > 2 * (_active.Count + 64))
        {
            var pending = new List<(BudgetReservation, DateTimeOffset)>(_active.Count);
            while (_expiries.TryDequeue(out BudgetReservation? r, out DateTimeOffset at))
            {
                if (_active.Contains(r))
                {
                    pending.Add((r, at));
                }
            }

            _expiries.EnqueueRange(pending);
        }
    }

    private sealed class CounterState(DateTimeOffset? windowEnd)
    {
        public decimal Spent { get; set; }

        public decimal Reserved { get; set; }

        public DateTimeOffset? WindowEnd { get; } = windowEnd;
    }
}
