using ProdAI.Caching.Semantic;

namespace ProdAI.Caching.Tests;

public class GuardTests
{
    private static SemanticGuards? Judge(string a, string b) => SemanticCacheChatClient.Judge(a, b, 0.99, new SemanticCacheOptions());

    [Theory]
    [InlineData("Transfer $50 to savings", "Transfer $500 to savings", SemanticGuards.Numbers)]
    [InlineData("Book a table for two people", "Book a table for four people", SemanticGuards.Numbers)]
    [InlineData("Can I cancel my order?", "Can't I cancel my order?", SemanticGuards.Negation)]
    [InlineData("Pizza with mushrooms", "Pizza without mushrooms", SemanticGuards.Negation)]
    [InlineData("How do I enable dark mode?", "How do I disable dark mode?", SemanticGuards.Direction)]
    [InlineData("Sort the list in ascending order", "Sort the list in descending order", SemanticGuards.Direction)]
    [InlineData("Convert USD to EUR", "Convert EUR to USD", SemanticGuards.Direction)]
    [InlineData("What is the weather in Paris tomorrow?", "What is the weather in Paris today?", SemanticGuards.Dates)]
    [InlineData("Flights to Berlin on Monday", "Flights to Berlin on Friday", SemanticGuards.Dates)]
    [InlineData("Is the weather nice in Paris?", "Is the weather nice in London?", SemanticGuards.Entities)]
    public void Guards_RejectMeaningChanges(string query, string cached, SemanticGuards expected) => Assert.Equal(expected, Judge(query, cached));

    [Theory]
    [InlineData("How do I reset my password?", "How can I reset my password?")]
    [InlineData("What's the capital of France?", "what is the capital of france")]
    [InlineData("Transfer $1,000 to savings", "Please transfer $1000 to savings")]
    public void Guards_AcceptParaphrases(string query, string cached) => Assert.Equal(SemanticGuards.None, Judge(query, cached));

    [Fact]
    public void BelowThreshold_IsNotJudged() =>
        Assert.Null(SemanticCacheChatClient.Judge("How do I reset my password?", "How can I reset my password?", 0.5, new SemanticCacheOptions()));

    [Fact]
    public void HostileInput_GivesADefinedAnswer()
    {
        var huge = string.Concat(Enumerable.Repeat("ab12 \uD800 not ", 50_000));
        Assert.NotNull(Judge(huge, huge + " x"));
        Assert.Equal(SemanticGuards.None, Judge(string.Empty, string.Empty));
    }
}
