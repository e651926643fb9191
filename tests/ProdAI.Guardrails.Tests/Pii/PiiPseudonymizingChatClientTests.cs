using System.Text.Json;
using Microsoft.Extensions.AI;
using ProdAI.Guardrails.Pii;
using ProdAI.Testing;

namespace ProdAI.Guardrails.Tests.Pii;

public class PiiPseudonymizingChatClientTests
{
    [Fact]
    public async Task GetResponseAsync_ModelSeesPseudonyms_UserGetsValuesBack()
    {
        var inner = new ScriptedChatClient { Responder = (m, _) => ScriptedResponse.Reply("I will email <EMAIL_ADDRESS_1> and call <PHONE_NUMBER_1>.") };
        using var client = new PiiPseudonymizingChatClient(inner);

        var question = new ChatMessage(ChatRole.User, "Contact jane@corp.example.com or +1 425 882 9090, and jane@corp.example.com again.");
        ChatResponse response = await client.GetResponseAsync([question]);

        Assert.Equal("Contact <EMAIL_ADDRESS_1> or <PHONE_NUMBER_1>, and <EMAIL_ADDRESS_1> again.", inner.Calls[0].Messages[0].Text);
        Assert.Equal("Contact jane@corp.example.com or +1 425 882 9090, and jane@corp.example.com again.", question.Text); // the caller's history keeps the real values
        Assert.Equal("I will email jane@corp.example.com and call +1 425 882 9090.", response.Text);
    }

    [Fact]
    public async Task Streaming_PseudonymSplitAcrossChunks_Restored()
    {
        var inner = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = ["Writing to <EMAIL_AD", "DRESS_1> now", "."] });
        using var client = new PiiPseudonymizingChatClient(inner);

        List<ChatResponseUpdate> updates = await StreamAsync(client, "mail jane@corp.example.com");

        Assert.Equal("Writing to jane@corp.example.com now.", string.Concat(updates.Select(u => u.Text)));
    }

    [Fact]
    public async Task PseudonymsTheModelEscaped_MarkdownOrHtml_AreRestoredToo()
    {
        var inner = new ScriptedChatClient { Responder = (m, _) => ScriptedResponse.Reply("Mail \\<EMAIL_ADDRESS_1\\> or call &lt;PHONE_NUMBER_1&gt;.") };
        using var client = new PiiPseudonymizingChatClient(inner);
        ChatResponse response = await client.GetResponseAsync("Contact jane@example.com or +44 20 7946 0958.");
        Assert.Equal("Mail jane@example.com or call +44 20 7946 0958.", response.Text);

        var streamed = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = ["Writing to &", "lt;EMAIL_AD", "DRESS_1&g", "t; now."] });
        using var streaming = new PiiPseudonymizingChatClient(streamed);
        List<ChatResponseUpdate> updates = await StreamAsync(streaming, "Write to jane@example.com");

        Assert.Equal("Writing to jane@example.com now.", string.Concat(updates.Select(u => u.Text)));
    }

    [Fact]
    public async Task AnEscapedPseudonymTheUserWrote_IsReserved_NeverRestoredToAValue()
    {
        var inner = new ScriptedChatClient { Responder = (m, _) => ScriptedResponse.Reply("Template &lt;EMAIL_ADDRESS_1&gt;; yours is <EMAIL_ADDRESS_2>.") };
        using var client = new PiiPseudonymizingChatClient(inner);
        ChatResponse response = await client.GetResponseAsync("Fill the template &lt;EMAIL_ADDRESS_1&gt; with bob@x.com");
        Assert.Equal("Template &lt;EMAIL_ADDRESS_1&gt;; yours is bob@x.com.", response.Text);
    }

    [Fact]
    public async Task AValueTheVaultHolds_IsPseudonymisedAgain_WhereNoRecogniserWouldFindIt()
    {
        // "123456789" is an SSN only next to its context word; restored into the answer and sent back in the history (or
        // in a tool call's arguments) it has none (alone it reads as a phone number) — the vault knows what it was.
        var vault = new PiiVault();
        var options = new ChatOptions { AdditionalProperties = new() { [PiiPseudonymizingChatClient.VaultKey] = vault } };
        var inner = new ScriptedChatClient { Responder = (_, _) => ScriptedResponse.Reply("Noted: <US_SSN_1>.") };
        using var client = new PiiPseudonymizingChatClient(inner);

        ChatResponse first = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "My SSN is 123456789, please note it.")], options);
        Assert.Equal("Noted: 123456789.", first.Text);
        Assert.DoesNotContain(PiiDetector.Default.Detect("Noted: 123456789."), e => e.Type == PiiEntityTypes.UsSsn); // read alone: not an SSN

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "My SSN is 123456789, please note it."), .. first.Messages, new ChatMessage(ChatRole.User, "Thanks")], options);
        Assert.DoesNotContain("123456789", string.Concat(inner.Calls[1].Messages.Select(m => m.Text)), StringComparison.Ordinal);
        Assert.Equal("Noted: <US_SSN_1>.", inner.Calls[1].Messages[1].Text);
    }

    [Fact]
    public async Task ASecretIsWithheldFromToolCallsByDefault_TheAnswerStillGetsIt()
    {
        const string Key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";
        static FixedReplyClient Model() => new(
            new ChatMessage(ChatRole.Assistant,
            [
                new TextContent("Posting <EMAIL_ADDRESS_1>'s key <SECRET_1>."),
                new FunctionCallContent("c1", "http_post", new Dictionary<string, object?> { ["body"] = "key=<SECRET_1>&to=<EMAIL_ADDRESS_1>" }),
            ]),
            new ScriptedChatClient { Responder = (_, _) => ScriptedResponse.Reply("unused") });
        string prompt = $"My key is {Key}, mail jane@corp.example.com";

        using var client = new PiiPseudonymizingChatClient(Model());
        ChatResponse response = await client.GetResponseAsync(prompt);
        Assert.Equal($"Posting jane@corp.example.com's key {Key}.", response.Text);
        Assert.Equal("key=<SECRET_1>&to=jane@corp.example.com", response.Messages[0].Contents.OfType<FunctionCallContent>().Single().Arguments!["body"]);

        IChatClient trusting = new ChatClientBuilder(Model())
            .UsePiiPseudonymization(configure: c => c.WithheldFromToolCalls = new HashSet<string>())
            .Build();
        ChatResponse restored = await trusting.GetResponseAsync(prompt);
        Assert.Equal($"key={Key}&to=jane@corp.example.com", restored.Messages[0].Contents.OfType<FunctionCallContent>().Single().Arguments!["body"]);
    }

    [Fact]
    public async Task Vault_InOptions_KeepsPseudonymsStableAcrossTurns()
    {
        var vault = new PiiVault();
        var inner = new ScriptedChatClient { Responder = (_, _) => ScriptedResponse.Reply("ok") };
        using var client = new PiiPseudonymizingChatClient(inner);
        var options = new ChatOptions { AdditionalProperties = new() { [PiiPseudonymizingChatClient.VaultKey] = vault } };

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "I am bob@example.org")], options);
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Also alice@example.org and bob@example.org")], options);

        Assert.Equal("Also <EMAIL_ADDRESS_2> and <EMAIL_ADDRESS_1>", inner.Calls[1].Messages[0].Text);
        Assert.Equal(2, vault.Count);
    }

    [Fact]
    public void Restore_UnknownTokensLeftAlone()
    {
        var vault = new PiiVault();
        string token = vault.Pseudonym("EMAIL_ADDRESS", "a@b.co");
        Assert.Equal("a@b.co and <EMAIL_ADDRESS_9>", vault.Restore($"{token} and <EMAIL_ADDRESS_9>"));
    }

    [Fact]
    public void Restore_CustomEntityTypes_AreRestoredToo()
    {
        // Types from a custom recogniser need not be upper case: "<person_1>" and "<ID-CARD_1>" were left in the answer.
        var vault = new PiiVault();
        string person = vault.Pseudonym("person", "Ana Souza");
        string card = vault.Pseudonym("ID-CARD", "X1234567");
        Assert.Equal("Ana Souza holds X1234567.", vault.Restore($"{person} holds {card}."));
        Assert.Throws<ArgumentException>(() => vault.Pseudonym("my type>", "x"));
    }

    [Fact]
    public async Task ToolResultsAndToolCalls_ArePseudonymisedToTheModel_AndRestoredForTheTool()
    {
        // The model asks for a tool with a pseudonym in its arguments; the tool must get the real address. The tool's text
        // result and the earlier call in the history go back to the model pseudonymised.
        var model = new ToolCallingClient();
        using var client = new PiiPseudonymizingChatClient(model);
        var vault = new PiiVault();
        var options = new ChatOptions { AdditionalProperties = new() { [PiiPseudonymizingChatClient.VaultKey] = vault } };

        ChatResponse first = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Write to jane@corp.example.com.")], options);
        FunctionCallContent call = Assert.IsType<FunctionCallContent>(Assert.Single(first.Messages[0].Contents));
        Assert.Equal("jane@corp.example.com", call.Arguments!["to"]);

        ChatMessage[] history =
        [
            new(ChatRole.User, "Write to jane@corp.example.com."),
            first.Messages[0],
            new(ChatRole.Tool, [new FunctionResultContent(call.CallId, "Sent to jane@corp.example.com; reply from bob@corp.example.com.")]),
        ];
        await client.GetResponseAsync(history, options);

        IList<ChatMessage> seen = model.Seen[^1];
        Assert.Equal("<EMAIL_ADDRESS_1>", ((FunctionCallContent)seen[1].Contents[0]).Arguments!["to"]);
        Assert.Equal("Sent to <EMAIL_ADDRESS_1>; reply from <EMAIL_ADDRESS_2>.", ((FunctionResultContent)seen[2].Contents[0]).Result);
        Assert.Equal("jane@corp.example.com", call.Arguments!["to"]); // the caller's history keeps the real values
    }

    [Fact]
    public async Task PseudonymShapedTextTheUserWrote_IsNeverGivenToAValue()
    {
        var inner = new ScriptedChatClient { Responder = (m, _) => ScriptedResponse.Reply("The template says <EMAIL_ADDRESS_1>; your address is <EMAIL_ADDRESS_2>.") };
        using var client = new PiiPseudonymizingChatClient(inner);

        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Template uses <EMAIL_ADDRESS_1>. My mail is bob@x.com")]);

        Assert.Equal("Template uses <EMAIL_ADDRESS_1>. My mail is <EMAIL_ADDRESS_2>", inner.Calls[0].Messages[0].Text);
        Assert.Equal("The template says <EMAIL_ADDRESS_1>; your address is bob@x.com.", response.Text);
    }

    [Fact]
    public async Task ToolCallsAndResultsAsJson_AsProviderAdaptersGiveThem_ArePseudonymisedAndRestored()
    {
        // Provider adapters parse tool arguments into JsonElement values, and AIFunctionFactory returns JsonElement results.
        JsonElement to = JsonSerializer.SerializeToElement("<EMAIL_ADDRESS_1>");
        var call = new FunctionCallContent("c1", "send_mail", new Dictionary<string, object?> { ["to"] = to, ["count"] = JsonSerializer.SerializeToElement(2) })
        {
            InformationalOnly = true,
        };
        var inner = new ScriptedChatClient { Responder = (_, _) => new ScriptedResponse { Text = "unused" } };
        using var client = new PiiPseudonymizingChatClient(new FixedReplyClient(new ChatMessage(ChatRole.Assistant, [call]), inner));

        JsonElement result = JsonSerializer.SerializeToElement(new { owner = "bob@x.com", tags = new[] { "vip", "bob@x.com" } });
        ChatMessage[] history =
        [
            new ChatMessage(ChatRole.User, "Write to jane@corp.example.com"),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c0", result)]),
        ];
        ChatResponse response = await client.GetResponseAsync(history);

        FunctionCallContent restored = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Single();
        Assert.Equal("jane@corp.example.com", ((JsonElement)restored.Arguments!["to"]!).GetString());
        Assert.Equal(2, ((JsonElement)restored.Arguments!["count"]!).GetInt32());
        Assert.True(restored.InformationalOnly);

        string sent = ((JsonElement)inner.Calls[0].Messages[1].Contents.OfType<FunctionResultContent>().Single().Result!).GetRawText();
        Assert.DoesNotContain("bob@x.com", sent, StringComparison.Ordinal);
        Assert.Contains("<EMAIL_ADDRESS_2>", sent, StringComparison.Ordinal);
        Assert.Equal("bob@x.com", ((JsonElement)history[1].Contents.OfType<FunctionResultContent>().Single().Result!).GetProperty("owner").GetString()); // the caller's copy is untouched
    }

    [Fact]
    public async Task ToolResultWithRepeatedKeys_OrImageContent_IsMappedWithoutThrowingOrRewritingTheImage()
    {
        using JsonDocument fetched = JsonDocument.Parse("""{"owner":"bob@x.com","owner":"amy@y.org","n":4111111111111111,"count":4}""");
        var image = new DataContent(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "image/png");
        var inner = new ScriptedChatClient { Responder = (_, _) => ScriptedResponse.Reply("ok") };
        using var client = new PiiPseudonymizingChatClient(inner);

        await client.GetResponseAsync(
        [
            new ChatMessage(ChatRole.User, "Summarise."),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c1", fetched.RootElement.Clone())]),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c2", new AIContent[] { new TextContent("Contact jane@corp.example.com"), image })]),
        ]);

        string json = ((JsonElement)inner.Calls[0].Messages[1].Contents.OfType<FunctionResultContent>().Single().Result!).GetRawText();
        // Keys and ordinary numbers are passed as they are; a card number stored as a JSON number is personal data too.
        Assert.Equal("""{"owner":"<EMAIL_ADDRESS_1>","owner":"<EMAIL_ADDRESS_2>","n":"<CREDIT_CARD_1>","count":4}""", json);
        var parts = (IList<AIContent>)inner.Calls[0].Messages[2].Contents.OfType<FunctionResultContent>().Single().Result!;
        Assert.Equal("Contact <EMAIL_ADDRESS_3>", Assert.IsType<TextContent>(parts[0]).Text);
        Assert.Same(image, parts[1]);
    }

    [Fact]
    public async Task ToolResultsWithAnUnpairedSurrogate_OrANumericCard_ArePseudonymised_NotAnException()
    {
        using JsonDocument cut = JsonDocument.Parse("""{"page":"Write to jane@corp.example.com \ud83d","card":"x"}""");
        var inner = new ScriptedChatClient { Responder = (_, _) => ScriptedResponse.Reply("ok") };
        using var client = new PiiPseudonymizingChatClient(inner);

        await client.GetResponseAsync(
        [
            new ChatMessage(ChatRole.User, "Summarise."),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c1", cut.RootElement.Clone())]),
            new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c2", 4111111111111111L)]),
        ]);

        string page = inner.Calls[0].Messages[1].Contents.OfType<FunctionResultContent>().Single().Result!.ToString()!;
        Assert.DoesNotContain("jane@corp.example.com", page, StringComparison.Ordinal);
        Assert.Contains("<EMAIL_ADDRESS_1>", page, StringComparison.Ordinal);
        Assert.Equal("<CREDIT_CARD_1>", inner.Calls[0].Messages[2].Contents.OfType<FunctionResultContent>().Single().Result);
    }

    [Fact]
    public async Task AProviderKeptConversationWithoutAVault_IsAClearError_NotPseudonymsThatNameTwoPeople()
    {
        var inner = new ScriptedChatClient { Responder = (_, _) => ScriptedResponse.Reply("ok") };
        using var client = new PiiPseudonymizingChatClient(inner);
        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "Mail bob@x.com")], new ChatOptions { ConversationId = "conv_1" }));
        Assert.Contains("PiiVault", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, inner.CallCount);

        var vault = new PiiVault();
        var options = new ChatOptions { ConversationId = "conv_1", AdditionalProperties = new() { [PiiPseudonymizingChatClient.VaultKey] = vault } };
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Mail jane@x.com")], options);
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "And bob@x.com")], options);
        Assert.Equal("And <EMAIL_ADDRESS_2>", inner.Calls[1].Messages[^1].Text); // numbering goes on across the calls
    }

    [Fact]
    public async Task ARewrittenMessage_DropsItsRawRepresentation_SoAnAdapterCannotSendTheOriginal()
    {
        var inner = new ScriptedChatClient { Responder = (_, _) => ScriptedResponse.Reply("ok") };
        using var client = new PiiPseudonymizingChatClient(inner);
        var raw = new object();
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Mail bob@x.com") { RawRepresentation = raw }, new ChatMessage(ChatRole.User, "Thanks") { RawRepresentation = raw }]);
        Assert.Null(inner.Calls[0].Messages[0].RawRepresentation);
        Assert.Same(raw, inner.Calls[0].Messages[1].RawRepresentation); // unchanged messages are passed as they are
    }

    [Fact]
    public async Task Instructions_ArePseudonymisedToo_AndAnAddressNextToChineseTextIsFound()
    {
        var inner = new ScriptedChatClient { Responder = (_, _) => ScriptedResponse.Reply("Noted <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>.") };
        using var client = new PiiPseudonymizingChatClient(inner);

        ChatResponse response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.User, "请发邮件到jane.doe@example.com即可")],
            new ChatOptions { Instructions = "The account owner is bob@x.com." });

        Assert.Equal("The account owner is <EMAIL_ADDRESS_2>.", inner.Calls[0].Options!.Instructions);
        Assert.Equal("请发邮件到<EMAIL_ADDRESS_1>即可", inner.Calls[0].Messages[0].Text);
        Assert.Equal("Noted jane.doe@example.com and bob@x.com.", response.Text);
    }

    [Fact]
    public async Task HostileLiteralPseudonyms_NeitherOverflowTheCounter_NorCollideAcrossMessages()
    {
        var inner = new ScriptedChatClient { Responder = (m, _) => ScriptedResponse.Reply("Sent to <EMAIL_ADDRESS_2>, not <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2147483647>.") };
        using var client = new PiiPseudonymizingChatClient(inner);

        ChatResponse response = await client.GetResponseAsync(
        [
            new ChatMessage(ChatRole.User, "I am bob@x.com. Ignore <EMAIL_ADDRESS_2147483647>."),
            new ChatMessage(ChatRole.User, "Template: Dear <EMAIL_ADDRESS_1>,"),
        ]);

        Assert.Equal("I am <EMAIL_ADDRESS_2>. Ignore <EMAIL_ADDRESS_2147483647>.", inner.Calls[0].Messages[0].Text);
        Assert.Equal("Sent to bob@x.com, not <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2147483647>.", response.Text);
    }

    [Fact]
    public async Task CustomEntityTypeWithASpace_IsPseudonymised_NotAnException()
    {
        var detectorOptions = new PiiDetectorOptions();
        detectorOptions.Recognizers.Add(new NameRecognizer());
        var detector = new PiiDetector(detectorOptions);
        var inner = new ScriptedChatClient { Responder = (m, _) => ScriptedResponse.Reply("Hello <PERSON_NAME_1>.") };
        using var client = new PiiPseudonymizingChatClient(inner, detector);

        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "I am Zebulon.")]);

        Assert.Equal("I am <PERSON_NAME_1>.", inner.Calls[0].Messages[0].Text);
        Assert.Equal("Hello Zebulon.", response.Text);
    }

    [Fact]
    public async Task Streaming_HeldBackText_GoesOutBeforeTheFinishUpdate()
    {
        var inner = new ScriptedChatClient().Enqueue(new ScriptedResponse { Chunks = ["Mail sent to <EMAIL_ADDRESS_1", ">", " and <PHONE"] });
        using var client = new PiiPseudonymizingChatClient(inner);

        List<ChatResponseUpdate> updates = await StreamAsync(client, "mail jane@corp.example.com");

        Assert.Equal("Mail sent to jane@corp.example.com and <PHONE", string.Concat(updates.Select(u => u.Text)));
        int finish = updates.FindIndex(u => u.FinishReason is not null);
        Assert.True(finish < 0 || updates.Skip(finish + 1).All(u => u.Text.Length == 0), "text arrived after the finish update");
    }

    [Fact]
    public async Task Reasoning_IsRestoredToo_WholeAndStreamed()
    {
        using var client = new PiiPseudonymizingChatClient(new ReasoningClient());
        ChatResponse response = await client.GetResponseAsync("mail jane@corp.example.com");
        ChatMessage message = Assert.Single(response.Messages);
        Assert.Equal("The user wants jane@corp.example.com mailed.", Assert.Single(message.Contents.OfType<TextReasoningContent>()).Text);
        Assert.Equal("Sent to jane@corp.example.com.", response.Text);

        List<ChatResponseUpdate> updates = await StreamAsync(client, "mail jane@corp.example.com");
        string reasoning = string.Concat(updates.SelectMany(u => u.Contents.OfType<TextReasoningContent>()).Select(r => r.Text));
        Assert.Equal("The user wants jane@corp.example.com mailed.<", reasoning); // a trailing "<" is held back, then sent
        Assert.Equal("Sent to jane@corp.example.com.", string.Concat(updates.Select(u => u.Text)));

        // The reasoning's held-back tail goes out before the answer's first text.
        int lastReasoning = updates.FindLastIndex(u => u.Contents.OfType<TextReasoningContent>().Any());
        int firstText = updates.FindIndex(u => u.Text.Length > 0);
        Assert.True(lastReasoning < firstText, $"reasoning at {lastReasoning}, answer from {firstText}");
    }

    [Fact]
    public async Task ReasoningInTheHistory_IsPseudonymisedBeforeTheModel()
    {
        var inner = new ScriptedChatClient { Responder = (m, _) => ScriptedResponse.Reply("ok") };
        using var client = new PiiPseudonymizingChatClient(inner);
        ChatMessage earlier = new(ChatRole.Assistant, [new TextReasoningContent("The user is jane@corp.example.com."), new TextContent("Noted.")]);
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi"), earlier, new ChatMessage(ChatRole.User, "go on")]);

        TextReasoningContent sent = Assert.Single(inner.Calls[0].Messages[1].Contents.OfType<TextReasoningContent>());
        Assert.Equal("The user is <EMAIL_ADDRESS_1>.", sent.Text);
        Assert.Equal("The user is jane@corp.example.com.", earlier.Contents.OfType<TextReasoningContent>().Single().Text);
    }

    private sealed class ReasoningClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant,
                [new TextReasoningContent("The user wants <EMAIL_ADDRESS_1> mailed."), new TextContent("Sent to <EMAIL_ADDRESS_1>.")])));

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, [new TextReasoningContent("The user wants <EMAIL")]);
            yield return new ChatResponseUpdate(ChatRole.Assistant, [new TextReasoningContent("_ADDRESS_1> mailed.<")]);
            yield return new ChatResponseUpdate(ChatRole.Assistant, "Sent to <EMAIL_ADDRESS_1>.");
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private sealed class NameRecognizer : IPiiRecognizer
    {
        public void Recognize(string text, List<PiiEntity> results)
        {
            int at = text.IndexOf("Zebulon", StringComparison.Ordinal);
            if (at >= 0)
            {
                results.Add(new PiiEntity("PERSON NAME", at, at + 7, 0.9));
            }
        }
    }

    private static async Task<List<ChatResponseUpdate>> StreamAsync(IChatClient client, string prompt)
    {
        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, prompt)]))
        {
            updates.Add(update);
        }

        return updates;
    }

    private sealed class FixedReplyClient(ChatMessage reply, ScriptedChatClient recorder) : IChatClient
    {
        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            _ = await recorder.GetResponseAsync(messages, options, cancellationToken);
            return new ChatResponse(reply);
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private sealed class ToolCallingClient : IChatClient
    {
        public List<IList<ChatMessage>> Seen { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Seen.Add([.. messages]);
            ChatMessage reply = Seen.Count == 1
                ? new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-1", "send_mail", new Dictionary<string, object?> { ["to"] = "<EMAIL_ADDRESS_1>" })])
                : new ChatMessage(ChatRole.Assistant, "Done.");
            return Task.FromResult(new ChatResponse(reply));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
