using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProdAI.Redis.Budgets;
using ProdAI.Telemetry;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Budgets;
using ProdAI.Telemetry.Cost;
using ProdAI.Telemetry.Models;
using ProdAI.Testing;
using StackExchange.Redis;

namespace ProdAI.Redis.Tests.Budgets;

[Collection(RedisCollection.Name)]
public class RedisBudgetLedgerTests(RedisServerFixture redis)
{
    private static readonly CallAttribution Acme = new("acme", "u-1", "chat");
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "Summarise the quarterly report in three bullet points, please.")];

    private static BudgetOptions Options(decimal hard, BudgetPeriod period = BudgetPeriod.Day) => new()
    {
        Limits = { new BudgetLimit { Scope = BudgetScope.Tenant, Period = period, HardLimit = hard } },
    };

    private static RedisBudgetLedgerOptions UniquePrefix() => new() { KeyPrefix = "test:" + Guid.NewGuid().ToString("N") };

    [RedisFact]
    public async Task ReserveSettleRelease_RoundTrip()
    {
        await using ConnectionMultiplexer connection = await redis.ConnectAsync();
        var ledger = new RedisBudgetLedger(connection, Options(1m), UniquePrefix());

        BudgetReservation a = await ledger.ReserveAsync(Acme, 0.4m);
        BudgetReservation b = await ledger.ReserveAsync(Acme, 0.4m);
        Assert.Equal(0.4m, Assert.Single(a.Statuses).Reserved);
        Assert.Equal(0.8m, Assert.Single(b.Statuses).Reserved);
        await Assert.ThrowsAsync<BudgetExceededException>(async () => await ledger.ReserveAsync(Acme, 0.3m));

        await ledger.SettleAsync(a, 0.123456789m);
        await ledger.SettleAsync(a, 0.5m); // ignored: already settled
        await ledger.ReleaseAsync(b);

        BudgetCounterStatus status = Assert.Single(await ledger.GetStatusAsync(Acme));
        Assert.Equal(0.123456789m, status.Spent);
        Assert.Equal(0m, status.Reserved);
    }

    [RedisFact]
    public async Task HardLimit_ExceptionCarriesSpendAndScope()
    {
        await using ConnectionMultiplexer connection = await redis.ConnectAsync();
        var ledger = new RedisBudgetLedger(connection, Options(1m), UniquePrefix());
        BudgetReservation r = await ledger.ReserveAsync(Acme, 0.9m);
        await ledger.SettleAsync(r, 0.7m);

        var ex = await Assert.ThrowsAsync<BudgetExceededException>(async () => await ledger.ReserveAsync(Acme, 0.5m));
        Assert.Equal(0.7m, ex.Spent);
        Assert.Equal(0m, ex.Reserved);
        Assert.Equal(1m, ex.Limit);
        Assert.Equal("acme", ex.Scope!.Tenant);
    }

    [RedisFact]
    public async Task ThousandConcurrentCalls_TwoReplicas_SharedLedgerNeverPassesLimitPlusOneReservation()
    {
        // Two connections stand in for two replicas: each has its own ledger and chat client over the same Redis keys.
        await using ConnectionMultiplexer replicaA = await redis.ConnectAsync();
        await using ConnectionMultiplexer replicaB = await redis.ConnectAsync();
        RedisBudgetLedgerOptions shared = UniquePrefix();
        BudgetOptions options = Options(0.01m);
        var ledgerA = new RedisBudgetLedger(replicaA, options, shared);
        var ledgerB = new RedisBudgetLedger(replicaB, options, shared);
        Func<IEnumerable<ChatMessage>, ChatOptions?, ScriptedResponse> responder = (_, _) => new ScriptedResponse
        {
            Text = "ok",
            Usage = new UsageDetails { InputTokenCount = 20, OutputTokenCount = 60 },
        };
        using var clientA = new BudgetChatClient(new ScriptedChatClient("gpt-4o-mini") { Responder = responder, RecordCalls = false }, ledgerA, options);
        using var clientB = new BudgetChatClient(new ScriptedChatClient("gpt-4o-mini") { Responder = responder, RecordCalls = false }, ledgerB, options);
        Assert.True(ModelCatalog.Default.TryGetModel("gpt-4o-mini", out ModelInfo? model));
        decimal oneReservation = CostCalculator.WorstCase(model!.Pricing!, 100, 100);

        int admitted = 0, refused = 0;
        await Parallel.ForAsync(0, 1000, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, ct) =>
        {
            BudgetChatClient client = i % 2 == 0 ? clientA : clientB;
            try
            {
                await client.GetResponseAsync(Prompt, new ChatOptions { MaxOutputTokens = 100, AdditionalProperties = new() { [ProdAIPropertyNames.Tenant] = "acme" } }, ct);
                Interlocked.Increment(ref admitted);
            }
            catch (BudgetExceededException)
            {
                Interlocked.Increment(ref refused);
            }
        });

        BudgetCounterStatus status = Assert.Single(await ledgerA.GetStatusAsync(Acme));
        Assert.Equal(1000, admitted + refused);
        Assert.True(admitted > 0 && refused > 0, $"admitted {admitted}, refused {refused}");
        Assert.True(status.Spent <= 0.01m + oneReservation, $"spent {status.Spent}");
        decimal perCall = (20 * 0.15m + 60 * 0.60m) / 1_000_000m;
        Assert.Equal(admitted * perCall, status.Spent);   // every admitted call settled exactly once
        Assert.Equal(0m, status.Reserved);
    }

    [RedisFact]
    public async Task UnsettledReservation_ExpiresOnLedgerClock()
    {
        await using ConnectionMultiplexer connection = await redis.ConnectAsync();
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        BudgetOptions options = Options(1m);
        options.ReservationTimeout = TimeSpan.FromMinutes(2);
        var ledger = new RedisBudgetLedger(connection, options, UniquePrefix(), time);

        await ledger.ReserveAsync(Acme, 1m); // the caller "crashes" and never settles
        await Assert.ThrowsAsync<BudgetExceededException>(async () => await ledger.ReserveAsync(Acme, 0.1m));

        time.Advance(TimeSpan.FromMinutes(2));
        BudgetReservation after = await ledger.ReserveAsync(Acme, 0.1m);
        Assert.Equal(0.1m, after.Statuses[0].Reserved);
    }

    [RedisFact]
    public async Task NewWindow_IsANewCounter_OldWindowSettlementDoesNotLeak()
    {
        await using ConnectionMultiplexer connection = await redis.ConnectAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 23, 59, 0, TimeSpan.Zero));
        var ledger = new RedisBudgetLedger(connection, Options(1m), UniquePrefix(), time);
        BudgetReservation late = await ledger.ReserveAsync(Acme, 0.9m);

        time.Advance(TimeSpan.FromMinutes(2));
        BudgetReservation early = await ledger.ReserveAsync(Acme, 0.9m);
        await ledger.SettleAsync(late, 0.9m);

        BudgetCounterStatus today = Assert.Single(await ledger.GetStatusAsync(Acme));
        Assert.Equal(0m, today.Spent);
        Assert.Equal(0.9m, today.Reserved);
        await ledger.ReleaseAsync(early);
    }

    [RedisFact]
    public async Task RedisUnreachable_LedgerThrowsBudgetUnavailable_ClientFailsClosedOrOpenAsConfigured()
    {
        await using ConnectionMultiplexer dead = await RedisServerFixture.ConnectUnreachableAsync(500);

        BudgetOptions closed = Options(1m);
        var ledger = new RedisBudgetLedger(dead, closed, UniquePrefix());
        await Assert.ThrowsAsync<BudgetUnavailableException>(async () => await ledger.ReserveAsync(Acme, 0.1m));

        var innerClosed = new ScriptedChatClient("gpt-4o").ReplyWith("x", 1, 1);
        using var failClosed = new BudgetChatClient(innerClosed, ledger, closed);
        var ex = await Assert.ThrowsAsync<BudgetUnavailableException>(() => failClosed.GetResponseAsync(Prompt, new ChatOptions { AdditionalProperties = new() { [ProdAIPropertyNames.Tenant] = "acme" } }));
        Assert.Equal("budget_unavailable", ex.Code);
        Assert.Equal(0, innerClosed.CallCount);

        BudgetOptions open = Options(1m);
        open.FailureMode = BudgetFailureMode.FailOpen;
        using var failOpen = new BudgetChatClient(new ScriptedChatClient("gpt-4o").ReplyWith("x", 1, 1), new RedisBudgetLedger(dead, open, UniquePrefix()), open);
        ChatResponse response = await failOpen.GetResponseAsync(Prompt, new ChatOptions { AdditionalProperties = new() { [ProdAIPropertyNames.Tenant] = "acme" } });
        Assert.Equal("x", response.Text);
        Assert.True(((BudgetOutcome)response.AdditionalProperties![ProdAIPropertyNames.Budget]!).Unbudgeted);
    }

    [RedisFact]
    public async Task AddProdAIRedisBudgetLedger_ReplacesInMemoryLedger()
    {
        await using ServiceProvider services = new ServiceCollection()
            .AddProdAIBudgets(o => o.Limits.Add(new BudgetLimit { Scope = BudgetScope.Tenant, HardLimit = 1m }))
            .AddProdAIRedisBudgetLedger(o =>
            {
                o.Configuration = redis.Configuration;
                o.KeyPrefix = "di:" + Guid.NewGuid().ToString("N");
            })
            .BuildServiceProvider();

        IBudgetLedger ledger = services.GetRequiredService<IBudgetLedger>();
        Assert.IsType<RedisBudgetLedger>(ledger);
        BudgetReservation r = await ledger.ReserveAsync(Acme, 0.5m);
        await ledger.SettleAsync(r, 0.25m);
        Assert.Equal(0.25m, Assert.Single(await ledger.GetStatusAsync(Acme)).Spent);
    }
}
