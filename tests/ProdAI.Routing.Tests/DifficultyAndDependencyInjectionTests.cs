using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProdAI.Routing.Difficulty;
using ProdAI.Testing;
using static ProdAI.Routing.Tests.TestSupport;

namespace ProdAI.Routing.Tests;

public class DifficultyAndDependencyInjectionTests
{
    [Fact]
    public void TheEmbeddedLearnedScorerLoadsAndScoresAnyInputInRangeWithoutThrowing()
    {
        LearnedComplexityScorer scorer = LearnedComplexityScorer.Default;
        Assert.InRange(scorer.DefaultThreshold, 0.01, 0.99);
        string[] inputs =
        [
            string.Empty, "hi", new string('\u200b', 1_000_000), "\ud800 unpaired \udc00 surrogates", string.Concat(Enumerable.Repeat("Statement 1 | ", 50_000)),
            "A train leaves at 3:15 pm travelling 62.5 miles per hour; a second leaves 40 minutes later at 75 mph. When does it catch up?",
        ];
        foreach (string input in inputs)
        {
            double score = scorer.Score(input);
            Assert.InRange(score, 0, 1);
            Assert.Equal(score, scorer.Score(input));
        }

        Assert.InRange(RuleBasedComplexityScorer.Instance.Score(new string('x', 5_000_000)), 0, 1);
    }

    [Fact]
    public void ADamagedModelIsRejectedWithAClearError()
    {
        using var empty = new MemoryStream(new byte[20]);
        Assert.Throws<InvalidDataException>(() => LearnedComplexityScorer.Load(empty));
        using var truncated = new MemoryStream([0x50, 0x52, 0x44, 0x52, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 63, 5, 0, 0, 0, 1, 2]);
        Assert.ThrowsAny<Exception>(() => LearnedComplexityScorer.Load(truncated));
    }

    [Fact]
    public async Task AddProdAIRoutingBindsDeploymentsAndPolicyFromConfigurationAndUseRoutingRoutesThroughKeyedClients()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ProdAI:Routing:Policy"] = "cheapest",
            ["ProdAI:Routing:Deployments:0:Name"] = "big",
            ["ProdAI:Routing:Deployments:0:Model"] = "gpt-4o",
            ["ProdAI:Routing:Deployments:0:Tier"] = "1",
            ["ProdAI:Routing:Deployments:0:ClientKey"] = "openai",
            ["ProdAI:Routing:Deployments:0:Capabilities"] = "Tools, Vision, JsonMode, Streaming",
            ["ProdAI:Routing:Deployments:0:Tags:0"] = "eu",
            ["ProdAI:Routing:Deployments:0:Resilience:MaxRetryAttempts"] = "1",
            ["ProdAI:Routing:Deployments:1:Name"] = "small",
            ["ProdAI:Routing:Deployments:1:Model"] = "gpt-4o-mini",
            ["ProdAI:Routing:Deployments:1:ClientKey"] = "openai",
            ["ProdAI:Routing:Deployments:1:TokensPerMinute"] = "100000",
            ["ProdAI:Routing:Router:MaxAttempts"] = "2",
        }).Build();
        var provider = new ScriptedChatClient("any") { Responder = (_, o) => ScriptedResponse.Reply("model " + o?.ModelId) };
        var services = new ServiceCollection();
        services.AddKeyedSingleton<IChatClient>("openai", provider);
        services.AddProdAIRouting(configuration);
        using ServiceProvider sp = services.BuildServiceProvider();

        DeploymentCatalog catalog = sp.GetRequiredService<DeploymentCatalog>();
        Assert.Equal(["big", "small"], catalog.Deployments.Select(d => d.Name));
        Assert.Equal(["eu"], catalog.Deployments[0].Tags);
        Assert.Equal(1, catalog.Deployments[0].Resilience.MaxRetryAttempts);
        Assert.Equal(DeploymentCapabilities.All, catalog.Deployments[0].Capabilities);
        Assert.Equal(2, sp.GetRequiredService<IOptions<RoutingOptions>>().Value.Router.MaxAttempts);
        Assert.Equal("cheapest", sp.GetRequiredService<IRoutingPolicy>().Name);

        IChatClient client = new ChatClientBuilder(new ScriptedChatClient("unused")).UseRouting().Build(sp);
        ChatResponse response = await client.GetResponseAsync(Hello);
        Assert.Equal("model gpt-4o-mini", response.Text);
        Assert.Equal("small", response.Route().Deployment);
        Assert.NotNull(client.GetService<DeploymentCatalog>());
    }

    [Fact]
    public async Task CanaryThresholdsAndResilienceBindFromConfiguration()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ProdAI:Routing:Policy"] = "canary",
            ["ProdAI:Routing:Canary:Baseline"] = "stable",
            ["ProdAI:Routing:Canary:Canary"] = "next",
            ["ProdAI:Routing:Canary:Percent"] = "100",
            ["ProdAI:Routing:Canary:StickyBy"] = "None",
            ["ProdAI:Routing:Canary:MaxLatencyRatio"] = "2.5",
            ["ProdAI:Routing:DifficultyThresholds:0"] = "0.3",
            ["ProdAI:Routing:DifficultyThresholds:1"] = "0.7",
            ["ProdAI:Routing:SessionIdleTimeout"] = "00:05:00",
            ["ProdAI:Routing:Router:HedgingDelay"] = "00:00:02",
            ["ProdAI:Routing:Deployments:0:Name"] = "stable",
            ["ProdAI:Routing:Deployments:0:Model"] = "gpt-4o",
            ["ProdAI:Routing:Deployments:0:ClientKey"] = "p",
            ["ProdAI:Routing:Deployments:0:Resilience:AttemptTimeout"] = "00:00:20",
            ["ProdAI:Routing:Deployments:0:Resilience:BreakDuration"] = "00:00:30",
            ["ProdAI:Routing:Deployments:1:Name"] = "next",
            ["ProdAI:Routing:Deployments:1:Model"] = "gpt-4.1",
            ["ProdAI:Routing:Deployments:1:ClientKey"] = "p",
        }).Build();
        var services = new ServiceCollection();
        services.AddKeyedSingleton<IChatClient>("p", new ScriptedChatClient { Responder = (_, o) => ScriptedResponse.Reply(o?.ModelId ?? "?") });
        services.AddProdAIRouting(configuration);
        using ServiceProvider sp = services.BuildServiceProvider();

        RoutingOptions options = sp.GetRequiredService<IOptions<RoutingOptions>>().Value;
        Assert.Equal([0.3, 0.7], options.DifficultyThresholds);
        Assert.Equal(TimeSpan.FromMinutes(5), options.SessionIdleTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Router.HedgingDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), sp.GetRequiredService<DeploymentCatalog>().Deployments[0].Resilience.BreakDuration);
        var canary = Assert.IsType<CanaryPolicy>(sp.GetRequiredService<IRoutingPolicy>());
        Assert.Equal((100, StickyBy.None, 2.5), (canary.Options.Percent, canary.Options.StickyBy, canary.Options.MaxLatencyRatio));

        IChatClient client = new ChatClientBuilder(new ScriptedChatClient()).UseRouting().Build(sp);
        ChatResponse response = await client.GetResponseAsync(Hello);
        Assert.Equal(("gpt-4.1", "canary"), (response.Text, response.Route().Reason));
    }

    [Fact]
    public void UseRoutingWithoutDeploymentsNamesTheFix()
    {
        using ServiceProvider sp = new ServiceCollection().BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => new ChatClientBuilder(new ScriptedChatClient()).UseRouting().Build(sp));
        Assert.Contains("AddProdAIRouting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownPolicyNameFailsAtStartupWithTheKnownNames()
    {
        var services = new ServiceCollection();
        services.AddProdAIRouting(configure: o =>
        {
            o.Policy = "fastest-please";
            o.Deployments.Add(new ModelDeployment { Name = "a", Model = "gpt-4o-mini", Client = new ScriptedChatClient() });
        });
        using ServiceProvider sp = services.BuildServiceProvider();
        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IRoutingPolicy>());
        Assert.Contains("least-latency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDefaultPolicyRoutesByLearnedDifficultyAndExposesAllNamedPolicies()
    {
        var services = new ServiceCollection();
        services.AddProdAIRouting(configure: o =>
        {
            o.Deployments.Add(new ModelDeployment { Name = "weak", Model = "gpt-4o-mini", Client = Replying("weak") });
            o.Deployments.Add(new ModelDeployment { Name = "strong", Model = "gpt-4o", Tier = 1, Client = Replying("strong") });
        });
        using ServiceProvider sp = services.BuildServiceProvider();
        IChatClient client = new ChatClientBuilder(new ScriptedChatClient()).UseRouting().Build(sp);
        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Which planet is known as the Red Planet?\nA. Venus\nB. Mars\nC. Jupiter\nD. Saturn\nAnswer:")]);
        RouteDecision decision = response.Route();
        Assert.Equal("default", decision.Policy);
        Assert.NotNull(decision.Difficulty);
        Assert.Equal(decision.Difficulty >= LearnedComplexityScorer.Default.DefaultThreshold ? "strong" : "weak", decision.Deployment);
        RoutingOptions options = sp.GetRequiredService<IOptions<RoutingOptions>>().Value;
        _ = sp.GetRequiredService<IRoutingPolicy>();
        Assert.Superset(new HashSet<string>(["default", "cheapest", "difficulty", "difficulty-rules", "cascade", "weighted", "least-latency", "session"]), options.Router.Policies.Keys.ToHashSet());
    }
}
