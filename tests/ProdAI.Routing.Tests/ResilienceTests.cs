using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using ProdAI.Testing;
using static ProdAI.Routing.Tests.TestSupport;

namespace ProdAI.Routing.Tests;

public class ResilienceTests
{
    private readonly FakeTimeProvider _time = NewClock();

    [Fact]
    public async Task A429WithRetryAfterWaitsThatLongThenRetriesTheSameDeployment()
    {
        var primary = new ScriptedChatClient("gpt-4o-mini", _time).RateLimitWith(TimeSpan.FromSeconds(2)).ReplyWith("after the wait", 10, 3);
        var secondary = Replying("secondary", _time);
        var router = new RouterChatClient(new DeploymentCatalog([Deployment("primary", primary), Deployment("secondary", secondary, tier: 1)], timeProvider: _time), new CheapestCapablePolicy());

        Task<ChatResponse> call = router.GetResponseAsync(Hello);
        await Settle();
        _time.Advance(TimeSpan.FromSeconds(1.9));
        await Settle();
        Assert.False(call.IsCompleted);
        Assert.Equal(1, primary.CallCount);

        _time.Advance(TimeSpan.FromSeconds(0.2));
        ChatResponse response = await call.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("after the wait", response.Text);
        Assert.Equal(2, primary.CallCount);
        Assert.Equal(0, secondary.CallCount);
        RouteAttempt attempt = Assert.Single(response.Route().Attempts);
        Assert.Equal(("primary", RouteAttemptOutcome.Succeeded), (attempt.Deployment, attempt.Outcome));
    }

    [Fact]
    public async Task ARetryAfterLongerThanTheRouterWaitsCoolsTheDeploymentDownAndFailsOverAtOnce()
    {
        var primary = new ScriptedChatClient("gpt-4o-mini", _time).RateLimitWith(TimeSpan.FromMinutes(2));
        var secondary = Replying("secondary", _time);
        var catalog = new DeploymentCatalog([Deployment("primary", primary), Deployment("secondary", secondary, tier: 1)], timeProvider: _time);
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy());

        ChatResponse response = await router.GetResponseAsync(Hello).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("secondary", response.Text);
        Assert.Equal(1, primary.CallCount);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(2), catalog.GetHealth(0).CooldownUntil);

        // While cooling down the primary is not called at all.
        response = await router.GetResponseAsync(Hello);
        Assert.Equal(RouteAttemptOutcome.Unavailable, response.Route().Attempts[0].Outcome);
        Assert.Equal(1, primary.CallCount);
    }

    [Fact]
    public async Task ADeadPrimaryOpensItsCircuitTrafficFailsOverAndTheHalfOpenProbeRestoresIt()
    {
        bool dead = true;
        var primary = new ScriptedChatClient("gpt-4o-mini", _time) { Responder = (_, _) => dead ? ScriptedResponse.Fail(Unavailable()) : ScriptedResponse.Reply("primary", 10, 2) };
        var secondary = Replying("secondary", _time);
        var catalog = new DeploymentCatalog(
            [Deployment("primary", primary, configure: d => d.Resilience.MaxRetryAttempts = 0), Deployment("secondary", secondary, tier: 1)],
            timeProvider: _time);
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy());

        for (int i = 0; i < 4; i++)
        {
            ChatResponse failedOver = await router.GetResponseAsync(Hello);
            Assert.Equal("secondary", failedOver.Text);
            Assert.Equal([RouteAttemptOutcome.Failed, RouteAttemptOutcome.Succeeded], failedOver.Route().Attempts.Select(a => a.Outcome));
        }

        Assert.Equal(CircuitState.Open, catalog.GetHealth(0).CircuitState);
        Assert.False(catalog.GetHealth(0).IsAvailable);

        // Open: the primary is skipped without a call.
        ChatResponse skipped = await router.GetResponseAsync(Hello);
        Assert.Equal("secondary", skipped.Text);
        Assert.Equal(("primary", RouteAttemptOutcome.Unavailable, "circuit_open"), (skipped.Route().Attempts[0].Deployment, skipped.Route().Attempts[0].Outcome, skipped.Route().Attempts[0].Error));
        Assert.Equal(4, primary.CallCount);

        // After the cooldown one probe goes through; it succeeds and closes the circuit.
        dead = false;
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(catalog.GetHealth(0).IsAvailable);
        _time.Advance(TimeSpan.FromSeconds(1.1));
        Assert.True(catalog.GetHealth(0).IsAvailable);
        ChatResponse probe = await router.GetResponseAsync(Hello);
        Assert.Equal("primary", probe.Text);
        Assert.Equal(CircuitState.Closed, catalog.GetHealth(0).CircuitState);
        Assert.Equal("primary", (await router.GetResponseAsync(Hello)).Text);
    }

    [Fact]
    public async Task ASlowDeploymentTimesOutAndTheNextCandidateAnswers()
    {
        var slow = new ScriptedChatClient("gpt-4o-mini", _time).Enqueue(new ScriptedResponse { Text = "late", Latency = TimeSpan.FromMinutes(5) });
        var fast = Replying("fast", _time);
        var router = new RouterChatClient(
            new DeploymentCatalog([Deployment("slow", slow, configure: d => { d.Resilience.AttemptTimeout = TimeSpan.FromSeconds(3); d.Resilience.MaxRetryAttempts = 0; }), Deployment("fast", fast, tier: 1)], timeProvider: _time),
            new CheapestCapablePolicy());

        ChatResponse response = await router.GetResponseAsync(Hello).Drive(_time, TimeSpan.FromMilliseconds(500));
        Assert.Equal("fast", response.Text);
        Assert.Equal(("slow", RouteAttemptOutcome.Failed, "timeout"), (response.Route().Attempts[0].Deployment, response.Route().Attempts[0].Outcome, response.Route().Attempts[0].Error));
    }

    [Fact]
    public async Task AStreamThatFailsAfterItsFirstChunkDoesNotFailOverAndSurfacesTheError()
    {
        var primary = new ScriptedChatClient("gpt-4o-mini", _time).Enqueue(new ScriptedResponse { Chunks = ["Hel", "lo", "!"], FailAfterChunks = 1, Exception = Unavailable() });
        var secondary = Replying("secondary", _time);
        var router = new RouterChatClient(new DeploymentCatalog([Deployment("primary", primary), Deployment("secondary", secondary, tier: 1)], timeProvider: _time), new CheapestCapablePolicy());

        var received = new List<string>();
        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            await foreach (ChatResponseUpdate update in router.GetStreamingResponseAsync(Hello))
            {
                received.Add(update.Text);
            }
        });

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(["Hel"], received);
        Assert.Equal(0, secondary.CallCount);
        Assert.Equal(1, primary.CallCount);
        Assert.Equal((1, 1), router.Catalog.GetHealth(0).GetWindow());
    }

    [Fact]
    public async Task AStreamThatFailsBeforeAnyOutputFailsOverAndCarriesTheDecisionOnItsFirstUpdate()
    {
        var primary = new ScriptedChatClient("gpt-4o-mini", _time).FailWith(Unavailable());
        var secondary = new ScriptedChatClient("gpt-4o", _time).Enqueue(new ScriptedResponse { Chunks = ["a", "b"] });
        var router = new RouterChatClient(
            new DeploymentCatalog([Deployment("primary", primary, configure: d => d.Resilience.MaxRetryAttempts = 0), Deployment("secondary", secondary, "gpt-4o", tier: 1)], timeProvider: _time),
            new CheapestCapablePolicy());

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in router.GetStreamingResponseAsync(Hello))
        {
            updates.Add(update);
        }

        Assert.Equal("ab", string.Concat(updates.Select(u => u.Text)));
        var decision = (RouteDecision)updates[0].AdditionalProperties![ProdAI.Telemetry.ProdAIPropertyNames.Route]!;
        Assert.Equal("secondary", decision.Deployment);
        Assert.Equal([RouteAttemptOutcome.Failed, RouteAttemptOutcome.Succeeded], decision.Attempts.Select(a => a.Outcome));
    }

    [Fact]
    public async Task HedgingSendsALatencyCriticalRequestToTheNextCandidateAfterTheDelayAndTheFirstAnswerWins()
    {
        var slow = new ScriptedChatClient("gpt-4o-mini", _time).Enqueue(new ScriptedResponse { Text = "slow", Latency = TimeSpan.FromSeconds(30) });
        var fast = new ScriptedChatClient("gpt-4o", _time).Enqueue(new ScriptedResponse { Text = "fast", Latency = TimeSpan.FromMilliseconds(200) });
        var router = new RouterChatClient(
            new DeploymentCatalog([Deployment("slow", slow), Deployment("fast", fast, "gpt-4o", tier: 1)], timeProvider: _time),
            new CheapestCapablePolicy(),
            new RouterOptions { HedgingDelay = TimeSpan.FromSeconds(1) });
        var options = new ChatOptions { AdditionalProperties = new() { [RoutingPropertyNames.LatencyCritical] = true } };

        ChatResponse response = await router.GetResponseAsync(Hello, options).Drive(_time, TimeSpan.FromMilliseconds(100));
        Assert.Equal("fast", response.Text);
        Assert.Equal("fast", response.Route().Deployment);
        Assert.Equal(1, slow.CallCount);
        Assert.Equal(1, fast.CallCount);
        await Settle();
        Assert.Contains(response.Route().Attempts, a => a.Deployment == "fast" && a.Outcome == RouteAttemptOutcome.Succeeded);
    }

    [Fact]
    public async Task ACancelledCallIsNotFailedOver()
    {
        var slow = new ScriptedChatClient("gpt-4o-mini", _time).Enqueue(new ScriptedResponse { Text = "slow", Latency = TimeSpan.FromSeconds(30) });
        var other = Replying("other", _time);
        var router = new RouterChatClient(new DeploymentCatalog([Deployment("slow", slow), Deployment("other", other, tier: 1)], timeProvider: _time), new CheapestCapablePolicy());
        using var cts = new CancellationTokenSource();

        Task<ChatResponse> call = router.GetResponseAsync(Hello, null, cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, other.CallCount);
    }

    [Fact]
    public async Task WhenEveryDeploymentFailsTheCallerGetsATypedErrorWithEveryAttempt()
    {
        var a = new ScriptedChatClient("gpt-4o-mini", _time) { Responder = (_, _) => ScriptedResponse.Fail(Unavailable()) };
        var b = new ScriptedChatClient("gpt-4o", _time) { Responder = (_, _) => ScriptedResponse.Fail(new InvalidOperationException("boom")) };
        var router = new RouterChatClient(
            new DeploymentCatalog([Deployment("a", a, configure: d => d.Resilience.MaxRetryAttempts = 0), Deployment("b", b, "gpt-4o", tier: 1)], timeProvider: _time),
            new CheapestCapablePolicy());

        NoDeploymentAvailableException error = await Assert.ThrowsAsync<NoDeploymentAvailableException>(() => router.GetResponseAsync(Hello));
        Assert.Equal("no_deployment_available", error.Code);
        Assert.Equal(["a", "b"], error.Attempts.Select(x => x.Deployment));
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.DoesNotContain("Hello", error.Message, StringComparison.Ordinal);
    }
}
