using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using ProdAI.Telemetry.Cost;
using ProdAI.Testing;

namespace ProdAI.Benchmarks;

/// <summary>Overhead of CostTrackingChatClient over the bare scripted client, with an OpenTelemetry-like listener on the meter.</summary>
[MemoryDiagnoser]
public class CostTrackingBenchmarks
{
    private readonly ChatMessage[] _messages = [new(ChatRole.System, "You are terse."), new(ChatRole.User, "What is the capital of France?")];
    private ScriptedChatClient _bare = null!;
    private CostTrackingChatClient _tracked = null!;
    private MeterListener _listener = null!;

    [GlobalSetup]
    public void Setup()
    {
        var reply = new ScriptedResponse { Text = "Paris.", Usage = new UsageDetails { InputTokenCount = 24, CachedInputTokenCount = 0, OutputTokenCount = 2 } };
        _bare = new ScriptedChatClient("gpt-4o-mini") { RecordCalls = false, Responder = (_, _) => reply };
        var inner = new ScriptedChatClient("gpt-4o-mini") { RecordCalls = false, Responder = (_, _) => reply };
        _tracked = new CostTrackingChatClient(inner);

        _listener = Listeners.ListenTo("ProdAI.Telemetry");
    }

    [GlobalCleanup]
    public void Cleanup() => _listener.Dispose();

    [Benchmark(Baseline = true)]
    public Task<ChatResponse> BareScriptedClient() => _bare.GetResponseAsync(_messages);

    [Benchmark]
    public Task<ChatResponse> WithCostTracking() => _tracked.GetResponseAsync(_messages);
}
