using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using PorterStemFilter = Lucene.Net.Analysis.En.PorterStemFilter;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using ProdAI.Rag.Lexical;

namespace ProdAI.Rag.Tests;

public class LexicalTests
{
    /// <summary>Every distinct lower-case word of the repository's documentation, plus classic hard cases.</summary>
    private static IReadOnlyList<string> Vocabulary()
    {
        var words = new HashSet<string>(StringComparer.Ordinal)
        {
            "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing",
            "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing",
            "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli",
            "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism",
            "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate",
            "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance",
            "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
            "dependent", "adoption", "homologou", "communism", "activate", "angulariti", "homologous", "effective",
            "bowdlerize", "probate", "rate", "cease", "controll", "roll", "generalizations", "oscillators", "archaeology",
        };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ChunkingTests.RepositoryRoot(), "docs"), "*.md"))
        {
            foreach (Match m in Regex.Matches(File.ReadAllText(file).ToLowerInvariant(), "[a-z]{3,}"))
            {
                words.Add(m.Value);
            }
        }

        return [.. words.Order(StringComparer.Ordinal)];
    }

    private static string LuceneStem(string word)
    {
        using var tokenizer = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(word));
        using TokenStream stream = new PorterStemFilter(tokenizer);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        Assert.True(stream.IncrementToken());
        var stem = term.ToString();
        stream.End();
        return stem;
    }

    [Fact]
    public void PorterStemmer_AgreesWithLucene_OnEveryWordOfTheDocs()
    {
        var vocabulary = Vocabulary();
        Assert.True(vocabulary.Count > 1500, $"only {vocabulary.Count} words");
        var differences = vocabulary.Where(w => PorterStemmer.Stem(w) != LuceneStem(w)).Select(w => $"{w}: {PorterStemmer.Stem(w)} vs {LuceneStem(w)}").ToList();
        Assert.Empty(differences);
    }

    [Fact]
    public void EnglishAnalyzer_LowerCases_DropsStopWordsAndPossessives_Stems()
    {
        var terms = new List<string>();
        EnglishAnalyzer.Default.Analyze("The Patient's tumours were NOT responding to the treatments, and COVID-19 spread.", terms);
        Assert.Equal(["patient", "tumour", "were", "respond", "treatment", "covid", "19", "spread"], terms);
    }

    [Fact]
    public void EnglishAnalyzer_HostileInput_IsBoundedAndDefined()
    {
        var terms = new List<string>();
        EnglishAnalyzer.Default.Analyze(new string('a', 1_000_000) + " ok \uD800 fine", terms);
        Assert.Equal(["ok", "fine"], terms); // the 1 MB token is longer than MaxTokenLength and skipped
    }

    [Fact]
    public void Bm25_RanksByTermWeight_AndHonoursTheFilter()
    {
        using var index = new Bm25Index<int>();
        index.Add(1, "Vitamin D deficiency and bone fractures in older adults.");
        index.Add(2, "Bone density scans for adults.");
        index.Add(3, "Vitamin C and the common cold.");
        index.Add(4, "Unrelated text about astronomy and stars.");

        var hits = index.Search("vitamin D bone", 10);
        Assert.Equal(1, hits[0].Key);
        Assert.Equal([1, 2, 3], hits.Select(h => h.Key).Order().ToArray());
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.DoesNotContain(hits, h => h.Key == 1 && index.Search("vitamin D bone", 10, k => k != 1).Any(x => x.Key == 1));
        Assert.Empty(index.Search("the of and", 10)); // only stop words
        Assert.Empty(index.Search("nonexistentterm", 10));
    }

    [Fact]
    public void Bm25_Score_MatchesTheFormula()
    {
        using var index = new Bm25Index<string>(new Bm25Options { K1 = 1.2, B = 0.75 });
        index.Add("a", "apple apple banana");
        index.Add("b", "banana cherry");
        index.Add("c", "cherry cherry cherry date");
        // "apple" in a: N=3, df=1, tf=2, dl=3, avgdl=3
        var idf = Math.Log(1 + ((3 - 1 + 0.5) / (1 + 0.5)));
        var expected = idf * 2 * 2.2 / (2 + (1.2 * (1 - 0.75 + (0.75 * 3 / 3.0))));
        Assert.Equal(expected, index.Search("apple", 1)[0].Score, 5);
    }

    [Fact]
    public void Bm25_ReplaceAndRemove_KeepStatisticsExact()
    {
        using var incremental = new Bm25Index<string>();
        incremental.Add("a", "red apples and green pears");
        incremental.Add("b", "yellow bananas");
        incremental.Add("gone", "red red red cars");
        incremental.Add("b", "green bananas and red cherries"); // replace
        Assert.True(incremental.Remove("gone"));
        Assert.False(incremental.Remove("gone"));

        using var fresh = new Bm25Index<string>();
        fresh.Add("a", "red apples and green pears");
        fresh.Add("b", "green bananas and red cherries");

        foreach (var query in new[] { "red", "green bananas", "cars", "pears apples" })
        {
            Assert.Equal(fresh.Search(query, 10), incremental.Search(query, 10));
        }

        Assert.Equal(2, incremental.Count);
    }

    [Fact]
    public void Bm25_SaveAndLoad_RoundTrip_AndDamagedInputIsAClearError()
    {
        using var index = new Bm25Index<string>();
        index.Add("d1", "Retrieval augmented generation with hybrid search.");
        index.Add("d2", "Dense retrieval with sentence embeddings.");
        index.Add("d3", "Removed document about retrieval.");
        index.Remove("d3");
        using var stream = new MemoryStream();
        index.Save(stream, (w, k) => w.Write(k));
        stream.Position = 0;
        using var loaded = Bm25Index<string>.Load(stream, r => r.ReadString());
        Assert.Equal(index.Search("retrieval hybrid", 5), loaded.Search("retrieval hybrid", 5));
        Assert.Equal(2, loaded.Count);

        var truncated = stream.ToArray()[..(int)(stream.Length / 2)];
        Assert.Throws<InvalidDataException>(() => Bm25Index<string>.Load(new MemoryStream(truncated), r => r.ReadString()));
        Assert.Throws<InvalidDataException>(() => Bm25Index<string>.Load(new MemoryStream([1, 2, 3]), r => r.ReadString()));
    }

    [Fact]
    public async Task Bm25_ConcurrentSearchesAndWrites()
    {
        using var index = new Bm25Index<int>();
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                index.Add(i, $"document {i} about topic {i % 17} and subject {i % 5}");
            }
        });
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                var hits = index.Search($"topic {i % 17}", 5);
                Assert.True(hits.Length <= 5);
            }
        }));
        await Task.WhenAll([writer, .. readers]);
        Assert.Equal(2000, index.Count);
    }
}
