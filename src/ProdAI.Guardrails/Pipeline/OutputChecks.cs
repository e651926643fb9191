using System.Text.Json;
using Json.Schema;

namespace ProdAI.Guardrails.Pipeline;

/// <summary>Output validation: JSON (and JSON Schema, with JsonSchema.Net) and system-prompt leakage by word n-gram overlap.</summary>
internal static class OutputChecks
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64, AllowTrailingCommas = false };

    // One parse per schema text: JsonSchema.Net registers a schema with an "$id" globally and refuses to register it twice,
    // so a second parse of the same schema (the options validator, then the client; a second client) would throw.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Parsed = new(StringComparer.Ordinal);

    public static JsonSchema? ParseSchema(string? schema)
    {
        if (string.IsNullOrWhiteSpace(schema))
        {
            return null;
        }

        Lazy<JsonSchema> parsed = Parsed.GetOrAdd(schema, static text => new Lazy<JsonSchema>(() => JsonSchema.FromText(text)));
        try
        {
            return parsed.Value;
        }
        catch
        {
            Parsed.TryRemove(new KeyValuePair<string, Lazy<JsonSchema>>(schema, parsed)); // an invalid schema is not remembered
            throw;
        }
    }

    /// <summary>Checks that <paramref name="text"/> (optionally inside a ```json fence) is JSON valid against <paramref name="schema"/>.</summary>
    /// <returns><see langword="null"/> when valid; otherwise what is wrong, without echoing the text.</returns>
    public static string? ValidateJson(string text, JsonSchema schema)
    {
        string body = StripFence(text);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ParseOptions);
        }
        catch (JsonException ex)
        {
            return $"not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1})";
        }
        catch (ArgumentException)
        {
            return "not valid JSON (it holds an unpaired surrogate, text cut inside a character)"; // UTF-16 that cannot be transcoded
        }

        using (document)
        {
            EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (results.IsValid)
            {
                return null;
            }

            IEnumerable<string> errors = (results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{(d.InstanceLocation.ToString() is { Length: > 0 } at ? at : "/")}: {e.Value}"))
                .Take(5);
            return "does not match the schema: " + string.Join("; ", errors);
        }
    }

    private static string StripFence(string text)
    {
        string t = text.Trim();
        if (t.StartsWith("```", StringComparison.Ordinal))
        {
            int firstLine = t.IndexOf('\n', StringComparison.Ordinal);
            int close = t.LastIndexOf("```", StringComparison.Ordinal);
            if (firstLine > 0 && close > firstLine)
            {
                return t[(firstLine + 1)..close];
            }
        }

        return t;
    }

    /// <summary>Counts the word <paramref name="n"/>-grams of <paramref name="secret"/> that appear in <paramref name="output"/>.</summary>
    public static int SharedShingles(string secret, string output, int n) => Shingles(secret, n) is { } shingles ? RemoveShared(shingles, output, n) : 0;

    /// <summary>
    /// The word <paramref name="n"/>-grams of <paramref name="secret"/>, or <see langword="null"/> when it has none. In
    /// scripts written without spaces (Chinese, Japanese, Thai) each character is a token worth half a word, so a shingle
    /// there is 2 × <paramref name="n"/> characters — a Chinese system prompt is checked too (split at spaces it was one or
    /// two "words", never <paramref name="n"/>). A run that lies wholly inside a quoted phrase of the prompt ("reply exactly:
    /// 'I can only help with billing questions.'") is not a shingle: the prompt asks for that text to be said, and saying it
    /// does not disclose the instructions. Quoting does not count when it covers more than half of the prompt's words (a
    /// prompt pasted in quotes), when a quote is not closed, or when one phrase is longer than <see cref="MaxQuotedWords"/>.
    /// </summary>
    public static HashSet<string>? Shingles(string secret, int n)
    {
        Token[] tokens = Tokens(secret, findQuotes: true);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        foreach (string shingle in Windows(tokens, n, skipQuoted: true))
        {
            shingles.Add(shingle);
        }

        return shingles.Count == 0 ? null : shingles;
    }

    /// <summary>The longest quoted phrase, in words, that <see cref="Shingles"/> treats as text to be said rather than instructions.</summary>
    internal const int MaxQuotedWords = 60;

    /// <summary>
    /// Removes from <paramref name="shingles"/> those that appear in <paramref name="output"/> and returns how many: checked
    /// piece by piece (a stream), each shared shingle is counted once.
    /// </summary>
    public static int RemoveShared(HashSet<string> shingles, string output, int n)
    {
        int shared = 0;
        foreach (string shingle in Windows(Tokens(output, findQuotes: false), n, skipQuoted: false))
        {
            if (shingles.Remove(shingle))
            {
                shared++;
            }
        }

        return shared;
    }

    // A word (or a character of a script without spaces, worth half a word) and the quoted phrase it is in (0: none).
    private readonly record struct Token(string Text, bool Half, int Quote);

    // Each run of tokens worth n words, from every token on (the same content gives the same windows in secret and output);
    // with skipQuoted, runs that lie wholly inside one quoted phrase are left out.
    private static IEnumerable<string> Windows(Token[] tokens, int n, bool skipQuoted)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            int j = i, halves = 0;
            bool oneQuote = tokens[i].Quote != 0;
            while (j < tokens.Length && halves < 2 * n)
            {
                halves += tokens[j].Half ? 1 : 2;
                oneQuote &= tokens[j].Quote == tokens[i].Quote;
                j++;
            }

            if (halves < 2 * n)
            {
                yield break;
            }

            if (!(skipQuoted && oneQuote))
            {
                yield return string.Join(' ', tokens[i..j].Select(t => t.Text));
            }
        }
    }

    // Words split at whitespace (lower case, outer punctuation trimmed); a character of a script without spaces is a token
    // of its own, worth half a word, and punctuation between such characters is dropped. With findQuotes, each token carries
    // the quoted phrase it is in: "…", “…”, „…“, «…», ‹…›, 「…」, 『…』, and '…' or ‘…’ opened at the start of a word and
    // closed at its end (so the apostrophe of "don't" neither opens nor closes one).
    private static Token[] Tokens(string text, bool findQuotes)
    {
        var tokens = new List<Token>();
        var word = new System.Text.StringBuilder();
        int quote = 0, phrases = 0, wordQuote = 0;
        char closer = '\0';
        var dropped = new HashSet<int>();
        void Flush()
        {
            string w = word.ToString().Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '*', '`', '\u201C', '\u201D', '\u201E', '\u2018', '\u2019', '\u00AB', '\u00BB', '\u2039', '\u203A');
            if (w.Length > 0)
            {
                tokens.Add(new Token(w, false, wordQuote));
            }

            word.Clear();
        }

        string lower = text.ToLowerInvariant();
        for (int i = 0; i < lower.Length; i++)
        {
            char c = lower[i];
            if (findQuotes)
            {
                bool wordStart = i == 0 || char.IsWhiteSpace(lower[i - 1]) || lower[i - 1] is '(' or '[' or ':' or '\u2014' || c is '\u300C' or '\u300E'; // 「 follows a character
                bool wordEnd = i + 1 == lower.Length || !char.IsLetterOrDigit(lower[i + 1]);
                bool single = closer is '\'' or '\u2019';
                if (quote != 0 && c == closer && (wordEnd || !single))
                {
                    Flush(); // the phrase's last word belongs to it
                    quote = 0;
                    continue;
                }

                if (quote != 0 && single && c == '\n')
                {
                    dropped.Add(quote); // a single quote open across a line was an apostrophe ('90s, 'n')
                    Flush();
                    quote = 0;
                }

                // Straight quotes open a phrase only before a non-space; « and „ may be followed by one (French « Bonjour »).
                if (quote == 0 && wordStart && Closer(c) is char close and not '\0' && i + 1 < lower.Length && !(c is '"' or '\'' && char.IsWhiteSpace(lower[i + 1])))
                {
                    Flush();
                    quote = ++phrases;
                    closer = close;
                    continue;
                }
            }

            if (word.Length == 0)
            {
                wordQuote = quote;
            }

            if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else if (Internal.Scripts.IsUnspaced(c))
            {
                Flush();
                tokens.Add(new Token(c.ToString(), true, quote));
            }
            else if (char.IsPunctuation(c) && c > '\u2FFF')
            {
                Flush(); // full-width and CJK punctuation (，。「」) separates like a space
            }
            else
            {
                word.Append(c);
            }
        }

        Flush();
        dropped.Add(quote); // still open at the end: not a phrase
        return findQuotes && phrases > 0 ? Unquote([.. tokens], dropped) : [.. tokens];
    }

    // The closing mark of a quotation mark that opens a phrase, or '\0'.
    private static char Closer(char open) => open switch
    {
        '"' => '"',
        '\'' => '\'',
        '\u201C' => '\u201D', // “ ”
        '\u201E' => '\u201C', // „ “
        '\u2018' => '\u2019', // ‘ ’
        '\u00AB' => '\u00BB', // « »
        '\u00BB' => '\u00AB', // » « (Danish, Swedish)
        '\u2039' => '\u203A', // ‹ ›
        '\u300C' => '\u300D', // 「 」
        '\u300E' => '\u300F', // 『 』
        _ => '\0',
    };

    // Drops the quoting that does not mark a phrase to be said: unclosed quotes, a phrase longer than MaxQuotedWords, and
    // all of it when the quoted words are more than half of the text.
    private static Token[] Unquote(Token[] tokens, HashSet<int> dropped)
    {
        var words = new Dictionary<int, double>();
        double quoted = 0, total = 0;
        foreach (Token t in tokens)
        {
            double w = t.Half ? 0.5 : 1;
            total += w;
            if (t.Quote != 0)
            {
                quoted += w;
                words[t.Quote] = words.GetValueOrDefault(t.Quote) + w;
            }
        }

        bool all = quoted * 2 > total;
        for (int i = 0; i < tokens.Length; i++)
        {
            int q = tokens[i].Quote;
            if (q != 0 && (all || dropped.Contains(q) || words[q] > MaxQuotedWords))
            {
                tokens[i] = tokens[i] with { Quote = 0 };
            }
        }

        return tokens;
    }
}
