using System.Threading.RateLimiting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProdAI.Routing.RateLimiting;
using ProdAI.Testing;
using static ProdAI.Routing.Tests.TestSupport;

namespace ProdAI.Routing.Tests;

public class CanaryAndRateLimitTests
{
    private readonly FakeTimeProvider _time = NewClock();

    [Fact]
    public async Task ACanaryWithTwentyPercentErrorsIsRolledBackAndTrafficReturnsToTheBaseline()
    {
        int canaryCalls = 0;
        var canaryClient = new ScriptedChatClient("gpt-4o", _time)
        {
            Responder = (_, _) => Interlocked.Increment(ref canaryCalls) % 5 == 0 ? ScriptedResponse.Fail(Unavailable()) : ScriptedResponse.Reply("canary", 10, 2),
        };
        var baseline = Replying("baseline", _time, "gpt-4o");
        var catalog = new DeploymentCatalog(
            [Deployment("baseline", baseline, "gpt-4o"), Deployment("canary", canaryClient, "gpt-4o", configure: d => { d.Resilience.MaxRetryAttempts = 0; d.Resilience.MinimumThroughput = 1000; })],
            timeProvider: _time);
        var policy = new CanaryPolicy(new CanaryOptions { Baseline = "baseline", Canary = "canary", Percent = 50, StickyBy = StickyBy.None, MinimumSamples = 20 });
        string? reason = null;
        policy.RolledBack += (_, r) => reason = r;
        var router = new RouterChatClient(catalog, policy);

        int toCanary = 0;
        for (int i = 0; i < 200 && policy.State == CanaryState.Active; i++)
        {
            ChatResponse response = await router.GetResponseAsync(Hello);
            Assert.NotEqual("", response.Text); // failed canary calls fail over to the baseline: the caller never sees the error
            toCanary += response.Route().Attempts[0].Deployment == "canary" ? 1 : 0;
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(CanaryState.RolledBack, policy.State);
        Assert.NotNull(reason);
        Assert.Contains("error rate", reason, StringComparison.Ordinal);
        Assert.InRange(toCanary, 20, 60);

        int before = canaryClient.CallCount;
        for (int i = 0; i < 50; i++)
        {
            ChatResponse response = await router.GetResponseAsync(Hello);
            Assert.Equal(("baseline", "canary_rolled_back"), (response.Text, response.Route().Reason));
        }

        Assert.Equal(before, canaryClient.CallCount);
        policy.Resume();
        Assert.Equal(CanaryState.Active, policy.State);
    }

    [Fact]
    public async Task ANamedCanaryPolicyChosenPerRequestGetsTheFeedbackAndRetriedFailuresCount()
    {
        int calls = 0;
        var flaky = new ScriptedChatClient("gpt-4o", _time) { Responder = (_, _) => Interlocked.Increment(ref calls) % 3 == 0 ? ScriptedResponse.Fail(Unavailable()) : ScriptedResponse.Reply("canary") };
        var catalog = new DeploymentCatalog(
            [Deployment("baseline", Replying("baseline", _time, "gpt-4o"), "gpt-4o"), Deployment("canary", flaky, "gpt-4o", configure: d => { d.Resilience.RetryBaseDelay = TimeSpan.Zero; d.Resilience.MinimumThroughput = 1000; })],
            timeProvider: _time);
        var canary = new CanaryPolicy(new CanaryOptions { Baseline = "baseline", Canary = "canary", Percent = 100, StickyBy = StickyBy.None, MinimumSamples = 10, MaxLatencyRatio = null });
        var options = new RouterOptions();
        options.Policies["canary"] = canary;
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy(), options);
        var useCanary = new ChatOptions { AdditionalProperties = new() { [RoutingPropertyNames.Policy] = "canary" } };

        for (int i = 0; i < 30 && canary.State == CanaryState.Active; i++)
        {
            ChatResponse response = await router.GetResponseAsync(Hello, useCanary);
            Assert.Equal("canary", response.Text); // every failure was retried successfully: the caller never saw one
        }

        Assert.Equal(CanaryState.RolledBack, canary.State);
        (int windowCalls, int windowErrors) = catalog.GetHealth(1).GetWindow();
        Assert.True(windowErrors > 0 && windowErrors < windowCalls);
        Assert.Equal("baseline", (await router.GetResponseAsync(Hello, useCanary)).Text);
    }

    [Fact]
    public async Task AHealthyCanaryKeepsItsShareStickyPerUser()
    {
        var catalog = new DeploymentCatalog([Deployment("baseline", Replying("baseline", _time)), Deployment("canary", Replying("canary", _time))], timeProvider: _time);
        var policy = new CanaryPolicy(new CanaryOptions { Baseline = "baseline", Canary = "canary", Percent = 10, StickyBy = StickyBy.User });
        var router = new RouterChatClient(catalog, policy);
        int canary = 0;
        for (int user = 0; user < 1_000; user++)
        {
            var options = new ChatOptions { AdditionalProperties = new() { [ProdAI.Telemetry.ProdAIPropertyNames.User] = "u" + user } };
            string first = (await router.GetResponseAsync(Hello, options)).Text;
            Assert.Equal(first, (await router.GetResponseAsync(Hello, options)).Text);
            canary += first == "canary" ? 1 : 0;
        }

        Assert.InRange(canary, 70, 130);
        Assert.Equal(CanaryState.Active, policy.State);
    }

    [Fact]
    public async Task ARateLimitedTenantGetsATypedRejectionWithTheRetryAfterTime()
    {
        var inner = Replying("ok", _time);
        IChatClient client = new ChatClientBuilder(inner)
            .UseTokenRateLimiting(new TokenRateLimitOptions { RequestsPerWindow = 100, TokensPerWindow = 1_000 })
            .Build(new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddSingleton<TimeProvider>(_time).BuildServiceProvider());
        var acme = new ChatOptions { MaxOutputTokens = 400, AdditionalProperties = new() { [ProdAI.Telemetry.ProdAIPropertyNames.Tenant] = "acme" } };
        var globex = new ChatOptions { MaxOutputTokens = 400, AdditionalProperties = new() { [ProdAI.Telemetry.ProdAIPropertyNames.Tenant] = "globex" } };

        await client.GetResponseAsync(Hello, acme);
        await client.GetResponseAsync(Hello, acme);
        RateLimitExceededException error = await Assert.ThrowsAsync<RateLimitExceededException>(() => client.GetResponseAsync(Hello, acme));
        Assert.Equal(("rate_limited", "tenant", "acme"), (error.Code, error.Limit, error.Scope?.Tenant));
        Assert.NotNull(error.RetryAfter);
        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal(2, inner.CallCount);

        // Another tenant has its own quota; after the retry-after time the first one passes again.
        await client.GetResponseAsync(Hello, globex);
        _time.Advance(error.RetryAfter.Value);
        await client.GetResponseAsync(Hello, acme);
        Assert.Equal(4, inner.CallCount);
    }

    [Fact]
    public async Task ADeploymentOverItsRequestQuotaIsSkippedAndWhenAllAreTheCallerGetsARateLimitError()
    {
        var a = Replying("a", _time);
        var b = Replying("b", _time, "gpt-4o");
        var catalog = new DeploymentCatalog(
            [Deployment("a", a, configure: d => d.RequestsPerMinute = 2), Deployment("b", b, "gpt-4o", tier: 1, configure: d => d.RequestsPerMinute = 1)],
            timeProvider: _time);
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy());

        Assert.Equal("a", (await router.GetResponseAsync(Hello)).Text);
        Assert.Equal("a", (await router.GetResponseAsync(Hello)).Text);
        ChatResponse third = await router.GetResponseAsync(Hello);
        Assert.Equal("b", third.Text);
        Assert.Equal(RouteAttemptOutcome.RateLimited, third.Route().Attempts[0].Outcome);

        RateLimitExceededException error = await Assert.ThrowsAsync<RateLimitExceededException>(() => router.GetResponseAsync(Hello));
        Assert.Equal("deployments", error.Limit);
        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void TheTokenLimiterRefillsContinuouslyAndReportsTheWait()
    {
        var limiter = new TokenRateLimiter(new TokenRateLimitOptions { RequestsPerWindow = 10, TokensPerWindow = 600 }, _time);
        using (RateLimitLease lease = limiter.AttemptAcquire(500))
        {
            Assert.True(lease.IsAcquired);
        }

        using (RateLimitLease refused = limiter.AttemptAcquire(200))
        {
            Assert.False(refused.IsAcquired);
            Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait));
            Assert.Equal(TimeSpan.FromSeconds(10), wait); // 100 missing tokens at 10 tokens a second
        }

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(limiter.AttemptAcquire(200).IsAcquired);

        using RateLimitLease never = limiter.AttemptAcquire(601);
        Assert.False(never.IsAcquired);
        Assert.False(never.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan _));
        Assert.Equal(1, limiter.GetStatistics()!.TotalSuccessfulLeases - 1);

        limiter.Adjust(400);
        Assert.True(limiter.GetStatistics()!.CurrentAvailablePermits >= 400);
        Assert.Throws<ArgumentException>(() => new TokenRateLimiter(new TokenRateLimitOptions()));
    }
}
