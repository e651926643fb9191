namespace ProdAI.Rag.Chunking;

/// <summary>
/// Splits text into sentences on offsets: a sentence ends at '.', '!', '?' or '…' (with any closing quotes or brackets
/// after it) followed by whitespace, or at a blank line — but not after common abbreviations (Mr., Dr., e.g., i.e., etc.,
/// vs., Fig., al., No., U.S. …), initials, or inside numbers (3.14, 1.5 mg), where no whitespace follows. Each sentence
/// keeps its trailing whitespace, so the sentences cover the text exactly.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "cf", "al", "fig", "figs", "no", "nos",
        "vol", "pp", "ed", "eds", "approx", "dept", "est", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.u", "ph.d", "a.m", "p.m", "mt", "gen", "col",
        "lt", "sgt", "rev", "resp", "ca", "eq", "eqs", "ref", "refs", "sec", "ch", "min", "max",
    };

    /// <summary>Returns the [start, end) spans of the sentences of <paramref name="text"/>, in order, covering it exactly.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The sentence spans.</returns>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int Start, int End)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var boundary = -1;
            if (c is '.' or '!' or '?' or '…')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is '.' or '!' or '?' or '…')
                {
                    j++;
                }

                while (j < text.Length && text[j] is '"' or '\'' or '”' or '’' or ')' or ']' or '»')
                {
                    j++;
                }

                if ((j == text.Length || char.IsWhiteSpace(text[j])) && !(c == '.' && IsAbbreviation(text, start, i)) && !NextWordIsLowerCase(text, j))
                {
                    boundary = j;
                }

                i = j;
            }
            else if (c == '\n' && i + 1 < text.Length && (text[i + 1] == '\n' || (text[i + 1] == '\r' && i + 2 < text.Length && text[i + 2] == '\n')))
            {
                boundary = i;
                i++;
            }
            else
            {
                i++;
            }

            if (boundary >= 0)
            {
                var end = boundary;
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                if (end > start)
                {
                    spans.Add((start, end));
                }

                start = end;
                i = Math.Max(i, end);
            }
        }

        if (start < text.Length)
        {
            spans.Add((start, text.Length));
        }

        return spans;
    }

    /// <summary>"'Is it safe?' she asked": a lower-case word after the punctuation continues the sentence.</summary>
    private static bool NextWordIsLowerCase(string text, int from)
    {
        var k = from;
        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        return k < text.Length && char.IsLower(text[k]);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Smith"
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.TrimStart('.'));
    }
}

/// <summary>Options of <see cref="SentenceChunker"/>.</summary>
public sealed class SentenceChunkerOptions
{
    /// <summary>Gets or sets the largest chunk. Default 256.</summary>
    public int MaxLength { get; set; } = 256;

    /// <summary>Gets or sets how length is measured. Default tokens (o200k_base).</summary>
    public LengthUnit Unit { get; set; } = LengthUnit.Tokens;

    /// <summary>Gets or sets the tiktoken encoding. Default o200k_base.</summary>
    public string Encoding { get; set; } = Telemetry.Tokens.TokenizerEncodings.O200kBase;
}

/// <summary>
/// Packs whole sentences (<see cref="SentenceSplitter"/>) into chunks up to the limit; a sentence longer than the limit
/// is split by the recursive splitter. Chunks cover the source exactly.
/// </summary>
public sealed class SentenceChunker : ITextChunker
{
    private static readonly IReadOnlyList<string> NoHeadings = [];
    private readonly SentenceChunkerOptions _options;
    private readonly LengthMeter _meter;
    private readonly RecursiveTextChunker _fallback;

    /// <summary>Initializes a new instance of the <see cref="SentenceChunker"/> class.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    public SentenceChunker(SentenceChunkerOptions? options = null)
    {
        _options = options ?? new SentenceChunkerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxLength, 1);
        _meter = new LengthMeter(_options.Unit, _options.Encoding);
        _fallback = new RecursiveTextChunker(new RecursiveChunkerOptions { MaxLength = _options.MaxLength, Unit = _options.Unit, Encoding = _options.Encoding, Separators = [" ", string.Empty] });
    }

    /// <inheritdoc />
    public IReadOnlyList<TextChunk> Chunk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int Start, int End)>();
        int currentStart = -1, currentEnd = -1;
        foreach (var (start, end) in SentenceSplitter.Split(text))
        {
            if (currentStart >= 0 && _meter.Fits(text, currentStart, end, _options.MaxLength))
            {
                currentEnd = end;
                continue;
            }

            if (currentStart >= 0)
            {
                spans.Add((currentStart, currentEnd));
            }

            if (_meter.Fits(text, start, end, _options.MaxLength))
            {
                (currentStart, currentEnd) = (start, end);
            }
            else
            {
                _fallback.Split(text, start, end, 0, spans);
                currentStart = currentEnd = -1;
            }
        }

        if (currentStart >= 0)
        {
            spans.Add((currentStart, currentEnd));
        }

        return [.. spans.Select(s => new TextChunk(text, s.Start, s.End, NoHeadings, encoding: _options.Encoding))];
    }
}
