using System.Text;
using ProdAI.Rag.Chunking;
using ProdAI.Telemetry.Tokens;

namespace ProdAI.Rag.Tests;

public class ChunkingTests
{
    /// <summary>The repository root (the folder of ProdAI.sln above the test binaries).</summary>
    internal static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ProdAI.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        return root.FullName;
    }

    internal static string RepositoryFile(params string[] parts) => File.ReadAllText(Path.Combine([RepositoryRoot(), .. parts]));

    /// <summary>Texts that stress a splitter: real Markdown, long unbroken runs, surrogate pairs, CRLF, empty lines.</summary>
    internal static IEnumerable<string> Sources()
    {
        yield return RepositoryFile("docs", "caching.md");
        yield return RepositoryFile("docs", "security.md");
        yield return RepositoryFile("README.md");
        yield return string.Empty;
        yield return "short";
        yield return new string('x', 5000);
        yield return string.Concat(Enumerable.Repeat("😀", 3000));
        yield return string.Join("\r\n", Enumerable.Range(0, 400).Select(i => $"Line {i}: the quick brown fox, number {i * 7}."));
        var random = new Random(7);
        var builder = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append(random.Next(12) switch
            {
                0 => "\n\n",
                1 => "\n",
                2 => ". ",
                3 => " ",
                4 => "é",
                5 => "😀",
                _ => ((char)('a' + random.Next(26))).ToString(),
            });
        }

        yield return builder.ToString();
    }

    internal static void AssertCoversExactly(string source, IReadOnlyList<TextChunk> chunks)
    {
        if (source.Length == 0)
        {
            Assert.Empty(chunks);
            return;
        }

        Assert.Equal(0, chunks[0].Start);
        Assert.Equal(source.Length, chunks[^1].End);
        for (var i = 0; i < chunks.Count; i++)
        {
            Assert.True(chunks[i].End > chunks[i].Start, $"empty chunk {i}");
            Assert.Equal(source[chunks[i].Start..chunks[i].End], chunks[i].Text);
            if (i > 0)
            {
                Assert.Equal(chunks[i - 1].End, chunks[i].Start); // no gap, no overlap: no text lost
            }

            Assert.False(chunks[i].Start > 0 && char.IsLowSurrogate(source[chunks[i].Start]) && char.IsHighSurrogate(source[chunks[i].Start - 1]), "a surrogate pair was cut");
        }
    }

    [Theory]
    [InlineData(200)]
    [InlineData(1000)]
    [InlineData(1)]
    public void Recursive_Characters_CoversTheSourceExactly_WithinTheLimit(int max)
    {
        var chunker = new RecursiveTextChunker(new RecursiveChunkerOptions { MaxLength = max });
        foreach (var source in Sources())
        {
            var chunks = chunker.Chunk(source);
            AssertCoversExactly(source, chunks);
            Assert.All(chunks, c => Assert.True(c.Text.Length <= Math.Max(max, 2), $"{c.Text.Length} > {max}"));
        }
    }

    [Fact]
    public void Recursive_Tokens_StaysWithinTheTokenLimit()
    {
        var chunker = new RecursiveTextChunker(new RecursiveChunkerOptions { MaxLength = 64, Unit = LengthUnit.Tokens });
        var tokenizer = TiktokenTokenCounter.GetTokenizer(TokenizerEncodings.O200kBase);
        foreach (var source in Sources().Take(5))
        {
            var chunks = chunker.Chunk(source);
            AssertCoversExactly(source, chunks);
            Assert.All(chunks, c => Assert.InRange(tokenizer.CountTokens(c.Text), 1, 64));
            Assert.All(chunks, c => Assert.Equal(tokenizer.CountTokens(c.Text), c.TokenCount));
        }
    }

    [Fact]
    public void Recursive_PrefersParagraphs_ThenLines_ThenSentences()
    {
        const string text = "First paragraph is here.\n\nSecond paragraph, a bit longer than the first one.\n\nThird.";
        var chunks = new RecursiveTextChunker(new RecursiveChunkerOptions { MaxLength = 55 }).Chunk(text);
        Assert.Equal(["First paragraph is here.\n\n", "Second paragraph, a bit longer than the first one.\n\n", "Third."], chunks.Select(c => c.Text));
    }

    [Theory]
    [InlineData(64, 8)]
    [InlineData(200, 0)]
    public void TokenWindow_WindowsStayWithinTheLimit_OverlapAndCoverTheSource(int window, int overlap)
    {
        var chunker = new TokenWindowChunker(new TokenWindowOptions { WindowTokens = window, OverlapTokens = overlap });
        foreach (var source in Sources())
        {
            var chunks = chunker.Chunk(source);
            if (source.Length == 0)
            {
                Assert.Empty(chunks);
                continue;
            }

            Assert.Equal(0, chunks[0].Start);
            Assert.Equal(source.Length, chunks[^1].End);
            for (var i = 0; i < chunks.Count; i++)
            {
                Assert.Equal(source[chunks[i].Start..chunks[i].End], chunks[i].Text);
                Assert.InRange(chunks[i].TokenCount, 1, window);
                if (i > 0)
                {
                    Assert.True(chunks[i].Start <= chunks[i - 1].End, "gap between windows");
                    Assert.True(chunks[i].Start > chunks[i - 1].Start, "no progress");
                }
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenWindowChunker(new TokenWindowOptions { WindowTokens = 10, OverlapTokens = 10 }));
    }

    [Fact]
    public void SentenceSplitter_HandlesAbbreviationsDecimalsQuotesAndInitials()
    {
        const string text = "Dr. Smith measured 3.14 mg, e.g. in Fig. 2 of the U.S. study. \"Is it safe?\" she asked. J. Doe agreed! Next line\n\nNew paragraph";
        var sentences = SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(
            ["Dr. Smith measured 3.14 mg, e.g. in Fig. 2 of the U.S. study. ", "\"Is it safe?\" she asked. ", "J. Doe agreed! ", "Next line\n\n", "New paragraph"],
            sentences);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(200)]
    public void SentenceChunker_PacksWholeSentences_AndCoversTheSource(int max)
    {
        var chunker = new SentenceChunker(new SentenceChunkerOptions { MaxLength = max });
        foreach (var source in Sources())
        {
            var chunks = chunker.Chunk(source);
            AssertCoversExactly(source, chunks);
            Assert.All(chunks, c => Assert.InRange(c.TokenCount, 1, max));
        }
    }

    [Theory]
    [InlineData(64)]
    [InlineData(512)]
    public void Markdown_CoversTheSource_WithinTheLimit_WithHeadingPaths(int max)
    {
        var chunker = new MarkdownChunker(new MarkdownChunkerOptions { MaxLength = max });
        foreach (var source in Sources())
        {
            var chunks = chunker.Chunk(source);
            AssertCoversExactly(source, chunks);
            Assert.All(chunks, c => Assert.InRange(c.TokenCount, 1, max));
        }

        var doc = chunker.Chunk(RepositoryFile("docs", "caching.md"));
        Assert.Contains(doc, c => c.HeadingPath.SequenceEqual(["Caching (ProdAI.Caching, ProdAI.Vectors, ProdAI.Embeddings.Local)", "Semantic cache (`SemanticCacheChatClient`)"]));
    }

    [Fact]
    public void Markdown_NeverSplitsAFenceThatFits_AndRepeatsTheTableHeader()
    {
        var rows = string.Concat(Enumerable.Range(0, 60).Select(i => $"| row {i} | value {i * 3} |\n"));
        var source = "# Guide\n\nIntro text.\n\n## Code\n\n```csharp\nvar a = 1;\nvar b = 2;\n\nvar c = a + b;\n```\n\n## Data\n\n| name | value |\n|---|---|\n" + rows;
        var chunks = new MarkdownChunker(new MarkdownChunkerOptions { MaxLength = 60 }).Chunk(source);
        AssertCoversExactly(source, chunks);

        var fence = source.IndexOf("```csharp", StringComparison.Ordinal);
        var fenceEnd = source.IndexOf("```\n\n## Data", StringComparison.Ordinal) + 3;
        Assert.Contains(chunks, c => c.Start <= fence && c.End >= fenceEnd); // the whole fence in one chunk

        var tableParts = chunks.Where(c => c.HeadingPath.SequenceEqual(["Guide", "Data"]) && c.Text.Contains("| row", StringComparison.Ordinal)).ToList();
        Assert.True(tableParts.Count > 1);
        Assert.All(tableParts.Skip(1), c => Assert.Equal("| name | value |\n|---|---|\n", c.Prefix));
        Assert.All(tableParts, c => Assert.All(c.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("|", line, StringComparison.Ordinal)));
        Assert.Equal(["Guide", "Code"], chunks.Single(c => c.Start <= fence && c.End >= fenceEnd).HeadingPath);
    }
}
