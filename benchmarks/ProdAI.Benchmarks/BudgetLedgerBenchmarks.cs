using BenchmarkDotNet.Attributes;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Budgets;

namespace ProdAI.Benchmarks;

/// <summary>One reserve + settle on the in-memory ledger with a per-tenant monthly limit.</summary>
[MemoryDiagnoser]
public class BudgetLedgerBenchmarks
{
    private readonly CallAttribution _acme = new("acme", "u-1", "chat");
    private InMemoryBudgetLedger _ledger = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new BudgetOptions { Limits = { new BudgetLimit { Scope = BudgetScope.Tenant, Period = BudgetPeriod.Month, HardLimit = 1_000_000_000m } } };
        _ledger = new InMemoryBudgetLedger(options);
    }

    [Benchmark]
    public async ValueTask ReserveAndSettle()
    {
        BudgetReservation reservation = await _ledger.ReserveAsync(_acme, 0.0123m);
        await _ledger.SettleAsync(reservation, 0.0042m);
    }
}
