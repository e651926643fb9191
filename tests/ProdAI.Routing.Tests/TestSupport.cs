using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using ProdAI.Testing;

namespace ProdAI.Routing.Tests;

internal static class TestSupport
{
    public static readonly ChatMessage[] Hello = [new(ChatRole.User, "Hello there")];

    /// <summary>A fake clock at the tests' fixed start, 2026-11-26 12:00 UTC.</summary>
    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public static HttpRequestException Unavailable() => new("503 Service Unavailable", null, HttpStatusCode.ServiceUnavailable);

    public static ModelDeployment Deployment(string name, IChatClient client, string model = "gpt-4o-mini", int tier = 0, Action<ModelDeployment>? configure = null)
    {
        var d = new ModelDeployment { Name = name, Model = model, Tier = tier, Client = client, Capabilities = DeploymentCapabilities.All };
        d.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(100);
        configure?.Invoke(d);
        return d;
    }

    public static ScriptedChatClient Replying(string text, TimeProvider? time = null, string model = "gpt-4o-mini") =>
        new(model, time) { Responder = (_, _) => ScriptedResponse.Reply(text, 10, 5) };

    public static RouteDecision Route(this ChatResponse response) => (RouteDecision)response.AdditionalProperties![ProdAI.Telemetry.ProdAIPropertyNames.Route]!;

    /// <summary>Advances fake time in small steps until the task completes (bounded), letting continuations run between steps.</summary>
    public static async Task<T> Drive<T>(this Task<T> task, FakeTimeProvider time, TimeSpan step, int maxSteps = 1000)
    {
        for (int i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            time.Advance(step);
            await Task.Delay(1);
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public static async Task Settle()
    {
        for (int i = 0; i < 5; i++)
        {
            await Task.Delay(1);
        }
    }
}
