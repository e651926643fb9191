using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using ProdAI.Testing;
using static ProdAI.Routing.Tests.TestSupport;

namespace ProdAI.Routing.Tests;

public class EdgeCaseTests
{
    private readonly FakeTimeProvider _time = NewClock();

    [Fact]
    public async Task ACallerLeavingAStreamIsNotCountedAgainstTheDeployment()
    {
        var primary = new ScriptedChatClient("gpt-4o-mini", _time).Enqueue(new ScriptedResponse { Chunks = ["a", "b", "c"], ChunkLatency = TimeSpan.FromSeconds(1) });
        var router = new RouterChatClient(new DeploymentCatalog([Deployment("primary", primary)], timeProvider: _time), new CheapestCapablePolicy());
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ChatResponseUpdate _ in router.GetStreamingResponseAsync(Hello, null, cts.Token))
            {
                await cts.CancelAsync();
            }
        });

        Assert.Equal(0, router.Catalog.GetHealth(0).GetWindow().Errors);
    }

    [Fact]
    public async Task ClientErrorsFailOverButNeverOpenACircuit()
    {
        var a = new ScriptedChatClient("gpt-4o-mini", _time) { Responder = (_, _) => ScriptedResponse.Fail(new HttpRequestException("400", null, HttpStatusCode.BadRequest)) };
        var b = new ScriptedChatClient("gpt-4o", _time) { Responder = (_, _) => ScriptedResponse.Fail(new HttpRequestException("400", null, HttpStatusCode.BadRequest)) };
        var catalog = new DeploymentCatalog([Deployment("a", a), Deployment("b", b, "gpt-4o", tier: 1)], timeProvider: _time);
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy());

        for (int i = 0; i < 10; i++)
        {
            await Assert.ThrowsAsync<NoDeploymentAvailableException>(() => router.GetResponseAsync(Hello));
        }

        Assert.Equal(CircuitState.Closed, catalog.GetHealth(0).CircuitState);
        Assert.Equal(CircuitState.Closed, catalog.GetHealth(1).CircuitState);
        Assert.Equal((10, 10), (a.CallCount, b.CallCount)); // 400 is not retried
    }

    [Fact]
    public async Task ACircuitOpeningDuringRetriesIsAFailedAttemptNotASkip_AndAuthErrorsDoOpenIt()
    {
        var dead = new ScriptedChatClient("gpt-4o-mini", _time) { Responder = (_, _) => ScriptedResponse.Fail(new HttpRequestException("500", null, HttpStatusCode.InternalServerError)) };
        var other = Replying("other", _time, "gpt-4o");
        var router = new RouterChatClient(
            new DeploymentCatalog([Deployment("dead", dead, configure: d => { d.Resilience.MinimumThroughput = 2; d.Resilience.RetryBaseDelay = TimeSpan.Zero; }), Deployment("other", other, "gpt-4o", tier: 1)], timeProvider: _time),
            new CheapestCapablePolicy(),
            new RouterOptions { MaxAttempts = 1 });

        NoDeploymentAvailableException error = await Assert.ThrowsAsync<NoDeploymentAvailableException>(() => router.GetResponseAsync(Hello).Drive(_time, TimeSpan.FromMilliseconds(10)));
        Assert.Equal(("dead", RouteAttemptOutcome.Failed), (Assert.Single(error.Attempts).Deployment, error.Attempts[0].Outcome));
        Assert.Equal(2, dead.CallCount); // the third try met the circuit it had just opened
        Assert.Equal(0, other.CallCount); // still one attempt: MaxAttempts holds

        var unauthorized = new ScriptedChatClient("gpt-4o-mini", _time) { Responder = (_, _) => ScriptedResponse.Fail(new HttpRequestException("401", null, HttpStatusCode.Unauthorized)) };
        var catalog = new DeploymentCatalog([Deployment("bad-key", unauthorized, configure: d => d.Resilience.MinimumThroughput = 2), Deployment("other", Replying("other", _time, "gpt-4o"), "gpt-4o", tier: 1)], timeProvider: _time);
        var second = new RouterChatClient(catalog, new CheapestCapablePolicy());
        await second.GetResponseAsync(Hello);
        await second.GetResponseAsync(Hello);
        Assert.Equal(CircuitState.Open, catalog.GetHealth(0).CircuitState);
    }

    [Fact]
    public async Task AProviderTimeoutSurfacingAsCancellationIsRetriedAndFailedOver()
    {
        var flaky = new ScriptedChatClient("gpt-4o-mini", _time) { Responder = (_, _) => ScriptedResponse.Fail(new TaskCanceledException("HttpClient.Timeout of 100 s elapsed", new TimeoutException())) };
        var other = Replying("other", _time, "gpt-4o");
        var router = new RouterChatClient(
            new DeploymentCatalog([Deployment("flaky", flaky, configure: d => d.Resilience.RetryBaseDelay = TimeSpan.Zero), Deployment("other", other, "gpt-4o", tier: 1)], timeProvider: _time),
            new CheapestCapablePolicy());

        ChatResponse response = await router.GetResponseAsync(Hello).Drive(_time, TimeSpan.FromMilliseconds(50));
        Assert.Equal("other", response.Text);
        Assert.Equal(3, flaky.CallCount); // first try + 2 retries
        Assert.Equal("timeout", response.Route().Attempts[0].Error);
    }

    [Fact]
    public async Task WhenHedgedCallsAllFailTheRouterFailsOverToTheNextCandidates()
    {
        ScriptedChatClient Failing(string model) => new(model, _time) { Responder = (_, _) => ScriptedResponse.Fail(Unavailable()) };
        var third = Replying("third", _time, "gpt-4o");
        var router = new RouterChatClient(
            new DeploymentCatalog(
                [Deployment("first", Failing("gpt-4o-mini"), configure: d => d.Resilience.MaxRetryAttempts = 0), Deployment("second", Failing("gpt-4.1-mini"), "gpt-4.1-mini", configure: d => d.Resilience.MaxRetryAttempts = 0), Deployment("third", third, "gpt-4o", tier: 1)],
                timeProvider: _time),
            new CheapestCapablePolicy(),
            new RouterOptions { HedgingDelay = TimeSpan.FromSeconds(1), HedgeAllRequests = true, MaxAttempts = 3 });

        ChatResponse response = await router.GetResponseAsync(Hello).Drive(_time, TimeSpan.FromMilliseconds(100));
        Assert.Equal("third", response.Text);
        Assert.Equal("third", response.Route().Deployment);
    }

    [Fact]
    public async Task AStreamingCascadeReturnsTheRejectedAnswerWhenEscalationFails_AndEscalatesOnlyUpwards()
    {
        var cheap = new ScriptedChatClient("gpt-4o-mini", _time).Enqueue(new ScriptedResponse { Chunks = ["I'm not sure", "."] });
        var cheap2 = Replying("second cheap", _time);
        var strong = new ScriptedChatClient("gpt-4o", _time) { Responder = (_, _) => ScriptedResponse.Fail(Unavailable()) };
        var router = new RouterChatClient(
            new DeploymentCatalog([Deployment("cheap", cheap), Deployment("cheap2", cheap2), Deployment("strong", strong, "gpt-4o", tier: 1, configure: d => d.Resilience.MaxRetryAttempts = 0)], timeProvider: _time),
            new CascadePolicy());

        var text = new System.Text.StringBuilder();
        await foreach (ChatResponseUpdate update in router.GetStreamingResponseAsync(Hello))
        {
            text.Append(update.Text);
        }

        Assert.Equal("I'm not sure.", text.ToString());
        Assert.Equal(0, cheap2.CallCount); // the same tier is not an escalation
        Assert.Equal(1, strong.CallCount);
    }

    [Fact]
    public async Task RetryAfterIsReadFromTheRawResponseHeadersOfSdkExceptions()
    {
        var primary = new ScriptedChatClient("gpt-4o-mini", _time).Enqueue(ScriptedResponse.Fail(new SdkException(429, "retry-after-ms", "1500"))).ReplyWith("ok");
        var router = new RouterChatClient(new DeploymentCatalog([Deployment("primary", primary)], timeProvider: _time), new CheapestCapablePolicy());

        Assert.Equal(TimeSpan.FromMilliseconds(1500), RoutingErrors.GetRetryAfter(new SdkException(429, "retry-after-ms", "1500")));
        Assert.Equal(TimeSpan.FromSeconds(7), RoutingErrors.GetRetryAfter(new SdkException(503, "retry-after", "7")));
        Assert.Equal(429, RoutingErrors.GetStatusCode(new SdkException(429, "x", "y")));
        Task<ChatResponse> call = router.GetResponseAsync(Hello);
        await Settle();
        _time.Advance(TimeSpan.FromMilliseconds(1400));
        await Settle();
        Assert.False(call.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Equal("ok", (await call.WaitAsync(TimeSpan.FromSeconds(10))).Text);
    }

    [Fact]
    public async Task ToolResultsCountTowardTheContextEstimate()
    {
        var catalog = new DeploymentCatalog(
            [Deployment("small", Replying("small", _time), configure: d => d.ContextWindow = 8_000), Deployment("large", Replying("large", _time), "gpt-4o", tier: 1)],
            timeProvider: _time);
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy());
        ChatMessage[] agentTurn =
        [
            new(ChatRole.User, "Summarise the log."),
            new(ChatRole.Assistant, [new FunctionCallContent("c1", "read_log")]),
            new(ChatRole.Tool, [new FunctionResultContent("c1", string.Join('\n', Enumerable.Repeat("2026-11-26 ERROR disk quota exceeded on volume 7", 2_000)))]),
        ];

        Assert.Equal("large", (await router.GetResponseAsync(agentTurn)).Text);
    }

    [Fact]
    public async Task WithEveryCircuitOpenTheErrorCarriesTheEarliestRecovery()
    {
        var dead = new ScriptedChatClient("gpt-4o-mini", _time) { Responder = (_, _) => ScriptedResponse.Fail(Unavailable()) };
        var router = new RouterChatClient(new DeploymentCatalog([Deployment("dead", dead, configure: d => { d.Resilience.MaxRetryAttempts = 0; d.Resilience.MinimumThroughput = 2; })], timeProvider: _time), new CheapestCapablePolicy());
        await Assert.ThrowsAsync<NoDeploymentAvailableException>(() => router.GetResponseAsync(Hello));
        await Assert.ThrowsAsync<NoDeploymentAvailableException>(() => router.GetResponseAsync(Hello));

        NoDeploymentAvailableException error = await Assert.ThrowsAsync<NoDeploymentAvailableException>(() => router.GetResponseAsync(Hello));
        Assert.Equal(RouteAttemptOutcome.Unavailable, Assert.Single(error.Attempts).Outcome);
        Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter);
    }

    [Fact]
    public async Task UseRoutingWithAnExplicitPolicyStillKnowsTheNamedPolicies()
    {
        var services = new ServiceCollection();
        services.AddProdAIRouting(configure: o =>
        {
            o.Deployments.Add(new ModelDeployment { Name = "cheap", Model = "gpt-4o-mini", Client = Replying("cheap") });
            o.Deployments.Add(new ModelDeployment { Name = "strong", Model = "gpt-4o", Tier = 1, Client = Replying("strong") });
        });
        using ServiceProvider sp = services.BuildServiceProvider();
        IChatClient client = new ChatClientBuilder(new ScriptedChatClient()).UseRouting(policy: new CheapestCapablePolicy()).Build(sp);

        ChatResponse response = await client.GetResponseAsync(Hello, new ChatOptions { AdditionalProperties = new() { [RoutingPropertyNames.Policy] = "cascade" } });
        Assert.Equal("cascade", response.Route().Policy);
    }

    [Fact]
    public async Task ATenMegabytePromptGetsAClearRefusalWithoutCallingAnything()
    {
        var client = Replying("x", _time);
        var router = new RouterChatClient(new DeploymentCatalog([Deployment("only", client)], timeProvider: _time));
        string huge = string.Concat(Enumerable.Repeat("lorem ipsum dolor \ud800 sit amet ", 350_000));

        NoDeploymentAvailableException error = await Assert.ThrowsAsync<NoDeploymentAvailableException>(() => router.GetResponseAsync(huge).WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("tokens", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, client.CallCount);
    }

    [Fact]
    public async Task EmptyAndSystemOnlyConversationsAreRoutedWithoutAUserMessage()
    {
        var router = new RouterChatClient(new DeploymentCatalog([Deployment("weak", Replying("weak", _time)), Deployment("strong", Replying("strong", _time), "gpt-4o", tier: 1)], timeProvider: _time));
        Assert.Equal("weak", (await router.GetResponseAsync([])).Text);
        Assert.Equal("weak", (await router.GetResponseAsync([new ChatMessage(ChatRole.System, "You are terse.")])).Text);
    }

    [Fact]
    public void AnAttemptTimeoutBeyondOneDayIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeploymentCatalog([Deployment("a", Replying("a"), configure: d => d.Resilience.AttemptTimeout = TimeSpan.FromDays(60))]));
    }

    /// <summary>Shaped like System.ClientModel's ClientResultException: an integer Status and GetRawResponse().Headers.TryGetValue.</summary>
    private sealed class SdkException(int status, string header, string value) : Exception($"HTTP {status}")
    {
        public int Status => status;

        public Response GetRawResponse() => new(header, value);

        public sealed class Response(string header, string value)
        {
            public Headers Headers { get; } = new(header, value);
        }

        public sealed class Headers(string header, string value)
        {
            public bool TryGetValue(string name, out string? result)
            {
                result = string.Equals(name, header, StringComparison.OrdinalIgnoreCase) ? value : null;
                return result is not null;
            }
        }
    }
}
