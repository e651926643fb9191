using ProdAI.Guardrails.Normalization;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Tests.PromptInjection;

public class KeywordIndexTests
{
    [Fact]
    public void Scan_FindsOverlappingAndNestedKeywords()
    {
        KeywordFilter she = new("she"), he = new("he"), hers = new("hers"), his = new("his"), other = new("xyz", "ще");
        var index = new KeywordIndex([she, he, hers, his, other]);

        KeywordHits hits = index.Scan("ushers");

        Assert.True(she.FoundIn(hits, "ushers"));
        Assert.True(he.FoundIn(hits, "ushers"));
        Assert.True(hers.FoundIn(hits, "ushers"));
        Assert.False(his.FoundIn(hits, "ushers"));
        Assert.False(other.FoundIn(hits, "ushers"));
        Assert.True(other.FoundIn(index.Scan("общее"), "общее"));
        Assert.False(other.FoundIn(index.Scan("xy z"), "xy z"));
        Assert.False(he.FoundIn(index.Scan("h\u00e9"), "h\u00e9"));
        Assert.False(he.FoundIn(index.Scan(string.Empty), string.Empty));
    }

    [Fact]
    public void Filter_BelongsToOneIndex()
    {
        var filter = new KeywordFilter("a");
        _ = new KeywordIndex([filter]);

        Assert.Throws<InvalidOperationException>(() => new KeywordIndex([filter]));
        Assert.Throws<InvalidOperationException>(() => new KeywordFilter("b").FoundIn(default(KeywordHits), "b"));
    }

    [Fact]
    public void Index_HoldsAtMost128Sets()
    {
        KeywordFilter[] filters = [.. Enumerable.Range(0, KeywordIndex.MaxFilters + 1).Select(i => new KeywordFilter($"k{i}"))];

        Assert.Throws<ArgumentOutOfRangeException>(() => new KeywordIndex(filters));
    }

    [Fact]
    public void Index_UsesBothHalvesOfTheMask()
    {
        KeywordFilter[] filters = [.. Enumerable.Range(0, KeywordIndex.MaxFilters).Select(i => new KeywordFilter($"<{i}>"))];
        var index = new KeywordIndex(filters);

        KeywordHits hits = index.Scan("<3> and <70> and <127>");

        Assert.Equal([3, 70, 127], Enumerable.Range(0, filters.Length).Where(i => filters[i].FoundIn(hits, "<3> and <70> and <127>")));
    }

    // The rule table's index must answer exactly what searching each keyword set on its own answers: on the attacks and
    // benign texts of the tests, on every keyword alone and cut short by one character, and on random mixes of keyword
    // pieces, ASCII and other scripts.
    [Fact]
    public void RuleTableIndex_AgreesWithEachSetSearchedOnItsOwn()
    {
        KeywordFilter[] filters = [.. InjectionRules.All.SelectMany(rule => rule.Keywords).Distinct()];
        string[] keywords = [.. filters.SelectMany(Keywords)];
        var random = new Random(20261127);
        string[] alphabet = ["a", "e", " ", ".", ":", "|", "<", "и", "ı", "忽", "ệ", "\u0000", "\uD800", "\uFFFF", "\u00e9", "\n"];
        var texts = new List<string>
        {
            string.Empty,
            "The committee reviewed the quarterly figures and agreed to meet again next week.",
        };
        texts.AddRange(PromptInjectionDetectorTests.Attacks.Select(row => (string)row[0]));
        texts.AddRange(MultilingualRulesTests.Attacks().Select(row => (string)row[1]));
        texts.AddRange(keywords);
        texts.AddRange(keywords.Where(keyword => keyword.Length > 1).Select(keyword => keyword[..^1]));
        texts.AddRange(keywords.Select(keyword => "x" + keyword + "y"));
        for (int i = 0; i < 3000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (int piece = random.Next(1, 12); piece > 0; piece--)
            {
                string keyword = keywords[random.Next(keywords.Length)];
                text.Append(random.Next(3) switch
                {
                    0 => keyword,
                    1 => keyword[..random.Next(keyword.Length + 1)],
                    _ => alphabet[random.Next(alphabet.Length)],
                });
            }

            texts.Add(text.ToString());
        }

        foreach (string raw in texts)
        {
            foreach (string text in new[] { raw, TextNormalizer.Normalize(raw).Text })
            {
                KeywordHits hits = InjectionRules.Index.Scan(text);
                foreach (KeywordFilter filter in filters)
                {
                    Assert.True(filter.FoundIn(text) == filter.FoundIn(hits, text), $"'{text}': {string.Join("|", Keywords(filter))}");
                }

                Assert.Equal(InjectionRules.MayBeMultilingual(text), InjectionRules.MayBeMultilingual(text, hits));
            }
        }
    }

    private static IEnumerable<string> Keywords(KeywordFilter filter) =>
        filter.AsciiKeywords.Concat(filter.OtherScriptKeywords);
}
