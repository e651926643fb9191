using System.Globalization;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Budgets;
using StackExchange.Redis;

namespace ProdAI.Redis.Budgets;

/// <summary>
/// A budget ledger in Redis whose limits hold across processes and replicas: each reservation is checked and taken
/// against all of its counters by one Lua script, so two replicas can never both pass the last bit of a budget.
/// Settlements replace the reservation with the actual cost in the same way. Windows are separate keys, so a new window
/// never overwrites spend recorded concurrently in the old one; expired reservations are released by the next script run.
/// </summary>
/// <remarks>
/// Amounts are kept as integer nano-units (10⁻⁹ of the currency): reservations are rounded up, settlements to the nearest
/// unit; one counter holds up to about 9 million units of currency. When Redis cannot be reached, operations throw
/// <see cref="BudgetUnavailableException"/>; <see cref="BudgetOptions.FailureMode"/> decides what the chat client does then.
/// </remarks>
public sealed class RedisBudgetLedger : IBudgetLedger
{
    private const decimal UnitsPerCurrency = 1_000_000_000m;

    private const string SweepLua = """
        local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 256)
        for _, rid in ipairs(expired) do
          local data = redis.call('HGET', KEYS[2], rid)
          if data then
            local amt = nil
            for token in string.gmatch(data, '[^\n]+') do
              if amt == nil then amt = tonumber(token) else redis.call('HINCRBY', token, 'reserved', -amt) end
            end
            redis.call('HDEL', KEYS[2], rid)
          end
          redis.call('ZREM', KEYS[1], rid)
        end
        """;

    // KEYS: res zset, res data hash, counters...   ARGV: now, id, amount, expires, then (limit, expireAt) per counter
    private const string ReserveLua = SweepLua + """

        local amount = tonumber(ARGV[3])
        local n = #KEYS - 2
        local statuses = {}
        for i = 1, n do
          local vals = redis.call('HMGET', KEYS[i + 2], 'spent', 'reserved')
          local spent = tonumber(vals[1]) or 0
          local reserved = tonumber(vals[2]) or 0
          local limit = tonumber(ARGV[3 + (i - 1) * 2 + 2])
          if spent + reserved + amount > limit then
            return {0, i, spent, reserved}
          end
          statuses[#statuses + 1] = spent
          statuses[#statuses + 1] = reserved + amount
        end
        local data = ARGV[3]
        for i = 1, n do
          local key = KEYS[i + 2]
          redis.call('HINCRBY', key, 'reserved', amount)
          local exp = tonumber(ARGV[3 + (i - 1) * 2 + 3])
          if exp > 0 then redis.call('PEXPIREAT', key, exp) end
          data = data .. '\n' .. key
        end
        redis.call('ZADD', KEYS[1], ARGV[4], ARGV[2])
        redis.call('HSET', KEYS[2], ARGV[2], data)
        local result = {1}
        for i = 1, #statuses do result[#result + 1] = statuses[i] end
        return result
        """;

    // KEYS: res zset, res data hash, counters...   ARGV: now, id, actual, then expireAt per counter
    private const string SettleLua = SweepLua + """

        local data = redis.call('HGET', KEYS[2], ARGV[2])
        if data then
          local amt = nil
          for token in string.gmatch(data, '[^\n]+') do
            if amt == nil then amt = tonumber(token) else redis.call('HINCRBY', token, 'reserved', -amt) end
          end
          redis.call('HDEL', KEYS[2], ARGV[2])
          redis.call('ZREM', KEYS[1], ARGV[2])
        end
        local actual = tonumber(ARGV[3])
        if actual > 0 then
          for i = 3, #KEYS do
            redis.call('HINCRBY', KEYS[i], 'spent', actual)
            local exp = tonumber(ARGV[i + 1])
            if exp > 0 then redis.call('PEXPIREAT', KEYS[i], exp) end
          end
        end
        if data then return 1 else return 0 end
        """;

    // KEYS: res zset, res data hash, counters...   ARGV: now
    private const string StatusLua = SweepLua + """

        local result = {}
        for i = 3, #KEYS do
          local vals = redis.call('HMGET', KEYS[i], 'spent', 'reserved')
          result[#result + 1] = tonumber(vals[1]) or 0
          result[#result + 1] = tonumber(vals[2]) or 0
        end
        return result
        """;

    private readonly IConnectionMultiplexer _connection;
    private readonly BudgetOptions _options;
    private readonly RedisBudgetLedgerOptions _ledgerOptions;
    private readonly TimeProvider _timeProvider;
    private readonly RedisKey _reservationsKey;
    private readonly RedisKey _reservationDataKey;
    private readonly string _counterPrefix;

    /// <summary>Initializes a new instance of the <see cref="RedisBudgetLedger"/> class.</summary>
    /// <param name="connection">The Redis connection (shared, as StackExchange.Redis recommends).</param>
    /// <param name="options">The limits.</param>
    /// <param name="ledgerOptions">The ledger options; defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>. Replicas should have synchronised clocks: windows and reservation expiry use it.</param>
    public RedisBudgetLedger(IConnectionMultiplexer connection, BudgetOptions options, RedisBudgetLedgerOptions? ledgerOptions = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        _connection = connection;
        _options = options;
        _ledgerOptions = ledgerOptions ?? new RedisBudgetLedgerOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(_ledgerOptions.KeyPrefix, nameof(ledgerOptions));
        _timeProvider = timeProvider ?? TimeProvider.System;
        string tag = "{" + _ledgerOptions.KeyPrefix + "}";
        _reservationsKey = tag + ":res";
        _reservationDataKey = tag + ":resdata";
        _counterPrefix = tag + ":c:";
    }

    /// <inheritdoc />
    public async ValueTask<BudgetReservation> ReserveAsync(CallAttribution attribution, decimal amount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        cancellationToken.ThrowIfCancellationRequested();
        DateTimeOffset now = _timeProvider.GetUtcNow();
        IReadOnlyList<BudgetCounter> counters = BudgetCounters.Resolve(_options.Limits, attribution, now);
        string id = Guid.NewGuid().ToString("N");
        DateTimeOffset expiresAt = now + _options.ReservationTimeout;
        if (counters.Count == 0)
        {
            return new BudgetReservation(id, 0m, counters, attribution, expiresAt, []);
        }

        long units = decimal.ToInt64(decimal.Ceiling(amount * UnitsPerCurrency));
        RedisKey[] keys = Keys(counters);
        var args = new RedisValue[4 + (2 * counters.Count)];
        args[0] = now.ToUnixTimeMilliseconds();
        args[1] = id;
        args[2] = units;
        args[3] = expiresAt.ToUnixTimeMilliseconds();
        for (int i = 0; i < counters.Count; i++)
        {
            args[4 + (2 * i)] = decimal.ToInt64(decimal.Floor(counters[i].Limit.HardLimit * UnitsPerCurrency));
            args[5 + (2 * i)] = ExpireAt(counters[i]);
        }

        RedisResult[] result = (RedisResult[])(await EvaluateAsync(ReserveLua, keys, args).ConfigureAwait(false))!;
        if ((long)result[0] == 0)
        {
            int index = (int)(long)result[1] - 1;
            var status = new BudgetCounterStatus(counters[index], FromUnits((long)result[2]), FromUnits((long)result[3]));
            throw new BudgetExceededException(status, amount, attribution, now);
        }

        var statuses = new BudgetCounterStatus[counters.Count];
        for (int i = 0; i < counters.Count; i++)
        {
            statuses[i] = new BudgetCounterStatus(counters[i], FromUnits((long)result[1 + (2 * i)]), FromUnits((long)result[2 + (2 * i)]));
        }

        return new BudgetReservation(id, FromUnits(units), counters, attribution, expiresAt, statuses);
    }

    /// <inheritdoc />
    public ValueTask SettleAsync(BudgetReservation reservation, decimal actualCost, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        ArgumentOutOfRangeException.ThrowIfNegative(actualCost);
        return CompleteAsync(reservation, actualCost);
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(BudgetReservation reservation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        return CompleteAsync(reservation, 0m);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<BudgetCounterStatus>> GetStatusAsync(CallAttribution attribution, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        DateTimeOffset now = _timeProvider.GetUtcNow();
        IReadOnlyList<BudgetCounter> counters = BudgetCounters.Resolve(_options.Limits, attribution, now);
        if (counters.Count == 0)
        {
            return [];
        }

        RedisResult[] result = (RedisResult[])(await EvaluateAsync(StatusLua, Keys(counters), [now.ToUnixTimeMilliseconds()]).ConfigureAwait(false))!;
        var statuses = new BudgetCounterStatus[counters.Count];
        for (int i = 0; i < counters.Count; i++)
        {
            statuses[i] = new BudgetCounterStatus(counters[i], FromUnits((long)result[2 * i]), FromUnits((long)result[(2 * i) + 1]));
        }

        return statuses;
    }

    private async ValueTask CompleteAsync(BudgetReservation reservation, decimal actualCost)
    {
        if (reservation.Counters.Count == 0 || !reservation.TryComplete())
        {
            return;
        }

        long units = decimal.ToInt64(decimal.Round(actualCost * UnitsPerCurrency, MidpointRounding.AwayFromZero));
        var args = new RedisValue[3 + reservation.Counters.Count];
        args[0] = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        args[1] = reservation.Id;
        args[2] = units;
        for (int i = 0; i < reservation.Counters.Count; i++)
        {
            args[3 + i] = ExpireAt(reservation.Counters[i]);
        }

        try
        {
            await EvaluateAsync(SettleLua, Keys(reservation.Counters), args).ConfigureAwait(false);
        }
        catch
        {
            reservation.ResetCompletion();
            throw;
        }
    }

    private async Task<RedisResult> EvaluateAsync(string script, RedisKey[] keys, RedisValue[] args)
    {
        try
        {
            IDatabase db = _connection.GetDatabase(_ledgerOptions.Database);
            return await db.ScriptEvaluateAsync(script, keys, args).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException or ObjectDisposedException)
        {
            throw new BudgetUnavailableException(
                "The Redis budget ledger cannot be reached, so the budget cannot be checked. Check the Redis connection (ProdAI:Redis:Budgets:Configuration); " +
                "BudgetOptions.FailureMode decides whether calls are refused (FailClosed, the default) or allowed (FailOpen) meanwhile.",
                ex);
        }
    }

    private RedisKey[] Keys(IReadOnlyList<BudgetCounter> counters)
    {
        var keys = new RedisKey[2 + counters.Count];
        keys[0] = _reservationsKey;
        keys[1] = _reservationDataKey;
        for (int i = 0; i < counters.Count; i++)
        {
            keys[2 + i] = _counterPrefix + counters[i].Key;
        }

        return keys;
    }

    private long ExpireAt(BudgetCounter counter) =>
        counter.WindowEnd is DateTimeOffset end ? (end + _ledgerOptions.CounterRetention).ToUnixTimeMilliseconds() : 0;

    private static decimal FromUnits(long units) => units / UnitsPerCurrency;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"RedisBudgetLedger({_ledgerOptions.KeyPrefix})");
}
