using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Options;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Budgets;
using ProdAI.Telemetry.Cost;
using ProdAI.Telemetry.Models;
using ProdAI.Testing;

namespace ProdAI.Telemetry.Tests.Budgets;

public class BudgetChatClientTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "Summarise the quarterly report in three bullet points, please.")];
    private static readonly CallAttribution Acme = new("acme", null, null);

    private static BudgetOptions Limit(decimal hard, decimal? soft = null) => new()
    {
        Limits = { new BudgetLimit { Scope = BudgetScope.Tenant, Period = BudgetPeriod.Month, HardLimit = hard, SoftLimit = soft } },
    };

    private static ChatOptions ForAcme(int maxOutput = 100) => new()
    {
        MaxOutputTokens = maxOutput,
        AdditionalProperties = new() { [ProdAIPropertyNames.Tenant] = "acme" },
    };

    [Fact]
    public async Task ThousandConcurrentCalls_InMemoryLedger_SpendNeverPassesLimitPlusOneReservation()
    {
        BudgetOptions options = Limit(0.01m);
        var ledger = new InMemoryBudgetLedger(options);
        var inner = new ScriptedChatClient("gpt-4o-mini")
        {
            RecordCalls = false,
            Responder = (_, _) => new ScriptedResponse
            {
                Text = "ok",
                Usage = new UsageDetails { InputTokenCount = 20, OutputTokenCount = 60 },
            },
        };
        using var client = new BudgetChatClient(inner, ledger, options);
        Assert.True(ModelCatalog.Default.TryGetModel("gpt-4o-mini", out ModelInfo? model));
        decimal oneReservation = CostCalculator.WorstCase(model!.Pricing!, 100, 100);

        int admitted = 0, refused = 0;
        decimal settledSum = 0m;
        var gate = new Lock();
        await Parallel.ForAsync(0, 1000, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (_, ct) =>
        {
            try
            {
                ChatResponse response = await client.GetResponseAsync(Prompt, ForAcme(), ct);
                var outcome = (BudgetOutcome)response.AdditionalProperties![ProdAIPropertyNames.Budget]!;
                lock (gate)
                {
                    admitted++;
                    settledSum += outcome.Settled;
                }
            }
            catch (BudgetExceededException)
            {
                Interlocked.Increment(ref refused);
            }
        });

        BudgetCounterStatus status = (await ledger.GetStatusAsync(Acme))[0];
        Assert.Equal(1000, admitted + refused);
        Assert.True(admitted > 0 && refused > 0, $"admitted {admitted}, refused {refused}");
        Assert.True(status.Spent <= 0.01m + oneReservation, $"spent {status.Spent}");
        Assert.Equal(settledSum, status.Spent);        // every settled call is on the ledger: nothing lost
        Assert.Equal(0m, status.Reserved);             // no reservation leaked
        Assert.Equal(admitted, inner.CallCount);       // refused calls never reached the provider
    }

    [Fact]
    public async Task HardLimit_RefusesBeforeCallingProvider_WithTypedException()
    {
        using var meters = new TestMeters();
        using var events = new MetricCollector<long>(meters.Factory, "ProdAI.Telemetry", "prodai.telemetry.budget.events");
        BudgetOptions options = Limit(0.00001m);
        var inner = new ScriptedChatClient("gpt-4o").ReplyWith("never", 1, 1);
        using var client = new BudgetChatClient(inner, new InMemoryBudgetLedger(options), options, meterFactory: meters.Factory);

        var ex = await Assert.ThrowsAsync<BudgetExceededException>(() => client.GetResponseAsync(Prompt, ForAcme()));
        Assert.Equal(ProdAIErrorCodes.BudgetExceeded, ex.Code);
        Assert.Equal("acme", ex.Scope!.Tenant);
        Assert.Equal(0, inner.CallCount);
        Assert.Equal("hard_limit_rejected", events.LastMeasurement!.Tags["prodai.budget.event"]);
    }

    [Fact]
    public async Task SoftLimit_RaisesCallbackMetricAndOutcome_CallProceeds()
    {
        using var meters = new TestMeters();
        using var events = new MetricCollector<long>(meters.Factory, "ProdAI.Telemetry", "prodai.telemetry.budget.events");
        BudgetOptions options = Limit(1m, soft: 0.00001m);
        BudgetSoftLimitArguments? raised = null;
        options.OnSoftLimitReached = args =>
        {
            raised = args;
            return ValueTask.CompletedTask;
        };
        var inner = new ScriptedChatClient("gpt-4o").ReplyWith("ok", 10, 10);
        using var client = new BudgetChatClient(inner, new InMemoryBudgetLedger(options), options, meterFactory: meters.Factory);

        ChatResponse response = await client.GetResponseAsync(Prompt, ForAcme());

        var outcome = (BudgetOutcome)response.AdditionalProperties![ProdAIPropertyNames.Budget]!;
        Assert.Equal(["tenant-month"], outcome.SoftLimitsReached);
        Assert.Equal("acme", raised!.Value.Attribution.Tenant);
        Assert.Equal("soft_limit_reached", events.LastMeasurement!.Tags["prodai.budget.event"]);
    }

    [Fact]
    public async Task ProviderFailure_ReleasesReservation()
    {
        BudgetOptions options = Limit(1m);
        var ledger = new InMemoryBudgetLedger(options);
        using var client = new BudgetChatClient(new ScriptedChatClient("gpt-4o").RateLimitWith(TimeSpan.FromSeconds(1)), ledger, options);

        await Assert.ThrowsAsync<ScriptedRateLimitException>(() => client.GetResponseAsync(Prompt, ForAcme()));

        BudgetCounterStatus status = (await ledger.GetStatusAsync(Acme))[0];
        Assert.Equal(0m, status.Spent);
        Assert.Equal(0m, status.Reserved);
    }

    [Fact]
    public async Task CancelledCall_ReleasesReservation()
    {
        BudgetOptions options = Limit(1m);
        var ledger = new InMemoryBudgetLedger(options);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var inner = new ScriptedChatClient("gpt-4o", time).Enqueue(new ScriptedResponse { Text = "slow", Latency = TimeSpan.FromMinutes(1) });
        using var client = new BudgetChatClient(inner, ledger, options);
        using var cts = new CancellationTokenSource();

        Task<ChatResponse> call = client.GetResponseAsync(Prompt, ForAcme(), cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(0m, (await ledger.GetStatusAsync(Acme))[0].Reserved);
    }

    [Fact]
    public async Task Streaming_FailsAfterFirstChunk_SettlesEstimateAndSurfacesError()
    {
        BudgetOptions options = Limit(1m);
        var ledger = new InMemoryBudgetLedger(options);
        var inner = new ScriptedChatClient("gpt-4o").Enqueue(new ScriptedResponse { Chunks = ["partial answer ", "more"], Exception = new IOException("connection reset"), FailAfterChunks = 1 });
        using var client = new BudgetChatClient(inner, ledger, options);

        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (ChatResponseUpdate _ in client.GetStreamingResponseAsync(Prompt, ForAcme()))
            {
            }
        });

        BudgetCounterStatus status = (await ledger.GetStatusAsync(Acme))[0];
        Assert.True(status.Spent > 0m);
        Assert.Equal(0m, status.Reserved);
    }

    [Fact]
    public async Task Streaming_FailsBeforeOutput_Releases()
    {
        BudgetOptions options = Limit(1m);
        var ledger = new InMemoryBudgetLedger(options);
        using var client = new BudgetChatClient(new ScriptedChatClient("gpt-4o").FailWith(new IOException("down")), ledger, options);

        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (ChatResponseUpdate _ in client.GetStreamingResponseAsync(Prompt, ForAcme()))
            {
            }
        });

        BudgetCounterStatus status = (await ledger.GetStatusAsync(Acme))[0];
        Assert.Equal(0m, status.Spent);
        Assert.Equal(0m, status.Reserved);
    }

    [Fact]
    public async Task Streaming_Completed_SettlesActualFromUsage()
    {
        BudgetOptions options = Limit(1m);
        var ledger = new InMemoryBudgetLedger(options);
        var inner = new ScriptedChatClient("gpt-4o").Enqueue(new ScriptedResponse { Chunks = ["a", "b"], Usage = new UsageDetails { InputTokenCount = 1000, OutputTokenCount = 100 } });
        using var client = new BudgetChatClient(inner, ledger, options);

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Prompt, ForAcme()))
        {
            updates.Add(update);
        }

        decimal expected = (1000 * 2.5m + 100 * 10m) / 1_000_000m;
        Assert.Equal(expected, (await ledger.GetStatusAsync(Acme))[0].Spent);
        Assert.Equal(expected, ((ChatCost)updates.ToChatResponse().AdditionalProperties![ProdAIPropertyNames.Cost]!).Total);
    }

    [Fact]
    public async Task Streaming_AbandonedByCaller_SettlesAndLeaksNothing()
    {
        BudgetOptions options = Limit(1m);
        var ledger = new InMemoryBudgetLedger(options);
        var inner = new ScriptedChatClient("gpt-4o").Enqueue(new ScriptedResponse { Chunks = ["a", "b", "c"] });
        using var client = new BudgetChatClient(inner, ledger, options);

        await foreach (ChatResponseUpdate _ in client.GetStreamingResponseAsync(Prompt, ForAcme()))
        {
            break;
        }

        BudgetCounterStatus status = (await ledger.GetStatusAsync(Acme))[0];
        Assert.Equal(0m, status.Reserved);
        Assert.True(status.Spent > 0m);
    }

    [Fact]
    public async Task Streaming_CancelledMidStream_SettlesWhatWasStreamed_LeaksNothing()
    {
        BudgetOptions options = Limit(1m);
        var ledger = new InMemoryBudgetLedger(options);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var inner = new ScriptedChatClient("gpt-4o", time).Enqueue(new ScriptedResponse { Chunks = ["first chunk ", "second"], ChunkLatency = TimeSpan.FromSeconds(10) });
        using var client = new BudgetChatClient(inner, ledger, options);
        using var cts = new CancellationTokenSource();

        var seen = new List<string>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Prompt, ForAcme(), cts.Token))
            {
                seen.Add(update.Text);
                await cts.CancelAsync(); // the caller gives up while the second chunk is pending
            }
        });

        Assert.Equal(["first chunk "], seen);
        BudgetCounterStatus status = (await ledger.GetStatusAsync(Acme))[0];
        Assert.Equal(0m, status.Reserved);
        Assert.True(status.Spent > 0m);
    }

    [Fact]
    public async Task InvalidUsage_SettlesAtReservation()
    {
        BudgetOptions options = Limit(1m);
        var ledger = new InMemoryBudgetLedger(options);
        var inner = new ScriptedChatClient("gpt-4o").Enqueue(new ScriptedResponse { Text = "x", Usage = new UsageDetails { InputTokenCount = -1, OutputTokenCount = 99_999_999_999 } });
        using var client = new BudgetChatClient(inner, ledger, options);

        ChatResponse response = await client.GetResponseAsync(Prompt, ForAcme());
        var outcome = (BudgetOutcome)response.AdditionalProperties![ProdAIPropertyNames.Budget]!;
        Assert.Equal(outcome.Reserved, outcome.Settled);
        Assert.Equal(outcome.Reserved, (await ledger.GetStatusAsync(Acme))[0].Spent);
    }

    [Fact]
    public async Task UnpricedModel_RefusedByDefault_AllowedWhenConfigured()
    {
        BudgetOptions options = Limit(1m);
        using var strict = new BudgetChatClient(new ScriptedChatClient("mystery-model").ReplyWith("x"), new InMemoryBudgetLedger(options), options);
        var ex = await Assert.ThrowsAsync<ProdAIException>(() => strict.GetResponseAsync(Prompt, ForAcme()));
        Assert.Equal(ProdAIErrorCodes.ModelNotPriced, ex.Code);

        BudgetOptions lenient = Limit(1m);
        lenient.RejectUnpricedModels = false;
        using var relaxed = new BudgetChatClient(new ScriptedChatClient("mystery-model").ReplyWith("x"), new InMemoryBudgetLedger(lenient), lenient);
        ChatResponse response = await relaxed.GetResponseAsync(Prompt, ForAcme());
        Assert.Null(((BudgetOutcome)response.AdditionalProperties![ProdAIPropertyNames.Budget]!).ReservationId);
    }

    [Fact]
    public async Task LedgerDown_FailClosed_RefusesWithBudgetUnavailable()
    {
        BudgetOptions options = Limit(1m);
        var inner = new ScriptedChatClient("gpt-4o").ReplyWith("x", 1, 1);
        using var client = new BudgetChatClient(inner, new UnreachableLedger(), options);

        var ex = await Assert.ThrowsAsync<BudgetUnavailableException>(() => client.GetResponseAsync(Prompt, ForAcme()));
        Assert.Equal(ProdAIErrorCodes.BudgetUnavailable, ex.Code);
        Assert.Equal(0, inner.CallCount);
    }

    [Fact]
    public async Task LedgerDown_FailOpen_CallGoesThroughUnbudgeted()
    {
        BudgetOptions options = Limit(1m);
        options.FailureMode = BudgetFailureMode.FailOpen;
        using var client = new BudgetChatClient(new ScriptedChatClient("gpt-4o").ReplyWith("x", 1, 1), new UnreachableLedger(), options);

        ChatResponse response = await client.GetResponseAsync(Prompt, ForAcme());
        Assert.True(((BudgetOutcome)response.AdditionalProperties![ProdAIPropertyNames.Budget]!).Unbudgeted);
    }

    [Fact]
    public async Task SettleFailure_IsRetriedBeforeNextCall_SoSpendIsNotLost()
    {
        BudgetOptions options = Limit(1m);
        var ledger = new FlakySettleLedger(new InMemoryBudgetLedger(options)) { FailSettles = 1 };
        using var client = new BudgetChatClient(new ScriptedChatClient("gpt-4o") { Responder = (_, _) => ScriptedResponse.Reply("x", 1000, 0) }, ledger, options);

        await client.GetResponseAsync(Prompt, ForAcme());   // settle fails, queued
        await client.GetResponseAsync(Prompt, ForAcme());   // queued settle retried first

        BudgetCounterStatus status = (await ledger.GetStatusAsync(Acme))[0];
        Assert.Equal(2 * 1000 * 2.5m / 1_000_000m, status.Spent);
        Assert.Equal(0m, status.Reserved);
    }

    [Fact]
    public void AddProdAIBudgets_BindsLimitsFromConfiguration_AndValidates()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Budgets:FailureMode"] = "FailOpen",
            ["Budgets:Limits:0:Scope"] = "Tenant",
            ["Budgets:Limits:0:Period"] = "Day",
            ["Budgets:Limits:0:HardLimit"] = "25",
            ["Budgets:Limits:0:SoftLimit"] = "20",
        }).Build();
        using ServiceProvider services = new ServiceCollection().AddProdAIBudgets(configuration.GetSection("Budgets")).BuildServiceProvider();
        BudgetOptions options = services.GetRequiredService<IOptions<BudgetOptions>>().Value;
        BudgetLimit limit = Assert.Single(options.Limits);
        Assert.Equal(BudgetPeriod.Day, limit.Period);
        Assert.Equal(25m, limit.HardLimit);
        Assert.Equal(BudgetFailureMode.FailOpen, options.FailureMode);
        Assert.IsType<InMemoryBudgetLedger>(services.GetRequiredService<IBudgetLedger>());

        using ServiceProvider invalid = new ServiceCollection()
            .AddProdAIBudgets(o => o.Limits.Add(new BudgetLimit { HardLimit = 1m, SoftLimit = 2m }))
            .BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => invalid.GetRequiredService<IOptions<BudgetOptions>>().Value);
        Assert.Contains("SoftLimit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipeline_UseCostTrackingAndUseBudgets_FromServices()
    {
        using ServiceProvider services = new ServiceCollection()
            .AddProdAITelemetry()
            .AddProdAIBudgets(o => o.Limits.Add(new BudgetLimit { Scope = BudgetScope.Tenant, HardLimit = 1m }))
            .BuildServiceProvider();
        using IChatClient client = new ScriptedChatClient("gpt-4o").ReplyWith("ok", 100, 10)
            .AsBuilder().UseCostTracking().UseBudgets().Build(services);

        ChatResponse response = await client.GetResponseAsync(Prompt, ForAcme());
        Assert.Equal((100 * 2.5m + 10 * 10m) / 1_000_000m, ((ChatCost)response.AdditionalProperties![ProdAIPropertyNames.Cost]!).Total);
        Assert.NotNull(response.AdditionalProperties[ProdAIPropertyNames.Budget]);
    }

    [Fact]
    public void UseBudgets_WithoutAddProdAIBudgets_ThrowsNamingTheFix()
    {
        using ServiceProvider services = new ServiceCollection().BuildServiceProvider();
        var ex = Assert.Throws<InvalidOperationException>(() => new ScriptedChatClient().AsBuilder().UseBudgets().Build(services));
        Assert.Contains("AddProdAIBudgets", ex.Message, StringComparison.Ordinal);
    }

    private sealed class UnreachableLedger : IBudgetLedger
    {
        public ValueTask<BudgetReservation> ReserveAsync(CallAttribution attribution, decimal amount, CancellationToken cancellationToken = default) =>
            throw new BudgetUnavailableException("ledger down", new IOException("connection refused"));

        public ValueTask SettleAsync(BudgetReservation reservation, decimal actualCost, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask ReleaseAsync(BudgetReservation reservation, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<IReadOnlyList<BudgetCounterStatus>> GetStatusAsync(CallAttribution attribution, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class FlakySettleLedger(IBudgetLedger inner) : IBudgetLedger
    {
        public int FailSettles { get; set; }

        public ValueTask<BudgetReservation> ReserveAsync(CallAttribution attribution, decimal amount, CancellationToken cancellationToken = default) => inner.ReserveAsync(attribution, amount, cancellationToken);

        public ValueTask SettleAsync(BudgetReservation reservation, decimal actualCost, CancellationToken cancellationToken = default)
        {
            if (FailSettles-- > 0)
            {
                throw new BudgetUnavailableException("blip");
            }

            return inner.SettleAsync(reservation, actualCost, cancellationToken);
        }

        public ValueTask ReleaseAsync(BudgetReservation reservation, CancellationToken cancellationToken = default) => inner.ReleaseAsync(reservation, cancellationToken);

        public ValueTask<IReadOnlyList<BudgetCounterStatus>> GetStatusAsync(CallAttribution attribution, CancellationToken cancellationToken = default) => inner.GetStatusAsync(attribution, cancellationToken);
    }
}
