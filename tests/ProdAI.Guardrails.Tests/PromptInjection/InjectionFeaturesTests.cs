using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Tests.PromptInjection;

public class InjectionFeaturesTests
{
    [Theory]
    // Every segment also gets its context bucket, alone and with its first word (+2).
    [InlineData("write a poem about spring.", 4)]                    // first word, first two words
    [InlineData("what is the capital of peru?", 5)]                 // + question
    [InlineData("\"i need you now\"", 5)]                           // first word, first two words, short quotation
    [InlineData("\"write a blog post about electric cars today.\"", 4)] // a quoted sentence of seven words is not a title
    [InlineData("\"?", 3)]                                          // a question, but a lone quote is not a quotation
    [InlineData("", 2)]
    [InlineData("   ", 2)]
    [InlineData("ok", 3)]
    public void SegmentShape_CountsTheShapeFeatures(string segment, int expected)
    {
        Span<int> indices = stackalloc int[InjectionFeatures.MaxSegmentShape];

        int count = InjectionFeatures.SegmentShape(segment, SegmentContext.Unrelated, indices);

        Assert.Equal(expected, count);
        foreach (int index in indices[..count])
        {
            Assert.InRange(index, 0, InjectionFeatures.Size - 1);
        }
    }

    [Fact]
    public void SegmentShape_QuotedTitleAndQuotedSentence_DifferOnlyByTheQuotationFeature()
    {
        Span<int> title = stackalloc int[InjectionFeatures.MaxSegmentShape];
        Span<int> plain = stackalloc int[InjectionFeatures.MaxSegmentShape];

        int withQuotes = InjectionFeatures.SegmentShape("\"do you know\"", SegmentContext.Related, title);
        int withoutQuotes = InjectionFeatures.SegmentShape("do you know", SegmentContext.Related, plain);

        Assert.Equal(withoutQuotes + 1, withQuotes);
        Assert.True(title[..2].SequenceEqual(plain[..2]));
        Assert.True(title[(withQuotes - 2)..withQuotes].SequenceEqual(plain[(withoutQuotes - 2)..withoutQuotes]));
    }

    [Fact]
    public void SegmentShape_ContextBuckets_GiveDifferentFeatures()
    {
        Span<int> related = stackalloc int[InjectionFeatures.MaxSegmentShape];
        Span<int> unrelated = stackalloc int[InjectionFeatures.MaxSegmentShape];

        int n = InjectionFeatures.SegmentShape("analyze the sales trend.", SegmentContext.Related, related);
        int m = InjectionFeatures.SegmentShape("analyze the sales trend.", SegmentContext.Unrelated, unrelated);

        Assert.Equal(n, m);
        Assert.True(related[..(n - 2)].SequenceEqual(unrelated[..(m - 2)]));
        Assert.NotEqual(related[n - 2], unrelated[m - 2]);
        Assert.NotEqual(related[n - 1], unrelated[m - 1]);
    }
}
