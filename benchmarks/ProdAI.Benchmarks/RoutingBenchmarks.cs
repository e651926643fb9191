using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using ProdAI.Routing;
using ProdAI.Testing;

namespace ProdAI.Benchmarks;

/// <summary>A routing decision over a 10-deployment catalog (policies only: no call), for each built-in policy.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class RoutingDecisionBenchmarks
{
    private readonly ChatMessage[] _messages = [new(ChatRole.System, "You are a helpful assistant."), new(ChatRole.User, "A store sells pencils at 3 for $0.75. How much do 18 pencils cost, and how many can you buy with $5?")];
    private readonly ChatOptions _options = new() { ConversationId = "conversation-42", AdditionalProperties = new() { ["prodai.tenant"] = "acme", ["prodai.user"] = "u-17" } };
    private RouteRequest _context = null!;
    private IRoutingPolicy _default = null!;
    private IRoutingPolicy _cheapest = null!;
    private IRoutingPolicy _leastLatency = null!;
    private IRoutingPolicy _weighted = null!;
    private IRoutingPolicy _canary = null!;
    private IRoutingPolicy _session = null!;

    [GlobalSetup]
    public void Setup()
    {
        DeploymentCatalog catalog = RoutingCatalogs.TenDeployments();
        _context = new RouteRequest(catalog);
        _default = RoutingPolicies.CreateDefault();
        _cheapest = new CheapestCapablePolicy();
        _leastLatency = new LeastLatencyPolicy();
        _weighted = new WeightedPolicy(StickyBy.Session);
        _canary = new CanaryPolicy(new CanaryOptions { Baseline = "gpt-4o-eastus", Canary = "gpt-4.1-eastus", Percent = 10 });
        var session = new SessionAffinityPolicy();
        _session = RoutingPolicies.Chain("session", _default, session);
        _context.Reset(_messages, _options);
        session.OnAttemptCompleted(_context, 3, succeeded: true);
    }

    [Benchmark(Baseline = true)]
    public int Default() => Decide(_default);

    [Benchmark]
    public int Cheapest() => Decide(_cheapest);

    [Benchmark]
    public int LeastLatency() => Decide(_leastLatency);

    [Benchmark]
    public int WeightedSticky() => Decide(_weighted);

    [Benchmark]
    public int Canary() => Decide(_canary);

    [Benchmark]
    public int DefaultWithSessionAffinity() => Decide(_session);

    private int Decide(IRoutingPolicy policy)
    {
        _context.Reset(_messages, _options);
        _context.InputTokens = 60;
        _context.OutputTokens = 512;
        policy.Route(_context);
        return _context.Candidates.IndexAt(0);
    }
}

/// <summary>The whole RouterChatClient (estimate, capability filter, default policy, Polly pipeline, decision) over calling the scripted client directly.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class RouterOverheadBenchmarks
{
    private readonly ChatMessage[] _messages = [new(ChatRole.System, "You are terse."), new(ChatRole.User, "What is the capital of France?")];
    private ScriptedChatClient _bare = null!;
    private RouterChatClient _router = null!;
    private MeterListener _listener = null!;

    [GlobalSetup]
    public void Setup()
    {
        var reply = new ScriptedResponse { Text = "Paris.", Usage = new UsageDetails { InputTokenCount = 24, OutputTokenCount = 2 } };
        _bare = new ScriptedChatClient("gpt-4o-mini") { RecordCalls = false, Responder = (_, _) => reply };
        var shared = new ScriptedChatClient("gpt-4o-mini") { RecordCalls = false, Responder = (_, _) => reply };
        _router = new RouterChatClient(RoutingCatalogs.TenDeployments(shared));

        _listener = Listeners.ListenTo("ProdAI.Routing");
    }

    [GlobalCleanup]
    public void Cleanup() => _listener.Dispose();

    [Benchmark(Baseline = true)]
    public Task<ChatResponse> BareScriptedClient() => _bare.GetResponseAsync(_messages);

    [Benchmark]
    public Task<ChatResponse> ThroughRouter() => _router.GetResponseAsync(_messages);
}

internal static class RoutingCatalogs
{
    /// <summary>Ten deployments across three tiers, providers and regions, with quotas on some (like a real catalog).</summary>
    public static DeploymentCatalog TenDeployments(IChatClient? client = null)
    {
        client ??= new ScriptedChatClient();
        (string Name, string Model, int Tier, string Region)[] rows =
        [
            ("gpt-4.1-nano-eastus", "gpt-4.1-nano", 0, "eastus"), ("gpt-4o-mini-eastus", "gpt-4o-mini", 0, "eastus"), ("gpt-4o-mini-westeu", "gpt-4o-mini", 0, "westeurope"),
            ("gemini-flash", "gemini-2.5-flash", 0, "us-central1"), ("haiku", "claude-haiku-4-5", 1, "us-east-1"), ("gpt-4.1-mini-eastus", "gpt-4.1-mini", 1, "eastus"),
            ("gpt-4o-eastus", "gpt-4o", 2, "eastus"), ("gpt-4.1-eastus", "gpt-4.1", 2, "eastus"), ("sonnet", "claude-sonnet-4-5", 2, "us-east-1"), ("gemini-pro", "gemini-2.5-pro", 2, "us-central1"),
        ];
        return new DeploymentCatalog(rows.Select((r, i) =>
        {
            var d = new ModelDeployment { Name = r.Name, Model = r.Model, Tier = r.Tier, Region = r.Region, Client = client, Capabilities = DeploymentCapabilities.All, Weight = 1 + (i % 3) };
            if (i % 2 == 0)
            {
                d.RequestsPerMinute = 1_000_000;
                d.TokensPerMinute = 1_000_000_000;
            }

            return d;
        }));
    }
}
