using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using ProdAI.Routing.Difficulty;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Budgets;
using ProdAI.Testing;
using static ProdAI.Routing.Tests.TestSupport;

namespace ProdAI.Routing.Tests;

public class PolicyTests
{
    private readonly FakeTimeProvider _time = NewClock();

    private DeploymentCatalog Catalog(params ModelDeployment[] deployments) => new(deployments, timeProvider: _time);

    [Fact]
    public async Task CheapestCapablePicksTheLowestEstimatedCostAmongDeploymentsThatCanServeTheRequest()
    {
        var catalog = Catalog(
            Deployment("gpt-4o", Replying("4o"), "gpt-4o", tier: 1),
            Deployment("mini-no-tools", Replying("mini"), "gpt-4o-mini", configure: d => d.Capabilities = DeploymentCapabilities.Streaming),
            Deployment("nano", Replying("nano"), "gpt-4.1-nano"),
            Deployment("unpriced", Replying("x"), "my-own-model"));
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy());

        (IReadOnlyList<ModelDeployment> order, string? reason) = await router.PreviewAsync(Hello);
        Assert.Equal(["nano", "mini-no-tools", "gpt-4o", "unpriced"], order.Select(d => d.Name));
        Assert.Equal("cheapest_capable", reason);

        var tools = new ChatOptions { Tools = [AIFunctionFactory.Create(() => 42, "answer")] };
        (order, _) = await router.PreviewAsync(Hello, tools);
        Assert.DoesNotContain(order, d => d.Name == "mini-no-tools");

        ChatResponse response = await router.GetResponseAsync(Hello);
        Assert.Equal("nano", response.Text);
        RouteDecision decision = response.Route();
        Assert.Equal(("nano", "gpt-4.1-nano", "cheapest"), (decision.Deployment, decision.Model, decision.Policy));
        Assert.True(decision.EstimatedCost > 0);
    }

    [Fact]
    public async Task ARequestLargerThanADeploymentsContextWindowIsNotSentThere()
    {
        var catalog = Catalog(
            Deployment("small", Replying("small"), "gpt-4o-mini", configure: d => d.ContextWindow = 1_000),
            Deployment("large", Replying("large"), "gpt-4o", tier: 1));
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy());
        ChatMessage[] longPrompt = [new(ChatRole.User, string.Join(' ', Enumerable.Repeat("token", 3_000)))];

        Assert.Equal("large", (await router.GetResponseAsync(longPrompt)).Text);
        Assert.Equal("small", (await router.GetResponseAsync(Hello)).Text);

        var onlySmall = new RouterChatClient(Catalog(Deployment("small", Replying("small"), configure: d => d.ContextWindow = 1_000)));
        await Assert.ThrowsAsync<NoDeploymentAvailableException>(() => onlySmall.GetResponseAsync(longPrompt));
    }

    [Fact]
    public async Task VisionAndJsonRequestsOnlyGoToDeploymentsWithThoseCapabilities()
    {
        var catalog = Catalog(
            Deployment("text", Replying("text"), "gpt-4.1-nano", configure: d => d.Capabilities = DeploymentCapabilities.Streaming),
            Deployment("multimodal", Replying("multimodal"), "gpt-4o", tier: 1));
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy());
        ChatMessage[] image = [new(ChatRole.User, [new TextContent("what is this?"), new DataContent(new byte[] { 1, 2, 3 }, "image/png")])];

        Assert.Equal("multimodal", (await router.GetResponseAsync(image)).Text);
        Assert.Equal("multimodal", (await router.GetResponseAsync(Hello, new ChatOptions { ResponseFormat = ChatResponseFormat.Json })).Text);
        Assert.Equal("text", (await router.GetResponseAsync(Hello)).Text);
    }

    [Fact]
    public async Task DifficultyTiersSendHardPromptsToTheStrongTierAndEasyOnesToTheCheapTier()
    {
        var catalog = Catalog(Deployment("weak", Replying("weak"), "gpt-4o-mini"), Deployment("strong", Replying("strong"), "gpt-4o", tier: 1));
        var router = new RouterChatClient(catalog, RoutingPolicies.Chain("rules", new CheapestCapablePolicy(), new DifficultyTierPolicy(RuleBasedComplexityScorer.Instance)));
        ChatMessage[] easy = [new(ChatRole.User, "What is the capital of France?")];
        ChatMessage[] hard = [new(ChatRole.User, "Prove step by step that the algorithm below runs in O(n log n), derive the recurrence, and analyze the trade-off against a hash-based implementation. The function must handle at least 10^6 keys, each update should be O(1) amortised, and every query must return exactly k = 25 results:\n```\nfor (i = 0; i < n; i++) { merge(a, i); }\n```")];

        ChatResponse easyResponse = await router.GetResponseAsync(easy);
        ChatResponse hardResponse = await router.GetResponseAsync(hard);
        Assert.Equal(("weak", "difficulty_low"), (easyResponse.Text, easyResponse.Route().Reason));
        Assert.Equal(("strong", "difficulty_high"), (hardResponse.Text, hardResponse.Route().Reason));
        Assert.True(hardResponse.Route().Difficulty > easyResponse.Route().Difficulty);
    }

    [Fact]
    public async Task TheDifficultyPolicyKeepsStrongerTiersAsFailoverForAnEasyPrompt()
    {
        var weak = new ScriptedChatClient("gpt-4o-mini", _time) { Responder = (_, _) => ScriptedResponse.Fail(Unavailable()) };
        var catalog = Catalog(
            Deployment("weak", weak, "gpt-4o-mini", configure: d => d.Resilience.MaxRetryAttempts = 0),
            Deployment("mid", Replying("mid"), "gpt-4.1-mini", tier: 1),
            Deployment("strong", Replying("strong"), "gpt-4o", tier: 2));
        var router = new RouterChatClient(catalog, RoutingPolicies.Chain("rules", new CheapestCapablePolicy(), new DifficultyTierPolicy(RuleBasedComplexityScorer.Instance)));

        ChatResponse response = await router.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);
        Assert.Equal("mid", response.Text);
    }

    [Fact]
    public async Task PastASoftBudgetLimitTheBudgetPolicyDowngradesToTheCheapTier()
    {
        var ledger = new InMemoryBudgetLedger(new BudgetOptions { Limits = { new BudgetLimit { Scope = BudgetScope.Tenant, HardLimit = 10m, SoftLimit = 5m, Period = BudgetPeriod.Day } } }, _time);
        var catalog = Catalog(Deployment("weak", Replying("weak"), "gpt-4o-mini"), Deployment("strong", Replying("strong"), "gpt-4o", tier: 1));
        var pinStrong = RoutingPolicies.Chain("strong-first", new CheapestCapablePolicy(), RoutingPolicies.When(_ => true, new DifficultyTierPolicy(new FixedScorer(0.99))), new BudgetDowngradePolicy());
        var router = new RouterChatClient(catalog, pinStrong, new RouterOptions { BudgetLedger = ledger });
        var acme = new ChatOptions { AdditionalProperties = new() { [ProdAI.Telemetry.ProdAIPropertyNames.Tenant] = "acme" } };

        Assert.Equal("strong", (await router.GetResponseAsync(Hello, acme)).Text);

        BudgetReservation reservation = await ledger.ReserveAsync(new CallAttribution("acme", null, null), 6m);
        await ledger.SettleAsync(reservation, 6m);
        ChatResponse downgraded = await router.GetResponseAsync(Hello, acme);
        Assert.Equal(("weak", "budget_soft_limit"), (downgraded.Text, downgraded.Route().Reason));

        var other = new ChatOptions { AdditionalProperties = new() { [ProdAI.Telemetry.ProdAIPropertyNames.Tenant] = "globex" } };
        Assert.Equal("strong", (await router.GetResponseAsync(Hello, other)).Text);
    }

    [Fact]
    public async Task SessionAffinityKeepsAConversationOnTheDeploymentThatAnsweredItsFirstTurn()
    {
        var catalog = Catalog(Deployment("a", Replying("a"), weight: 1), Deployment("b", Replying("b"), weight: 1));
        var router = new RouterChatClient(catalog, RoutingPolicies.Chain("sticky", new WeightedPolicy(StickyBy.None), new SessionAffinityPolicy(TimeSpan.FromMinutes(10), timeProvider: _time)));
        for (int session = 0; session < 20; session++)
        {
            var options = new ChatOptions { ConversationId = "conv-" + session };
            string first = (await router.GetResponseAsync(Hello, options)).Text;
            for (int turn = 0; turn < 5; turn++)
            {
                ChatResponse next = await router.GetResponseAsync(Hello, options);
                Assert.Equal((first, "session_affinity"), (next.Text, next.Route().Reason));
            }
        }
    }

    [Fact]
    public async Task SessionAffinityKeepsAtMostMaxSessionsAndDropsTheOldestFirst()
    {
        var affinity = new SessionAffinityPolicy(TimeSpan.FromHours(1), maxSessions: 10, timeProvider: _time);
        var router = new RouterChatClient(Catalog(Deployment("a", Replying("a"))), RoutingPolicies.Chain("sticky", new CheapestCapablePolicy(), affinity));
        for (int session = 0; session < 35; session++)
        {
            await router.GetResponseAsync(Hello, new ChatOptions { ConversationId = "conv-" + session });
            _time.Advance(TimeSpan.FromSeconds(1));
            Assert.InRange(affinity.Count, 1, 10);
        }

        ChatResponse newest = await router.GetResponseAsync(Hello, new ChatOptions { ConversationId = "conv-34" });
        ChatResponse oldest = await router.GetResponseAsync(Hello, new ChatOptions { ConversationId = "conv-0" });
        Assert.Equal("session_affinity", newest.Route().Reason);
        Assert.NotEqual("session_affinity", oldest.Route().Reason);
    }

    [Fact]
    public async Task WeightedSplitFollowsTheWeightsAndIsStickyPerSession()
    {
        var catalog = Catalog(Deployment("a", Replying("a"), weight: 3), Deployment("b", Replying("b"), weight: 1));
        var router = new RouterChatClient(catalog, new WeightedPolicy(StickyBy.Session));
        int a = 0;
        for (int i = 0; i < 2_000; i++)
        {
            var options = new ChatOptions { AdditionalProperties = new() { [RoutingPropertyNames.Session] = "s" + i } };
            string first = (await router.PreviewAsync(Hello, options)).Candidates[0].Name;
            a += first == "a" ? 1 : 0;
            Assert.Equal(first, (await router.PreviewAsync(Hello, options)).Candidates[0].Name);
        }

        Assert.InRange(a / 2_000.0, 0.72, 0.78);
    }

    [Fact]
    public async Task LeastLatencyPrefersTheFastestMeasuredDeploymentAndMeasuresNewOnesFirst()
    {
        var slow = new ScriptedChatClient("gpt-4o-mini", _time) { Responder = (_, _) => new ScriptedResponse { Text = "slow", Latency = TimeSpan.FromMilliseconds(900) } };
        var fast = new ScriptedChatClient("gpt-4o-mini", _time) { Responder = (_, _) => new ScriptedResponse { Text = "fast", Latency = TimeSpan.FromMilliseconds(100) } };
        var router = new RouterChatClient(Catalog(Deployment("slow", slow), Deployment("fast", fast)), new LeastLatencyPolicy());

        Assert.Equal("slow", (await router.GetResponseAsync(Hello).Drive(_time, TimeSpan.FromMilliseconds(50))).Text);
        Assert.Equal("fast", (await router.GetResponseAsync(Hello).Drive(_time, TimeSpan.FromMilliseconds(50))).Text);
        for (int i = 0; i < 3; i++)
        {
            ChatResponse response = await router.GetResponseAsync(Hello).Drive(_time, TimeSpan.FromMilliseconds(50));
            Assert.Equal(("fast", "least_latency"), (response.Text, response.Route().Reason));
        }

        Assert.InRange(router.Catalog.GetHealth(1).LatencyMs, 50, 200);
    }

    [Fact]
    public async Task ACascadeEscalatesWhenTheValidatorRejectsTheCheapAnswer()
    {
        var cheap = new ScriptedChatClient("gpt-4o-mini", _time)
            .ReplyWith("I'm not sure, it could be either.", 10, 8)
            .ReplyWith("Paris.", 10, 2);
        var strong = Replying("The answer is 42.", _time, "gpt-4o");
        var router = new RouterChatClient(Catalog(Deployment("cheap", cheap), Deployment("strong", strong, "gpt-4o", tier: 1)), new CascadePolicy());

        ChatResponse escalated = await router.GetResponseAsync(Hello);
        Assert.Equal("The answer is 42.", escalated.Text);
        Assert.Equal([RouteAttemptOutcome.Escalated, RouteAttemptOutcome.Succeeded], escalated.Route().Attempts.Select(a => a.Outcome));

        ChatResponse accepted = await router.GetResponseAsync(Hello);
        Assert.Equal("Paris.", accepted.Text);
        Assert.Equal(1, strong.CallCount);
    }

    [Fact]
    public async Task ACascadeEscalatesOnLowConfidenceAndStreamsOnlyTheAcceptedAnswer()
    {
        var cheap = new ScriptedChatClient("gpt-4o-mini", _time).Enqueue(new ScriptedResponse { Chunks = ["maybe ", "B"], AdditionalProperties = new() { ["prodai.confidence"] = 0.3 } });
        var strong = new ScriptedChatClient("gpt-4o", _time).Enqueue(new ScriptedResponse { Chunks = ["defin", "itely A"] });
        var router = new RouterChatClient(Catalog(Deployment("cheap", cheap), Deployment("strong", strong, "gpt-4o", tier: 1)), new CascadePolicy(new CascadeOptions { MinConfidence = 0.7 }));

        var text = new System.Text.StringBuilder();
        await foreach (ChatResponseUpdate update in router.GetStreamingResponseAsync(Hello))
        {
            text.Append(update.Text);
        }

        Assert.Equal("definitely A", text.ToString());
    }

    [Fact]
    public async Task APerRequestPolicyAndAPinnedDeploymentOverrideTheDefault()
    {
        var catalog = Catalog(Deployment("cheap", Replying("cheap"), "gpt-4o-mini"), Deployment("strong", Replying("strong"), "gpt-4o", tier: 1));
        var options = new RouterOptions();
        options.Policies["strong-first"] = new DifficultyTierPolicy(new FixedScorer(0.9));
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy(), options);

        Assert.Equal("cheap", (await router.GetResponseAsync(Hello)).Text);
        Assert.Equal("strong", (await router.GetResponseAsync(Hello, new ChatOptions { AdditionalProperties = new() { [RoutingPropertyNames.Policy] = "strong-first" } })).Text);
        ChatResponse pinned = await router.GetResponseAsync(Hello, new ChatOptions { AdditionalProperties = new() { [RoutingPropertyNames.Deployment] = "strong" } });
        Assert.Equal(("strong", "pinned"), (pinned.Text, pinned.Route().Reason));
        await Assert.ThrowsAsync<ArgumentException>(() => router.GetResponseAsync(Hello, new ChatOptions { AdditionalProperties = new() { [RoutingPropertyNames.Policy] = "nope" } }));
    }

    [Fact]
    public async Task ARequestedModelTheCatalogServesIsHonouredAndOtherModelIdsAreRouted()
    {
        var catalog = Catalog(
            Deployment("mini-east", Replying("mini-east"), "gpt-4o-mini"),
            Deployment("4o-east", Replying("4o-east"), "gpt-4o", tier: 1),
            Deployment("4o-west", Replying("4o-west"), "gpt-4o", tier: 1, configure: d => d.Resilience.MaxRetryAttempts = 0));
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy());

        ChatResponse requested = await router.GetResponseAsync(Hello, new ChatOptions { ModelId = "GPT-4o" });
        Assert.Equal(("4o-east", "model_requested"), (requested.Text, requested.Route().Reason));
        Assert.Equal("mini-east", (await router.GetResponseAsync(Hello, new ChatOptions { ModelId = "auto" })).Text);
        await Assert.ThrowsAsync<NoDeploymentAvailableException>(() => router.GetResponseAsync(Hello, new ChatOptions { ModelId = "gpt-4o", AdditionalProperties = new() { ["x"] = 1 }, Tools = [AIFunctionFactory.Create(() => 1, "f")], ResponseFormat = ChatResponseFormat.Json, MaxOutputTokens = 1_000_000 }));
    }

    [Fact]
    public async Task DeploymentsWithoutAClientAreCalledThroughTheInnerClientWithTheirModelId()
    {
        var inner = new ScriptedChatClient("any", _time) { Responder = (_, o) => ScriptedResponse.Reply("served by " + o?.ModelId) };
        var catalog = Catalog(new ModelDeployment { Name = "mini", Model = "gpt-4o-mini" }, new ModelDeployment { Name = "big", Model = "gpt-4o", Tier = 1 });
        var router = new RouterChatClient(catalog, new CheapestCapablePolicy(), innerClient: inner);

        Assert.Equal("served by gpt-4o-mini", (await router.GetResponseAsync(Hello)).Text);
        Assert.Throws<ArgumentException>(() => new RouterChatClient(catalog));
    }

    [Fact]
    public async Task TheDecisionIsWrittenAsSpanTags()
    {
        // The listener is process-wide: routing tests running in parallel stop activities too, so tags are collected under
        // a lock and asserted on a snapshot.
        var collected = new List<KeyValuePair<string, object?>>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "ProdAI.Routing",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                lock (collected)
                {
                    collected.AddRange(a.TagObjects);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var router = new RouterChatClient(Catalog(Deployment("only", Replying("x"), "gpt-4o-mini")), new CheapestCapablePolicy());

        await router.GetResponseAsync(Hello);
        KeyValuePair<string, object?>[] tags;
        lock (collected)
        {
            tags = [.. collected];
        }

        Assert.Contains(new KeyValuePair<string, object?>("prodai.route.deployment", "only"), tags);
        Assert.Contains(new KeyValuePair<string, object?>("prodai.route.policy", "cheapest"), tags);
        Assert.Contains(tags, t => t.Key == "prodai.route.estimated_cost" && (double)t.Value! > 0);
        Assert.DoesNotContain(tags, t => t.Value is string s && s.Contains("Hello", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCatalogRejectsInvalidDeployments()
    {
        Assert.Throws<ArgumentException>(() => new DeploymentCatalog([]));
        Assert.Throws<ArgumentException>(() => new DeploymentCatalog([Deployment("a", Replying("a")), Deployment("A", Replying("b"))]));
        Assert.Throws<ArgumentException>(() => new DeploymentCatalog([new ModelDeployment { Name = "x" }]));
        Assert.Throws<ArgumentException>(() => new DeploymentCatalog([Deployment("a", Replying("a"), configure: d => d.Weight = -1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeploymentCatalog([Deployment("a", Replying("a"), configure: d => d.Resilience.FailureRatio = 2)]));
        Assert.Throws<ArgumentException>(() => new DifficultyTierPolicy(thresholds: [0.6, 0.4]));
    }

    private static ModelDeployment Deployment(string name, IChatClient client, string model = "gpt-4o-mini", int tier = 0, int weight = 1, Action<ModelDeployment>? configure = null) =>
        TestSupport.Deployment(name, client, model, tier, d => { d.Weight = weight; configure?.Invoke(d); });

    private sealed class FixedScorer(double score) : IComplexityScorer
    {
        public double DefaultThreshold => 0.5;

        public double Score(ReadOnlySpan<char> prompt) => score;
    }
}
