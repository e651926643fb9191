using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace ProdAI.Testing.Tests;

public class ScriptedChatClientTests
{
    private static readonly ChatMessage[] Hello = [new(ChatRole.User, "hello")];

    [Fact]
    public async Task GetResponseAsync_QueuedReplies_ReturnedInOrderWithUsage()
    {
        var client = new ScriptedChatClient("gpt-4o").ReplyWith("one", 10, 2).ReplyWith("two");

        ChatResponse first = await client.GetResponseAsync(Hello);
        ChatResponse second = await client.GetResponseAsync(Hello);

        Assert.Equal("one", first.Text);
        Assert.Equal(10, first.Usage!.InputTokenCount);
        Assert.Equal(2, first.Usage.OutputTokenCount);
        Assert.Equal("gpt-4o", first.ModelId);
        Assert.Equal("two", second.Text);
        Assert.Null(second.Usage);
        Assert.Equal(2, client.CallCount);
        Assert.Equal("hello", client.Calls[0].Messages[0].Text);
    }

    [Fact]
    public async Task GetResponseAsync_EmptyScriptWithoutResponder_ThrowsClearError()
    {
        var client = new ScriptedChatClient();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync(Hello));
        Assert.Contains("Responder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_EmptyScriptWithResponder_UsesResponder()
    {
        var client = new ScriptedChatClient { Responder = (m, _) => ScriptedResponse.Reply("echo " + m.Last().Text, 5, 2) };
        ChatResponse response = await client.GetResponseAsync(Hello);
        Assert.Equal("echo hello", response.Text);
    }

    [Fact]
    public async Task GetResponseAsync_RateLimited_Throws429WithRetryAfter()
    {
        var client = new ScriptedChatClient().RateLimitWith(TimeSpan.FromSeconds(7));
        var ex = await Assert.ThrowsAsync<ScriptedRateLimitException>(() => client.GetResponseAsync(Hello));
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
    }

    [Fact]
    public async Task GetResponseAsync_Latency_WaitsOnTimeProvider()
    {
        var time = new FakeTimeProvider();
        var client = new ScriptedChatClient(timeProvider: time).Enqueue(new ScriptedResponse { Text = "late", Latency = TimeSpan.FromSeconds(30) });

        Task<ChatResponse> call = client.GetResponseAsync(Hello);
        await Task.Yield();
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("late", (await call).Text);
    }

    [Fact]
    public async Task GetResponseAsync_CancelledDuringLatency_ThrowsOperationCanceled()
    {
        var time = new FakeTimeProvider();
        var client = new ScriptedChatClient(timeProvider: time).Enqueue(new ScriptedResponse { Text = "x", Latency = TimeSpan.FromSeconds(30) });
        using var cts = new CancellationTokenSource();
        Task<ChatResponse> call = client.GetResponseAsync(Hello, cancellationToken: cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_Chunks_StreamedThenUsage()
    {
        var usage = new UsageDetails { InputTokenCount = 4, OutputTokenCount = 3 };
        var client = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = ["a", "b", "c"], Usage = usage });

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Hello))
        {
            updates.Add(update);
        }

        ChatResponse combined = updates.ToChatResponse();
        Assert.Equal("abc", combined.Text);
        Assert.Equal(4, combined.Usage!.InputTokenCount);
        Assert.True(client.Calls[0].Streaming);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_FailAfterChunks_YieldsThenThrows()
    {
        var client = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = ["a", "b", "c"], Exception = new IOException("reset"), FailAfterChunks = 1 });
        var seen = new List<string>();
        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Hello))
            {
                seen.Add(update.Text);
            }
        });
        Assert.Equal(["a"], seen);
    }

    [Fact]
    public void GetService_ChatClientMetadata_ReportsModelAndProvider()
    {
        var client = new ScriptedChatClient("claude-haiku-4-5", providerName: "anthropic");
        ChatClientMetadata? metadata = client.GetService<ChatClientMetadata>();
        Assert.Equal("claude-haiku-4-5", metadata!.DefaultModelId);
        Assert.Equal("anthropic", metadata.ProviderName);
    }
}
