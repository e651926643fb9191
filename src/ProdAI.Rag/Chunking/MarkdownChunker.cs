namespace ProdAI.Rag.Chunking;

/// <summary>Options of <see cref="MarkdownChunker"/>.</summary>
public sealed class MarkdownChunkerOptions
{
    /// <summary>Gets or sets the largest chunk. Default 512.</summary>
    public int MaxLength { get; set; } = 512;

    /// <summary>Gets or sets how length is measured. Default tokens (o200k_base).</summary>
    public LengthUnit Unit { get; set; } = LengthUnit.Tokens;

    /// <summary>Gets or sets the tiktoken encoding. Default o200k_base.</summary>
    public string Encoding { get; set; } = Telemetry.Tokens.TokenizerEncodings.O200kBase;
}

/// <summary>
/// A Markdown-aware splitter: a heading starts a new chunk and every chunk carries the heading path above it; paragraphs,
/// lists, code fences and tables are blocks packed up to the limit. A code fence is never split unless it alone is longer
/// than the limit, in which case it is cut between lines and every later part gets the fence opener as its
/// <see cref="TextChunk.Prefix"/>; a table is cut between rows only, and every later part gets the header and separator
/// rows as its prefix. Chunks cover the source exactly (prefixes are context, not source text).
/// </summary>
public sealed class MarkdownChunker : ITextChunker
{
    private readonly MarkdownChunkerOptions _options;
    private readonly LengthMeter _meter;
    private readonly RecursiveTextChunker _fallback;

    /// <summary>Initializes a new instance of the <see cref="MarkdownChunker"/> class.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    public MarkdownChunker(MarkdownChunkerOptions? options = null)
    {
        _options = options ?? new MarkdownChunkerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxLength, 1);
        _meter = new LengthMeter(_options.Unit, _options.Encoding);
        _fallback = new RecursiveTextChunker(new RecursiveChunkerOptions { MaxLength = _options.MaxLength, Unit = _options.Unit, Encoding = _options.Encoding });
    }

    private enum BlockKind
    {
        Heading,
        Text,
        Code,
        Table,
    }

    /// <inheritdoc />
    public IReadOnlyList<TextChunk> Chunk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = new List<TextChunk>();
        var path = new List<(int Level, string Title)>();
        IReadOnlyList<string> chunkPath = [];
        int start = -1, end = -1;

        void Flush()
        {
            if (start >= 0 && end > start)
            {
                chunks.Add(new TextChunk(text, start, end, chunkPath, encoding: _options.Encoding));
            }

            start = end = -1;
        }

        foreach (var block in Blocks(text))
        {
            if (block.Kind == BlockKind.Heading)
            {
                Flush();
                while (path.Count > 0 && path[^1].Level >= block.Level)
                {
                    path.RemoveAt(path.Count - 1);
                }

                path.Add((block.Level, block.Title!));
                chunkPath = [.. path.Select(p => p.Title)];
                if (!_meter.Fits(text, block.Start, block.End, _options.MaxLength))
                {
                    AddSplit(text, block.Start, block.End, chunkPath, chunks);
                    continue;
                }

                (start, end) = (block.Start, block.End);
                continue;
            }

            if (start >= 0 && _meter.Fits(text, start, block.End, _options.MaxLength))
            {
                end = block.End;
                continue;
            }

            Flush();
            if (_meter.Fits(text, block.Start, block.End, _options.MaxLength))
            {
                (start, end) = (block.Start, block.End);
                continue;
            }

            switch (block.Kind)
            {
                case BlockKind.Code:
                    SplitByLines(text, block, chunkPath, chunks, headerLines: 1);
                    break;
                case BlockKind.Table:
                    SplitByLines(text, block, chunkPath, chunks, headerLines: block.HeaderLines);
                    break;
                default:
                    AddSplit(text, block.Start, block.End, chunkPath, chunks);
                    break;
            }
        }

        Flush();
        return chunks;
    }

    private void AddSplit(string text, int start, int end, IReadOnlyList<string> path, List<TextChunk> chunks, string? prefix = null)
    {
        var spans = new List<(int Start, int End)>();
        _fallback.Split(text, start, end, 0, spans);
        foreach (var (s, e) in spans)
        {
            chunks.Add(new TextChunk(text, s, e, path, prefix, _options.Encoding));
        }
    }

    /// <summary>Packs whole lines of a fence or table; parts after the first repeat its first <paramref name="headerLines"/> lines as the prefix.</summary>
    private void SplitByLines(string text, Block block, IReadOnlyList<string> path, List<TextChunk> chunks, int headerLines)
    {
        var lines = Lines(text, block.Start, block.End);

        var header = lines.Count > headerLines ? text[lines[0].Start..lines[Math.Min(headerLines, lines.Count) - 1].End] : null;
        string? prefix = null;
        int start = -1, end = -1;
        foreach (var (lineStart, lineEnd) in lines)
        {
            if (start >= 0 && _meter.Fits(text, start, lineEnd, _options.MaxLength))
            {
                end = lineEnd;
                continue;
            }

            if (start >= 0)
            {
                chunks.Add(new TextChunk(text, start, end, path, prefix, _options.Encoding));
                prefix = header;
            }

            if (_meter.Fits(text, lineStart, lineEnd, _options.MaxLength))
            {
                (start, end) = (lineStart, lineEnd);
            }
            else
            {
                AddSplit(text, lineStart, lineEnd, path, chunks, prefix); // one line longer than the limit
                prefix = header;
                start = end = -1;
            }
        }

        if (start >= 0)
        {
            chunks.Add(new TextChunk(text, start, end, path, prefix, _options.Encoding));
        }
    }

    private sealed record Block(BlockKind Kind, int Start, int End, int Level = 0, string? Title = null, int HeaderLines = 0);

    /// <summary>Cuts the text into blocks covering it exactly; blank lines join the block before them.</summary>
    private static List<Block> Blocks(string text)
    {
        var lines = Lines(text, 0, text.Length);

        var blocks = new List<Block>();
        var i = 0;
        while (i < lines.Count)
        {
            var (start, end) = lines[i];
            var line = text.AsSpan(start, end - start).TrimEnd("\r\n");
            var trimmed = line.TrimStart(' ');
            if (line.IsWhiteSpace())
            {
                Extend(blocks, start, end);
                i++;
            }
            else if (line.Length - trimmed.Length <= 3 && HeadingLevel(trimmed) is > 0 and var level)
            {
                blocks.Add(new Block(BlockKind.Heading, start, end, level, trimmed[level..].Trim().TrimEnd('#').Trim().ToString()));
                i++;
            }
            else if (line.Length - trimmed.Length <= 3 && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                var fence = trimmed[0];
                var width = trimmed.Length - trimmed.TrimStart(fence).Length;
                var j = i + 1;
                while (j < lines.Count)
                {
                    var inner = text.AsSpan(lines[j].Start, lines[j].End - lines[j].Start).TrimEnd("\r\n").Trim(' ');
                    j++;
                    if (inner.Length >= width && inner.TrimStart(fence).Length == 0)
                    {
                        break;
                    }
                }

                blocks.Add(new Block(BlockKind.Code, start, lines[j - 1].End));
                i = j;
            }
            else if (trimmed.StartsWith('|'))
            {
                var j = i;
                while (j < lines.Count && text.AsSpan(lines[j].Start, lines[j].End - lines[j].Start).TrimStart(' ').StartsWith('|'))
                {
                    j++;
                }

                var headerLines = j - i >= 2 && IsSeparatorRow(text.AsSpan(lines[i + 1].Start, lines[i + 1].End - lines[i + 1].Start)) ? 2 : 1;
                blocks.Add(new Block(BlockKind.Table, start, lines[j - 1].End, HeaderLines: headerLines));
                i = j;
            }
            else
            {
                var j = i + 1;
                while (j < lines.Count)
                {
                    var next = text.AsSpan(lines[j].Start, lines[j].End - lines[j].Start).TrimEnd("\r\n");
                    var nextTrimmed = next.TrimStart(' ');
                    if (next.IsWhiteSpace() || HeadingLevel(nextTrimmed) > 0 || nextTrimmed.StartsWith("```", StringComparison.Ordinal)
                        || nextTrimmed.StartsWith("~~~", StringComparison.Ordinal) || nextTrimmed.StartsWith('|'))
                    {
                        break;
                    }

                    j++;
                }

                blocks.Add(new Block(BlockKind.Text, start, lines[j - 1].End));
                i = j;
            }
        }

        return blocks;
    }

    /// <summary>The lines of [start, end), each with its line end.</summary>
    private static List<(int Start, int End)> Lines(string text, int start, int end)
    {
        var lines = new List<(int Start, int End)>();
        for (var at = start; at < end;)
        {
            var newline = text.IndexOf('\n', at, end - at);
            var lineEnd = newline < 0 ? end : newline + 1;
            lines.Add((at, lineEnd));
            at = lineEnd;
        }

        return lines;
    }

    private static void Extend(List<Block> blocks, int start, int end)
    {
        if (blocks.Count == 0)
        {
            blocks.Add(new Block(BlockKind.Text, start, end));
        }
        else
        {
            blocks[^1] = blocks[^1] with { End = end };
        }
    }

    private static int HeadingLevel(ReadOnlySpan<char> line)
    {
        var level = 0;
        while (level < line.Length && level < 7 && line[level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && (level == line.Length || line[level] == ' ' || line[level] == '\t') ? level : 0;
    }

    private static bool IsSeparatorRow(ReadOnlySpan<char> line)
    {
        var content = line.TrimEnd("\r\n").Trim(' ');
        return content.Length > 0 && content.IndexOf('-') >= 0 && content.IndexOfAnyExcept("|-: ") < 0;
    }
}
