using Microsoft.Extensions.AI;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using ProdAI.Telemetry.Cost;
using ProdAI.Testing;

namespace ProdAI.Telemetry.Tests;

public class OpenTelemetryRegistrationTests
{
    [Fact]
    public async Task AddProdAIInstrumentation_MeterProvider_ExportsProdAICostAndTokenMetrics()
    {
        var exported = new List<Metric>();
        using (MeterProvider provider = Sdk.CreateMeterProviderBuilder()
            .AddProdAIInstrumentation()
            .AddInMemoryExporter(exported)
            .Build())
        {
            using var client = new CostTrackingChatClient(new ScriptedChatClient("gpt-4o").ReplyWith("ok", 100, 10));
            await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);
            provider.ForceFlush();
        }

        Assert.Contains(exported, m => m.Name == "prodai.telemetry.cost");
        Assert.Contains(exported, m => m.Name == "prodai.telemetry.tokens");
    }
}
