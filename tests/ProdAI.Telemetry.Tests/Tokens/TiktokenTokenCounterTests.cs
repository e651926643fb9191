using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;
using ProdAI.Telemetry.Tokens;

namespace ProdAI.Telemetry.Tests.Tokens;

public class TiktokenTokenCounterTests
{
    private static readonly ITokenCounter Counter = TiktokenTokenCounter.Shared;
    private static readonly Tokenizer O200k = TiktokenTokenizer.CreateForEncoding("o200k_base");
    private static readonly Tokenizer Cl100k = TiktokenTokenizer.CreateForEncoding("cl100k_base");

    [Theory]
    [InlineData("gpt-4o", "o200k_base")]
    [InlineData("gpt-4o-mini", "o200k_base")]
    [InlineData("gpt-4.1-nano", "o200k_base")]
    [InlineData("gpt-5", "o200k_base")]
    [InlineData("o3-mini", "o200k_base")]
    [InlineData("o4-mini", "o200k_base")]
    [InlineData("openai/gpt-4o", "o200k_base")]
    [InlineData("gpt-4", "cl100k_base")]
    [InlineData("gpt-4-turbo", "cl100k_base")]
    [InlineData("gpt-3.5-turbo", "cl100k_base")]
    [InlineData("azure/gpt-35-turbo", "cl100k_base")]
    public void CountTokens_OpenAIModels_UseTheirEncodingExactly(string model, string encoding)
    {
        const string text = "The quick brown fox jumps over the lazy dog. Ünïcödé and 数字 12345.";
        TokenCount count = Counter.CountTokens(model, text);

        Assert.Equal(encoding, count.Encoding);
        Assert.False(count.IsEstimated);
        Tokenizer expected = encoding == "o200k_base" ? O200k : Cl100k;
        Assert.Equal(expected.CountTokens(text), count.Tokens);
    }

    [Theory]
    [InlineData("claude-sonnet-4-5", 1.15)]
    [InlineData("gemini-2.5-pro", 1.0)]
    [InlineData("meta-llama/Llama-3.3-70B-Instruct-Turbo", 1.05)]
    [InlineData("mistral-large-latest", 1.10)]
    [InlineData("some-unknown-model", 1.0)]
    public void CountTokens_ModelsWithoutShippedTokenizer_AreEstimatedAndScaled(string model, double factor)
    {
        string text = string.Concat(Enumerable.Repeat("Budgets that really hold across replicas. ", 50));
        TokenCount count = Counter.CountTokens(model, text);

        Assert.True(count.IsEstimated);
        Assert.Equal((long)Math.Ceiling(O200k.CountTokens(text) * factor), count.Tokens);
    }

    [Fact]
    public void CountTokens_Messages_AddPerMessageOverheadAndReplyPriming()
    {
        ChatMessage[] messages = [new(ChatRole.System, "You are terse."), new(ChatRole.User, "What is 2+2?")];
        TokenCount count = Counter.CountTokens("gpt-4o", messages);

        long expected = 3 + (3 + O200k.CountTokens("You are terse.")) + (3 + O200k.CountTokens("What is 2+2?"));
        Assert.Equal(expected, count.Tokens);
        Assert.False(count.IsEstimated);
    }

    [Fact]
    public void CountTokens_AuthorNameAndInstructions_AreCounted()
    {
        ChatMessage[] messages = [new(ChatRole.User, "hi") { AuthorName = "ada" }];
        TokenCount count = Counter.CountTokens("gpt-4o", messages, new ChatOptions { Instructions = "Be kind." });

        long expected = 3 + (3 + O200k.CountTokens("Be kind.")) + (3 + 1 + O200k.CountTokens("ada") + O200k.CountTokens("hi"));
        Assert.Equal(expected, count.Tokens);
    }

    [Fact]
    public void CountTokens_NoMessagesAndNullEntries_CountsOnlyPriming()
    {
        Assert.Equal(3, Counter.CountTokens("gpt-4o", Array.Empty<ChatMessage>()).Tokens);
        Assert.Equal(3, Counter.CountTokens("gpt-4o", new ChatMessage[] { null! }).Tokens);
        Assert.Equal(0, Counter.CountTokens("gpt-4o", string.Empty).Tokens);
        Assert.Throws<ArgumentNullException>(() => Counter.CountTokens("gpt-4o", (IEnumerable<ChatMessage>)null!));
    }

    [Fact]
    public void CountTokens_ImagesAndTools_AreFlaggedEstimated()
    {
        var image = new ChatMessage(ChatRole.User, [new TextContent("what is this?"), new DataContent(new byte[] { 1, 2, 3 }, "image/png")]);
        TokenCount withImage = Counter.CountTokens("gpt-4o", [image]);
        Assert.True(withImage.IsEstimated);
        Assert.True(withImage.Tokens >= 765);

        var options = new ChatOptions { Tools = [AIFunctionFactory.Create((string city) => "sunny", "get_weather", "Gets the weather")] };
        TokenCount withTools = Counter.CountTokens("gpt-4o", [new ChatMessage(ChatRole.User, "weather?")], options);
        Assert.True(withTools.IsEstimated);
        Assert.True(withTools.Tokens > Counter.CountTokens("gpt-4o", [new ChatMessage(ChatRole.User, "weather?")]).Tokens);
    }

    [Fact]
    public void CountTokens_InvalidUnicode_DoesNotThrow()
    {
        string lone = "abc\uD800def\uDC00ghi";
        TokenCount count = Counter.CountTokens("gpt-4o", lone);
        Assert.True(count.Tokens > 0);
    }

    [Fact]
    public void CountTokens_OneMegabyteOfText_CountsAll()
    {
        string paragraph = "Production AI systems need cost controls, observability and guardrails. ";
        string big = string.Concat(Enumerable.Repeat(paragraph, (1 << 20) / paragraph.Length));
        TokenCount count = Counter.CountTokens("gpt-4o", big);
        long perParagraph = O200k.CountTokens(paragraph);
        long repeats = (1 << 20) / paragraph.Length;
        // Pre-tokenisation splits at the same places on every repeat, so the total is within one token per repeat boundary.
        Assert.InRange(count.Tokens, (perParagraph - 1) * repeats, (perParagraph + 1) * repeats);
    }
}
