using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Cost;
using ProdAI.Testing;

namespace ProdAI.Telemetry.Tests.Cost;

public class CostTrackingChatClientTests
{
    private static readonly ChatMessage[] Question = [new(ChatRole.User, "What is the capital of France?")];

    [Fact]
    public async Task GetResponseAsync_ProviderUsage_AttachesExactCost()
    {
        using var meters = new TestMeters();
        var inner = new ScriptedChatClient("gpt-4o-mini").Enqueue(new ScriptedResponse
        {
            Text = "Paris.",
            Usage = new UsageDetails { InputTokenCount = 1_000, CachedInputTokenCount = 400, OutputTokenCount = 200 },
        });
        using var client = new CostTrackingChatClient(inner, meterFactory: meters.Factory);

        ChatResponse response = await client.GetResponseAsync(Question);

        var cost = Assert.IsType<ChatCost>(response.AdditionalProperties![ProdAIPropertyNames.Cost]);
        // gpt-4o-mini: input 0.15/M, cached 0.075/M, output 0.60/M
        decimal expected = (600 * 0.15m + 400 * 0.075m + 200 * 0.60m) / 1_000_000m;
        Assert.Equal(expected, cost.Total);
        Assert.False(cost.IsEstimated);
        Assert.Equal("gpt-4o-mini", cost.ModelId);
        Assert.Equal("openai", cost.Provider);
        Assert.Null(cost.Diagnostic);
    }

    [Fact]
    public async Task GetResponseAsync_NoUsageFromProvider_EstimatesAndFlags()
    {
        var inner = new ScriptedChatClient("gpt-4o").ReplyWith("The capital of France is Paris.");
        using var client = new CostTrackingChatClient(inner);

        ChatResponse response = await client.GetResponseAsync(Question);

        var cost = (ChatCost)response.AdditionalProperties![ProdAIPropertyNames.Cost]!;
        Assert.True(cost.IsEstimated);
        Assert.True(cost.Usage.InputTokens > 3);
        Assert.True(cost.Usage.OutputTokens > 3);
        Assert.True(cost.Total > 0m);
        Assert.NotNull(cost.Diagnostic);
    }

    [Fact]
    public async Task GetResponseAsync_UnknownModel_CostIsNullNeverZero_AndCountedUnpriced()
    {
        using var meters = new TestMeters();
        using var unpriced = new MetricCollector<long>(meters.Factory, "ProdAI.Telemetry", "prodai.telemetry.unpriced_calls");
        var inner = new ScriptedChatClient("my-private-model").ReplyWith("ok", 10, 2);
        using var client = new CostTrackingChatClient(inner, meterFactory: meters.Factory);

        ChatResponse response = await client.GetResponseAsync(Question);

        var cost = (ChatCost)response.AdditionalProperties![ProdAIPropertyNames.Cost]!;
        Assert.Null(cost.Total);
        Assert.Contains("my-private-model", cost.Diagnostic, StringComparison.Ordinal);
        Assert.Equal(1, unpriced.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal("unknown_model", unpriced.LastMeasurement!.Tags["prodai.unpriced.reason"]);
    }

    [Fact]
    public async Task GetResponseAsync_AbsurdUsage_IsUnpricedWithDiagnostic()
    {
        var inner = new ScriptedChatClient("gpt-4o").Enqueue(new ScriptedResponse { Text = "x", Usage = new UsageDetails { InputTokenCount = -10, OutputTokenCount = 5 } });
        using var client = new CostTrackingChatClient(inner);
        ChatResponse response = await client.GetResponseAsync(Question);
        var cost = (ChatCost)response.AdditionalProperties![ProdAIPropertyNames.Cost]!;
        Assert.Null(cost.Total);
        Assert.Contains("invalid usage", cost.Diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_Metrics_TenantAndFeatureTagged_UserNot()
    {
        using var meters = new TestMeters();
        using var costs = new MetricCollector<double>(meters.Factory, "ProdAI.Telemetry", "prodai.telemetry.cost");
        using var tokens = new MetricCollector<long>(meters.Factory, "ProdAI.Telemetry", "prodai.telemetry.tokens");
        var inner = new ScriptedChatClient("gpt-4o").Enqueue(new ScriptedResponse
        {
            Text = "ok",
            Usage = new UsageDetails { InputTokenCount = 100, CachedInputTokenCount = 40, OutputTokenCount = 30, ReasoningTokenCount = 10 },
        });
        using var client = new CostTrackingChatClient(inner, meterFactory: meters.Factory);

        using (AttributionScope.Begin(tenant: "acme", user: "u-1", feature: "search"))
        {
            await client.GetResponseAsync(Question);
        }

        CollectedMeasurement<double> cost = Assert.Single(costs.GetMeasurementSnapshot());
        Assert.Equal("acme", cost.Tags["prodai.tenant"]);
        Assert.Equal("search", cost.Tags["prodai.feature"]);
        Assert.Equal("USD", cost.Tags["prodai.currency"]);
        Assert.False(cost.Tags.ContainsKey("prodai.user"));

        Dictionary<string, long> byType = tokens.GetMeasurementSnapshot().ToDictionary(m => (string)m.Tags["prodai.token.type"]!, m => m.Value);
        Assert.Equal(60, byType["input"]);
        Assert.Equal(40, byType["cache_read"]);
        Assert.Equal(20, byType["output"]);
        Assert.Equal(10, byType["reasoning"]);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_UsageContent_CostOnFinalUpdateAndInToChatResponse()
    {
        var inner = new ScriptedChatClient("gpt-4o").Enqueue(new ScriptedResponse
        {
            Chunks = ["Par", "is."],
            Usage = new UsageDetails { InputTokenCount = 20, OutputTokenCount = 4 },
        });
        using var client = new CostTrackingChatClient(inner);

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Question))
        {
            updates.Add(update);
        }

        ChatResponse combined = updates.ToChatResponse();
        Assert.Equal("Paris.", combined.Text);
        var cost = Assert.IsType<ChatCost>(combined.AdditionalProperties![ProdAIPropertyNames.Cost]);
        Assert.Equal((20 * 2.50m + 4 * 10m) / 1_000_000m, cost.Total);
        Assert.False(cost.IsEstimated);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_AbandonedMidStream_StillRecordedAsEstimate()
    {
        using var meters = new TestMeters();
        using var costs = new MetricCollector<double>(meters.Factory, "ProdAI.Telemetry", "prodai.telemetry.cost");
        var inner = new ScriptedChatClient("gpt-4o").Enqueue(new ScriptedResponse { Chunks = ["one ", "two ", "three"], Usage = new UsageDetails { InputTokenCount = 5, OutputTokenCount = 3 } });
        using var client = new CostTrackingChatClient(inner, meterFactory: meters.Factory);

        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Question))
        {
            break;
        }

        CollectedMeasurement<double> measurement = Assert.Single(costs.GetMeasurementSnapshot());
        Assert.True(measurement.Value > 0);
        Assert.Equal(true, measurement.Tags["prodai.usage.estimated"]);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_CancelledMidStream_RecordedAsEstimateAndCancellationSurfaces()
    {
        using var meters = new TestMeters();
        using var costs = new MetricCollector<double>(meters.Factory, "ProdAI.Telemetry", "prodai.telemetry.cost");
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var inner = new ScriptedChatClient("gpt-4o", time).Enqueue(new ScriptedResponse { Chunks = ["one ", "two"], ChunkLatency = TimeSpan.FromSeconds(5) });
        using var client = new CostTrackingChatClient(inner, meterFactory: meters.Factory);
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Question, cancellationToken: cts.Token))
            {
                await cts.CancelAsync();
            }
        });

        CollectedMeasurement<double> measurement = Assert.Single(costs.GetMeasurementSnapshot());
        Assert.Equal(true, measurement.Tags["prodai.usage.estimated"]);
    }

    [Fact]
    public async Task GetResponseAsync_NullMessages_Throws()
    {
        using var client = new CostTrackingChatClient(new ScriptedChatClient());
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetResponseAsync((IEnumerable<ChatMessage>)null!));
    }

    [Fact]
    public async Task GetResponseAsync_EmptyMessages_PricedFromPrimingTokens()
    {
        using var client = new CostTrackingChatClient(new ScriptedChatClient("gpt-4o").ReplyWith(string.Empty));
        ChatResponse response = await client.GetResponseAsync([]);
        var cost = (ChatCost)response.AdditionalProperties![ProdAIPropertyNames.Cost]!;
        Assert.Equal(3, cost.Usage.InputTokens);
        Assert.Equal(0, cost.Usage.OutputTokens);
    }

    [Fact]
    public async Task Spans_UserTaggedAndContentNotRecordedByDefault()
    {
        (Activity activity, ChatResponse _) = await RunInActivity(new CostTrackingChatClient(new ScriptedChatClient("gpt-4o").ReplyWith("secret answer", 5, 2)), "ssn 123-45-6789");

        Assert.Equal("u-9", activity.GetTagItem("prodai.user"));
        Assert.NotNull(activity.GetTagItem("prodai.cost.total"));
        Assert.DoesNotContain(activity.TagObjects, t => t.Value is string s && (s.Contains("123-45-6789", StringComparison.Ordinal) || s.Contains("secret answer", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Spans_ContentCaptureOptIn_RedactedValidJson()
    {
        var client = new CostTrackingChatClient(new ScriptedChatClient("gpt-4o").ReplyWith("fine", 5, 2))
        {
            ContentCapture = { Enabled = true, Redactor = s => s.Replace("123-45-6789", "[SSN]", StringComparison.Ordinal), MaxLength = 256 },
        };
        (Activity activity, ChatResponse _) = await RunInActivity(client, "my ssn is 123-45-6789");

        string input = Assert.IsType<string>(activity.GetTagItem("prodai.content.input"));
        using JsonDocument doc = JsonDocument.Parse(input);
        Assert.Equal("my ssn is [SSN]", doc.RootElement[0].GetProperty("text").GetString());
        Assert.Contains("fine", Assert.IsType<string>(activity.GetTagItem("prodai.content.output")), StringComparison.Ordinal);
    }

    private static async Task<(Activity, ChatResponse)> RunInActivity(CostTrackingChatClient client, string prompt)
    {
        string sourceName = "test-" + Guid.NewGuid().ToString("N");
        using var source = new ActivitySource(sourceName);
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == sourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using Activity activity = source.StartActivity("chat")!;
        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], new ChatOptions { AdditionalProperties = new() { [ProdAIPropertyNames.User] = "u-9" } });
        client.Dispose();
        return (activity, response);
    }
}
