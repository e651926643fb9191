using System.Text;
using ProdAI.Rag.Chunking;
using ProdAI.Rag.Lexical;
using ProdAI.Rag.Loading;
using ProdAI.Rag.Retrieval;

namespace ProdAI.Rag.Tests;

/// <summary>Bad input gives a defined outcome in bounded time (no timing is asserted: a hang fails the run's timeout).</summary>
public class BadInputTests
{
    private static readonly DocumentAccess Acme = new("acme");

    [Fact]
    public async Task EmptyDocuments_GiveNoChunks_AndSearchesFindNothing()
    {
        using var index = new RagIndex();
        Assert.Equal(0, await index.IngestAsync([new RagDocument("empty", string.Empty, Acme), new RagDocument("blank", "   \n\n  ", Acme)]));
        Assert.Empty(await index.SearchAsync("anything", AccessPrincipal.ForTenant("acme")));
        Assert.Empty(await index.SearchAsync(string.Empty, AccessPrincipal.ForTenant("acme")));
        Assert.Empty(new MarkdownChunker().Chunk(string.Empty));
        Assert.Empty(new TokenWindowChunker().Chunk(string.Empty));
        Assert.Empty(DocumentLoaders.LoadHtml(string.Empty).Text);
    }

    [Fact]
    public async Task FiftyMegabyteDocument_IsChunkedAndIndexed()
    {
        var paragraph = "Retrieval augmented generation grounds answers in documents. It needs chunking, indexing and ranking.\n\n";
        var builder = new StringBuilder(52_000_000);
        while (builder.Length < 50_000_000)
        {
            builder.Append(paragraph);
        }

        var text = builder.ToString();
        var chunks = new RecursiveTextChunker().Chunk(text);
        Assert.Equal(text.Length, chunks[^1].End);
        Assert.All(chunks.Take(100), c => Assert.True(c.Text.Length <= 1000));

        var markdown = new MarkdownChunker().Chunk(text); // the default of RagIndex: tokens, 512
        Assert.Equal(text.Length, markdown[^1].End);

        // One huge "word" (no separator at all), measured in tokens: only a window is ever tokenised (BPE is quadratic
        // on a single long word), so the pieces are small but the time stays linear.
        var unbroken = new string('a', 2_000_000);
        var pieces = new RecursiveTextChunker(new RecursiveChunkerOptions { MaxLength = 512, Unit = LengthUnit.Tokens }).Chunk(unbroken);
        Assert.Equal(unbroken.Length, pieces[^1].End);
        Assert.All(pieces.Take(20), p => Assert.InRange(p.TokenCount, 1, 512));

        using var index = new RagIndex(options: new RagIndexOptions { Chunker = new RecursiveTextChunker(new RecursiveChunkerOptions { MaxLength = 4000 }) });
        var indexed = await index.IngestAsync([new RagDocument("huge", text[..5_000_000], Acme)]);
        Assert.True(indexed > 1000);
        Assert.NotEmpty(await index.SearchAsync("chunking indexing ranking", AccessPrincipal.ForTenant("acme"), 5));
    }

    [Fact]
    public async Task BinaryGarbage_IsIndexedWithoutErrors()
    {
        var random = new Random(3);
        var garbage = new string([.. Enumerable.Range(0, 200_000).Select(_ => (char)random.Next(0, 0x10000))]); // lone surrogates, controls, NULs
        foreach (var chunker in new ITextChunker[] { new RecursiveTextChunker(), new MarkdownChunker(), new SentenceChunker(), new TokenWindowChunker() })
        {
            var chunks = chunker.Chunk(garbage);
            Assert.Equal(garbage.Length, chunks[^1].End);
        }

        using var index = new RagIndex();
        await index.IngestAsync([new RagDocument("garbage", garbage, Acme)]);
        _ = await index.SearchAsync(garbage[..1000], AccessPrincipal.ForTenant("acme"));
        Assert.NotNull(DocumentLoaders.LoadHtml(garbage).Text);
    }

    [Fact]
    public void MarkdownWithAnUnclosedFence_KeepsTheRestAsCode()
    {
        var source = "# Title\n\nIntro.\n\n```python\nprint('never closed')\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"x{i} = {i}\n"));
        var chunks = new MarkdownChunker(new MarkdownChunkerOptions { MaxLength = 100 }).Chunk(source);
        ChunkingTests.AssertCoversExactly(source, chunks);
        Assert.All(chunks.Where(c => c.Start > source.IndexOf("```", StringComparison.Ordinal) + 10), c => Assert.Equal("```python\n", c.Prefix));
    }

    [Fact]
    public async Task QueryOfTenThousandTerms_IsAnswered()
    {
        using var bm25 = new Bm25Index<int>();
        for (var i = 0; i < 500; i++)
        {
            bm25.Add(i, $"document {i} about term{i % 50} and word{i % 7}");
        }

        var query = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"term{i % 60} word{i}"));
        var hits = bm25.Search(query, 10);
        Assert.Equal(10, hits.Length);

        using var index = new RagIndex();
        await index.IngestAsync([new RagDocument("d", "term1 word2 some text", Acme)]);
        Assert.NotEmpty(await index.SearchAsync(query, AccessPrincipal.ForTenant("acme")));
    }
}
