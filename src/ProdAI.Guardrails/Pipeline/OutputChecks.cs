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
    /// The word <paramref name="n"/>-grams of <paramref name="secret"/>, or <see langword="null"/> when it has fewer than
    /// <paramref name="n"/> words. In scripts written without spaces (Chinese, Japanese, Thai) each character is a token
    /// worth half a word, so a shingle there is 2 × <paramref name="n"/> characters — a Chinese system prompt is checked too
    /// (split at spaces it was one or two "words", never <paramref name="n"/>).
    /// </summary>
    public static HashSet<string>? Shingles(string secret, int n)
    {
        (string Text, bool Half)[] tokens = Tokens(secret);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        foreach (string shingle in Windows(tokens, n))
        {
            shingles.Add(shingle);
        }

        return shingles.Count == 0 ? null : shingles;
    }

    /// <summary>
    /// Removes from <paramref name="shingles"/> those that appear in <paramref name="output"/> and returns how many: checked
    /// piece by piece (a stream), each shared shingle is counted once.
    /// </summary>
    public static int RemoveShared(HashSet<string> shingles, string output, int n)
    {
        int shared = 0;
        foreach (string shingle in Windows(Tokens(output), n))
        {
            if (shingles.Remove(shingle))
            {
                shared++;
            }
        }

        return shared;
    }

    // Each run of tokens worth n words, from every token on (the same content gives the same windows in secret and output).
    private static IEnumerable<string> Windows((string Text, bool Half)[] tokens, int n)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            int j = i, halves = 0;
            while (j < tokens.Length && halves < 2 * n)
            {
                halves += tokens[j].Half ? 1 : 2;
                j++;
            }

            if (halves < 2 * n)
            {
                yield break;
            }

            yield return string.Join(' ', tokens[i..j].Select(t => t.Text));
        }
    }

    // Words split at whitespace (lower case, outer punctuation trimmed); a character of a script without spaces is a token
    // of its own, worth half a word, and punctuation between such characters is dropped.
    private static (string Text, bool Half)[] Tokens(string text)
    {
        var tokens = new List<(string, bool)>();
        var word = new System.Text.StringBuilder();
        void Flush()
        {
            string w = word.ToString().Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '*', '`');
            if (w.Length > 0)
            {
                tokens.Add((w, false));
            }

            word.Clear();
        }

        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else if (Internal.Scripts.IsUnspaced(c))
            {
                Flush();
                tokens.Add((c.ToString(), true));
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
        return [.. tokens];
    }

}
