using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Tests.PromptInjection;

public class InjectionFeaturesTests
{
    [Theory]
    [InlineData("write a poem about spring.", 2)]                    // first word, first two words
    [InlineData("what is the capital of peru?", 3)]                 // + question
    [InlineData("\"i need you now\"", 3)]                           // first word, first two words, short quotation
    [InlineData("\"write a blog post about electric cars today.\"", 2)] // a quoted sentence of seven words is not a title
    [InlineData("\"?", 1)]                                          // a question, but a lone quote is not a quotation
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("ok", 1)]
    public void SegmentShape_CountsTheShapeFeatures(string segment, int expected)
    {
        Span<int> indices = stackalloc int[4];

        int count = InjectionFeatures.SegmentShape(segment, indices);

        Assert.Equal(expected, count);
        foreach (int index in indices[..count])
        {
            Assert.InRange(index, 0, InjectionFeatures.Size - 1);
        }
    }

    [Fact]
    public void SegmentShape_QuotedTitleAndQuotedSentence_DifferOnlyByTheQuotationFeature()
    {
        Span<int> title = stackalloc int[4];
        Span<int> plain = stackalloc int[4];

        int withQuotes = InjectionFeatures.SegmentShape("\"do you know\"", title);
        int withoutQuotes = InjectionFeatures.SegmentShape("do you know", plain);

        Assert.Equal(withoutQuotes + 1, withQuotes);
        Assert.True(title[..withoutQuotes].SequenceEqual(plain[..withoutQuotes]));
    }
}
