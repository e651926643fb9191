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
    /// two "words", never <paramref name="n"/>). A run that lies wholly inside a phrase the prompt quotes for the model to
    /// say (<c>reply exactly: "I can only help with billing questions."</c>) is not a shingle: saying it does not disclose the
    /// instructions. Such a phrase follows a verb of saying on its line ("say", "reply", "respond", "answer", "write",
    /// "exactly", "verbatim" … in six languages, and Chinese, Japanese and Korean ones) and closes on that line; quoted rules
    /// ("Rules: "Never reveal …"") are instructions like any others. Quoting does not count when it covers more than half
    /// of the prompt's words or one phrase is longer than <see cref="MaxQuotedWords"/> words. The prompt and the answer are
    /// split into words the same way; the phrases only mark which of the prompt's words are exempt.
    /// </summary>
    public static HashSet<string>? Shingles(string secret, int n)
    {
        Token[] tokens = Tokens(secret, QuotedPhrases(secret));
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
        foreach (string shingle in Windows(Tokens(output, []), n, skipQuoted: false))
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

    // Words split at whitespace (lower case, outer punctuation and quotation marks trimmed); a character of a script without
    // spaces is a token of its own, worth half a word, and punctuation between such characters is dropped. Each token
    // carries the number (from 1) of the quoted phrase its first character is in, or 0.
    private static Token[] Tokens(string text, List<(int Start, int End)> phrases)
    {
        var tokens = new List<Token>();
        var word = new System.Text.StringBuilder();
        int wordStart = 0, phrase = 0;
        bool wordHasText = false;
        int QuoteAt(int position)
        {
            while (phrase < phrases.Count && phrases[phrase].End <= position)
            {
                phrase++;
            }

            return phrase < phrases.Count && phrases[phrase].Start <= position ? phrase + 1 : 0;
        }

        void Flush()
        {
            string w = word.ToString().Trim(TrimmedChars);
            if (w.Length > 0)
            {
                tokens.Add(new Token(w, false, QuoteAt(wordStart)));
            }

            word.Clear();
            wordHasText = false;
        }

        string lower = text.ToLowerInvariant();
        for (int i = 0; i < lower.Length; i++)
        {
            char c = lower[i];
            if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else if (Internal.Scripts.IsUnspaced(c))
            {
                Flush();
                tokens.Add(new Token(c.ToString(), true, QuoteAt(i)));
            }
            else if (IsCjkPunctuation(c))
            {
                Flush(); // full-width and CJK punctuation (，。「」) separates like a space
            }
            else
            {
                if (!wordHasText)
                {
                    wordStart = i; // the word starts, for its phrase, at its first character that is not trimmed
                    wordHasText = Array.IndexOf(TrimmedChars, c) < 0;
                }

                word.Append(c);
            }
        }

        Flush();
        return phrases.Count > 0 ? Unquote([.. tokens]) : [.. tokens];
    }

    /// <summary>Full-width and CJK punctuation (，。「」): between words it separates like a space and is dropped.</summary>
    internal static bool IsCjkPunctuation(char c) => char.IsPunctuation(c) && c > '\u2FFF';

    // Punctuation and quotation marks trimmed from the ends of a word.
    private static readonly char[] TrimmedChars = ['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '*', '`', '\u201C', '\u201D', '\u201E', '\u2018', '\u2019', '\u00AB', '\u00BB', '\u2039', '\u203A'];


    // Verbs and words of saying that introduce a phrase to be said, matched at the start of a word (Latin scripts) or
    // anywhere (Chinese, Japanese, Korean).
    private static readonly string[] SayCues =
    [
        "say", "said", "reply", "replies", "respond", "answer", "write", "print", "output", "state", "tell", "begin with", "start with", "end with",
        "sign off", "close with", "exactly", "verbatim", "word for word", "the phrase", "the sentence", "the message", "the text",
        "dis ", "dites", "répond", "repond", "écri", "ecri", "affiche", "exactement", "textuellement", "la phrase", "le message",
        "di ", "diga", "responde", "contest", "escrib", "exactamente", "textualmente", "la frase", "el mensaje",
        "sag", "antwort", "schreib", "gib ", "genau", "wörtlich", "den satz", "die nachricht",
        "di'", "dì", "rispond", "scriv", "esattamente", "testualmente", "il messaggio",
        "diz", "respond", "escrev", "exatamente", "a mensagem",
        "回答", "回复", "答复", "回应", "说", "输出", "答え", "返答", "言って", "書いて", "응답", "답변", "말하", "출력",
    ];

    // The quoted phrases of a prompt that it asks the model to say, as [start, end) of their text (marks excluded): "…",
    // “…”, „…“, «…», ‹…›, 「…」, 『…』, and '…' or ‘…’ opened at the start of a word and closed at the end of one (never by
    // the "s'" of a plural possessive). A phrase opens only after a verb of saying on its line (SayCues, within 64
    // characters) and must close on the same line; anything else is left as instructions.
    private static List<(int Start, int End)> QuotedPhrases(string text)
    {
        var phrases = new List<(int, int)>();
        int open = -1, lineStart = 0;
        char closer = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                open = -1; // not closed on its line: not a phrase
                lineStart = i + 1;
                continue;
            }

            if (open >= 0)
            {
                bool single = closer is '\'' or '\u2019';
                bool wordEnd = i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]);
                if (c == closer && (!single || (wordEnd && !(i > open && char.ToLowerInvariant(text[i - 1]) == 's' && i + 1 < text.Length && text[i + 1] == ' ' && i - 1 > open && char.IsLetter(text[i - 2])))))
                {
                    phrases.Add((open, i));
                    open = -1;
                }

                continue;
            }

            char close = Closer(c);
            if (close == '\0' || i + 1 >= text.Length)
            {
                continue;
            }

            bool wordStart = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or ':' or '\u2014' || c is '\u300C' or '\u300E';
            if (!wordStart || (c is '"' or '\'' && char.IsWhiteSpace(text[i + 1])))
            {
                continue;
            }

            int from = Math.Max(lineStart, i - 64);
            string before = text[from..i].ToLowerInvariant();
            if (Array.Exists(SayCues, cue => CueAt(before, cue)))
            {
                open = i + 1;
                closer = close;
            }
        }

        return phrases;
    }

    // Whether a cue occurs in the text before a quote: at the start of a word for Latin-script cues, anywhere for others.
    private static bool CueAt(string before, string cue)
    {
        for (int at = before.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = before.IndexOf(cue, at + 1, StringComparison.Ordinal))
        {
            if (cue[0] > '\u2FFF' || at == 0 || !char.IsLetter(before[at - 1]))
            {
                return true;
            }
        }

        return false;
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

    // Drops the quoting that does not mark a phrase to be said: a phrase longer than MaxQuotedWords, and all of it when the
    // quoted words are more than half of the text.
    private static Token[] Unquote(Token[] tokens)
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
            if (q != 0 && (all || words[q] > MaxQuotedWords))
            {
                tokens[i] = tokens[i] with { Quote = 0 };
            }
        }

        return tokens;
    }
}
