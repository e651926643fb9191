using Microsoft.Extensions.Time.Testing;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Budgets;

namespace ProdAI.Telemetry.Tests.Budgets;

public class InMemoryBudgetLedgerTests
{
    private static readonly CallAttribution Acme = new("acme", "u-1", "chat");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));

    private static BudgetOptions Options(decimal hard, decimal? soft = null, BudgetPeriod period = BudgetPeriod.Day) => new()
    {
        Limits = { new BudgetLimit { Scope = BudgetScope.Tenant, Period = period, HardLimit = hard, SoftLimit = soft } },
    };

    [Fact]
    public async Task Reserve_PastHardLimit_ThrowsTypedExceptionWithScopeLimitSpendAndRetryAfter()
    {
        var ledger = new InMemoryBudgetLedger(Options(1m), _time);
        BudgetReservation first = await ledger.ReserveAsync(Acme, 0.6m);
        await ledger.SettleAsync(first, 0.5m);

        var ex = await Assert.ThrowsAsync<BudgetExceededException>(async () => await ledger.ReserveAsync(Acme, 0.6m));
        Assert.Equal("budget_exceeded", ex.Code);
        Assert.Equal("acme", ex.Scope!.Tenant);
        Assert.Equal(1m, ex.Limit);
        Assert.Equal(0.5m, ex.Spent);
        Assert.Equal(0.6m, ex.Requested);
        Assert.Equal("tenant-day", ex.LimitName);
        Assert.Equal(TimeSpan.FromHours(14), ex.RetryAfter);
    }

    [Fact]
    public async Task Settle_ReplacesReservationWithActual_SecondSettleIgnored()
    {
        var ledger = new InMemoryBudgetLedger(Options(10m), _time);
        BudgetReservation reservation = await ledger.ReserveAsync(Acme, 2m);
        Assert.Equal(2m, (await ledger.GetStatusAsync(Acme))[0].Reserved);

        await ledger.SettleAsync(reservation, 0.25m);
        await ledger.SettleAsync(reservation, 0.25m);
        await ledger.ReleaseAsync(reservation);

        BudgetCounterStatus status = (await ledger.GetStatusAsync(Acme))[0];
        Assert.Equal(0.25m, status.Spent);
        Assert.Equal(0m, status.Reserved);
        Assert.Equal(9.75m, status.Remaining);
    }

    [Fact]
    public async Task Release_FreesReservationWithoutSpend()
    {
        var ledger = new InMemoryBudgetLedger(Options(1m), _time);
        BudgetReservation reservation = await ledger.ReserveAsync(Acme, 1m);
        await Assert.ThrowsAsync<BudgetExceededException>(async () => await ledger.ReserveAsync(Acme, 0.01m));
        await ledger.ReleaseAsync(reservation);
        BudgetReservation again = await ledger.ReserveAsync(Acme, 1m);
        Assert.Equal(1m, again.Amount);
    }

    [Fact]
    public async Task Reservation_NotSettled_ExpiresAndReleases_LateSettleStillCharges()
    {
        var options = Options(1m);
        options.ReservationTimeout = TimeSpan.FromMinutes(5);
        var ledger = new InMemoryBudgetLedger(options, _time);
        BudgetReservation abandoned = await ledger.ReserveAsync(Acme, 1m);

        _time.Advance(TimeSpan.FromMinutes(5));
        BudgetCounterStatus status = (await ledger.GetStatusAsync(Acme))[0];
        Assert.Equal(0m, status.Reserved);

        await ledger.SettleAsync(abandoned, 0.3m);
        status = (await ledger.GetStatusAsync(Acme))[0];
        Assert.Equal(0.3m, status.Spent);
        Assert.Equal(0m, status.Reserved);
    }

    [Fact]
    public async Task NewWindow_StartsAtZero_AndOldWindowSettlementChargesOldWindow()
    {
        var ledger = new InMemoryBudgetLedger(Options(1m), _time);
        BudgetReservation lastOfDay = await ledger.ReserveAsync(Acme, 0.9m);

        _time.Advance(TimeSpan.FromHours(14)); // next day
        BudgetReservation firstOfNextDay = await ledger.ReserveAsync(Acme, 0.9m);
        await ledger.SettleAsync(lastOfDay, 0.8m);

        BudgetCounterStatus today = (await ledger.GetStatusAsync(Acme))[0];
        Assert.Equal(0m, today.Spent);
        Assert.Equal(0.9m, today.Reserved);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), today.Counter.WindowStart);
        await ledger.ReleaseAsync(firstOfNextDay);
    }

    [Fact]
    public async Task Reserve_SeveralLimits_AllOrNothing()
    {
        var options = new BudgetOptions
        {
            Limits =
            {
                new BudgetLimit { Scope = BudgetScope.Tenant, HardLimit = 10m },
                new BudgetLimit { Scope = BudgetScope.User, HardLimit = 1m },
            },
        };
        var ledger = new InMemoryBudgetLedger(options, _time);
        await ledger.ReserveAsync(Acme, 0.8m);

        var ex = await Assert.ThrowsAsync<BudgetExceededException>(async () => await ledger.ReserveAsync(Acme, 0.5m));
        Assert.Equal("user-month", ex.LimitName);
        IReadOnlyList<BudgetCounterStatus> statuses = await ledger.GetStatusAsync(Acme);
        Assert.All(statuses, s => Assert.Equal(0.8m, s.Reserved)); // the refused call reserved nothing anywhere
    }

    [Fact]
    public async Task Reserve_LimitWithMatch_AppliesOnlyToThatTenant_AndScopeValuesCannotForgeKeys()
    {
        var options = new BudgetOptions { Limits = { new BudgetLimit { Scope = BudgetScope.Tenant, Match = "acme", HardLimit = 1m } } };
        var ledger = new InMemoryBudgetLedger(options, _time);
        BudgetReservation other = await ledger.ReserveAsync(new CallAttribution("globex", null, null), 100m);
        Assert.Empty(other.Counters);

        IReadOnlyList<BudgetCounter> a = BudgetCounters.Resolve(Options(1m).Limits, new CallAttribution("a|m202611", null, null), _time.GetUtcNow());
        IReadOnlyList<BudgetCounter> b = BudgetCounters.Resolve(Options(1m).Limits, new CallAttribution("a", null, null), _time.GetUtcNow());
        Assert.NotEqual(a[0].Key, b[0].Key);
        Assert.DoesNotContain("a|m", a[0].Key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reserve_NoTenant_SharesTheNoneCounter()
    {
        var ledger = new InMemoryBudgetLedger(Options(1m), _time);
        BudgetReservation r = await ledger.ReserveAsync(CallAttribution.Anonymous, 0.1m);
        Assert.Equal(BudgetCounters.NoValue, Assert.Single(r.Counters).ScopeValue);
    }

    [Fact]
    public async Task Reserve_ThousandConcurrent_NeverCommitsPastLimit()
    {
        var ledger = new InMemoryBudgetLedger(Options(1m), _time);
        int admitted = 0;
        await Parallel.ForAsync(0, 1000, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, ct) =>
        {
            try
            {
                BudgetReservation r = await ledger.ReserveAsync(Acme, 0.003m, ct);
                Interlocked.Increment(ref admitted);
                await ledger.SettleAsync(r, 0.003m, ct);
            }
            catch (BudgetExceededException)
            {
            }
        });

        BudgetCounterStatus status = (await ledger.GetStatusAsync(Acme))[0];
        Assert.Equal(333, admitted);
        Assert.Equal(0.999m, status.Spent);
        Assert.Equal(0m, status.Reserved);
    }

    [Theory]
    [InlineData(BudgetPeriod.Hour, "2026-11-26T10:00:00Z", "2026-11-26T11:00:00Z")]
    [InlineData(BudgetPeriod.Day, "2026-11-26T00:00:00Z", "2026-11-27T00:00:00Z")]
    [InlineData(BudgetPeriod.Week, "2026-11-23T00:00:00Z", "2026-11-30T00:00:00Z")]
    [InlineData(BudgetPeriod.Month, "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z")]
    public void Window_IsCalendarWindowInUtc(BudgetPeriod period, string start, string end)
    {
        (DateTimeOffset s, DateTimeOffset? e, string _) = BudgetCounters.Window(period, new DateTimeOffset(2026, 11, 26, 10, 30, 0, TimeSpan.FromHours(1)).ToUniversalTime().AddHours(1));
        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), s);
        Assert.Equal(DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture), e);
    }
}
