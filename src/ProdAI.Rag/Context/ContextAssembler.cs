using System.Text;
using ProdAI.Guardrails.PromptInjection;
using ProdAI.Rag.Retrieval;
using ProdAI.Telemetry.Tokens;

namespace ProdAI.Rag.Context;

/// <summary>What happens to a retrieved chunk that carries instructions for the model (indirect prompt injection).</summary>
public enum InjectionScreening
{
    /// <summary>Not screened.</summary>
    Off,

    /// <summary>Kept, and reported in <see cref="AssembledContext.Flagged"/>.</summary>
    Flag,

    /// <summary>Left out, and reported in <see cref="AssembledContext.Dropped"/>. The default.</summary>
    Drop,
}

/// <summary>Options of <see cref="ContextAssembler"/>.</summary>
public sealed class ContextAssemblyOptions
{
    /// <summary>Gets or sets the token budget of the whole context (o200k_base). Default 3,000.</summary>
    public int MaxTokens { get; set; } = 3000;

    /// <summary>Gets or sets whether adjacent or overlapping chunks of one document are merged into one passage. Default <see langword="true"/>.</summary>
    public bool MergeNeighbours { get; set; } = true;

    /// <summary>Gets or sets the injection screening. Default <see cref="InjectionScreening.Drop"/>.</summary>
    public InjectionScreening Screening { get; set; } = InjectionScreening.Drop;

    /// <summary>Gets or sets the detector; <see cref="PromptInjectionDetector.Default"/> when <see langword="null"/>.</summary>
    public PromptInjectionDetector? Detector { get; set; }
}

/// <summary>A numbered source of the context: which document and which span of it.</summary>
/// <param name="Number">The number the model cites (<c>[1]</c>).</param>
/// <param name="DocumentId">The document id.</param>
/// <param name="Start">Start offset in the document.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Title">The document title, if any.</param>
/// <param name="ChunkIds">The chunks merged into this passage.</param>
public sealed record Citation(int Number, string DocumentId, int Start, int End, string? Title, IReadOnlyList<string> ChunkIds);

/// <summary>A chunk left out or flagged by the screening, with why.</summary>
/// <param name="ChunkId">The chunk id.</param>
/// <param name="Score">The injection score.</param>
/// <param name="Categories">The categories found.</param>
public sealed record ScreenedChunk(string ChunkId, double Score, IReadOnlyList<InjectionCategory> Categories);

/// <summary>The assembled context: the text for the prompt, the instruction that explains its fence, citations and screening results.</summary>
/// <param name="Text">Numbered passages inside a random boundary fence.</param>
/// <param name="Instruction">The instruction to add to the system prompt (the passages are data, not instructions).</param>
/// <param name="Citations">The passages, by number.</param>
/// <param name="TokenCount">Tokens of <see cref="Text"/>.</param>
/// <param name="Dropped">Chunks left out by the screening.</param>
/// <param name="Flagged">Chunks kept but flagged.</param>
/// <param name="Denied">Chunks the principal may not read (should be none: retrievers filter first).</param>
public sealed record AssembledContext(string Text, string Instruction, IReadOnlyList<Citation> Citations, int TokenCount, IReadOnlyList<ScreenedChunk> Dropped, IReadOnlyList<ScreenedChunk> Flagged, int Denied);

/// <summary>
/// Builds the context of a RAG prompt from retrieved chunks: checks access again, screens every chunk for indirect prompt
/// injection (ProdAI.Guardrails, document mode), merges neighbouring chunks of a document, fills a token budget best
/// first, numbers the passages for citation (each number maps to a document id and offsets) and fences the whole as
/// untrusted data between random boundary markers.
/// </summary>
public sealed class ContextAssembler
{
    private readonly ContextAssemblyOptions _options;
    private readonly PromptInjectionDetector _detector;

    /// <summary>Initializes a new instance of the <see cref="ContextAssembler"/> class.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    public ContextAssembler(ContextAssemblyOptions? options = null)
    {
        _options = options ?? new ContextAssemblyOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxTokens, 1);
        _detector = _options.Detector ?? PromptInjectionDetector.Default;
    }

    /// <summary>Assembles the context for <paramref name="principal"/> from <paramref name="retrieved"/> (best first).</summary>
    /// <param name="retrieved">The retrieved chunks, best first.</param>
    /// <param name="principal">Who asked; chunks they may not read are left out (and counted).</param>
    /// <returns>The context.</returns>
    public AssembledContext Assemble(IReadOnlyList<RetrievedChunk> retrieved, AccessPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(retrieved);
        ArgumentNullException.ThrowIfNull(principal);
        var tokenizer = TiktokenTokenCounter.GetTokenizer(TokenizerEncodings.O200kBase);
        var dropped = new List<ScreenedChunk>();
        var flagged = new List<ScreenedChunk>();
        var denied = 0;
        var kept = new List<RetrievedChunk>();
        foreach (var item in retrieved)
        {
            if (!principal.CanRead(item.Chunk.Access))
            {
                denied++;
                continue;
            }

            if (_options.Screening != InjectionScreening.Off)
            {
                var scan = _detector.Scan(item.Chunk.Text, InjectionScanMode.Document);
                if (scan.IsInjection)
                {
                    var screened = new ScreenedChunk(item.Chunk.Id, scan.Score, [.. scan.Categories]);
                    if (_options.Screening == InjectionScreening.Drop)
                    {
                        dropped.Add(screened);
                        continue;
                    }

                    flagged.Add(screened);
                }
            }

            kept.Add(item);
        }

        // Passages: neighbouring chunks of one document become one passage, placed where its best chunk ranked.
        var passages = new List<Passage>();
        foreach (var item in kept)
        {
            var chunk = item.Chunk;
            var merged = _options.MergeNeighbours
                ? passages.FirstOrDefault(p => p.DocumentId == chunk.DocumentId && chunk.Start <= p.End && chunk.End >= p.Start)
                : null;
            if (merged is null)
            {
                passages.Add(new Passage(chunk));
            }
            else
            {
                merged.Merge(chunk);
            }
        }

        var builder = new StringBuilder();
        var citations = new List<Citation>();
        var used = 0;
        foreach (var passage in passages)
        {
            var entry = $"[{citations.Count + 1}] {(passage.Title is null ? passage.DocumentId : $"{passage.Title} ({passage.DocumentId})")}\n{passage.Text}\n\n";
            var tokens = tokenizer.CountTokens(entry);
            if (used + tokens > _options.MaxTokens)
            {
                continue; // a later, shorter passage may still fit
            }

            used += tokens;
            builder.Append(entry);
            citations.Add(new Citation(citations.Count + 1, passage.DocumentId, passage.Start, passage.End, passage.Title, passage.ChunkIds));
        }

        var fenced = Spotlighting.Delimit(builder.ToString().TrimEnd());
        return new AssembledContext(
            fenced.Text,
            fenced.Instruction + " Cite the passages you use by their number, like [1].",
            citations,
            tokenizer.CountTokens(fenced.Text),
            dropped,
            flagged,
            denied);
    }

    private sealed class Passage(RagChunk first)
    {
        private readonly List<RagChunk> _chunks = [first];

        public string DocumentId { get; } = first.DocumentId;

        public string? Title { get; } = first.Title;

        public int Start { get; private set; } = first.Start;

        public int End { get; private set; } = first.End;

        public IReadOnlyList<string> ChunkIds => [.. _chunks.OrderBy(c => c.Start).Select(c => c.Id)];

        /// <summary>The document text over [Start, End), rebuilt from the chunks (their overlaps counted once).</summary>
        public string Text
        {
            get
            {
                var builder = new StringBuilder();
                var at = Start;
                foreach (var chunk in _chunks.OrderBy(c => c.Start))
                {
                    if (chunk.End <= at)
                    {
                        continue;
                    }

                    // Tolerate a chunk whose text does not span End − Start exactly (one built by hand): never read past it.
                    var from = Math.Min(chunk.Text.Length, Math.Max(0, at - chunk.Start));
                    builder.Append(chunk.Text, from, Math.Max(0, Math.Min(chunk.Text.Length - from, chunk.End - Math.Max(at, chunk.Start))));
                    at = chunk.End;
                }

                return builder.ToString();
            }
        }

        public void Merge(RagChunk chunk)
        {
            _chunks.Add(chunk);
            Start = Math.Min(Start, chunk.Start);
            End = Math.Max(End, chunk.End);
        }
    }
}
