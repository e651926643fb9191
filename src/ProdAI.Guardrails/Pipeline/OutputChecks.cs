using System.Text.Json;
using Json.Schema;

namespace ProdAI.Guardrails.Pipeline;

/// <summary>Output validation: JSON (and JSON Schema, with JsonSchema.Net) and system-prompt leakage by word n-gram overlap.</summary>
internal static class OutputChecks
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64, AllowTrailingCommas = false };

    public static JsonSchema? ParseSchema(string? schema) => string.IsNullOrWhiteSpace(schema) ? null : JsonSchema.FromText(schema);

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

    /// <summary>The word <paramref name="n"/>-grams of <paramref name="secret"/>, or <see langword="null"/> when it has fewer than <paramref name="n"/> words.</summary>
    public static HashSet<string>? Shingles(string secret, int n)
    {
        string[] secretWords = Words(secret);
        if (secretWords.Length < n)
        {
            return null;
        }

        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + n <= secretWords.Length; i++)
        {
            shingles.Add(string.Join(' ', secretWords, i, n));
        }

        return shingles;
    }

    /// <summary>
    /// Removes from <paramref name="shingles"/> those that appear in <paramref name="output"/> and returns how many: checked
    /// piece by piece (a stream), each shared shingle is counted once.
    /// </summary>
    public static int RemoveShared(HashSet<string> shingles, string output, int n)
    {
        string[] outputWords = Words(output);
        int shared = 0;
        for (int i = 0; i + n <= outputWords.Length; i++)
        {
            if (shingles.Remove(string.Join(' ', outputWords, i, n)))
            {
                shared++;
            }
        }

        return shared;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '*', '`'))
            .Where(w => w.Length > 0)
            .ToArray();
}
