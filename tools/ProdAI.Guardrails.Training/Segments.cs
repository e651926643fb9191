using System.Text.Json;
using System.Text.RegularExpressions;

namespace ProdAI.Guardrails.Training;

/// <summary>
/// Sentence-level data for the document-mode segment model. Instruction-like: the injected tasks of the BIPIA train
/// e-mails, and train-split prompts (self-instruct tasks, XSTest requests, known attacks). Data-like: the sentences of
/// clean BIPIA train e-mails and of SciFact abstracts. Only train-split rows are used.
/// </summary>
internal static partial class Segments
{
    public static List<(string Text, int Label, int Document)> Build(string datasets, List<Example> corpus, List<Example> train)
    {
        var result = new List<(string, int, int)>();
        int document = 0;
        foreach (string line in File.ReadLines(Path.Combine(datasets, "guardrails", "bipia", "derived", "email_injected_train.jsonl")))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement e = doc.RootElement;
            document++;
            if (e.GetProperty("label").GetInt32() == 1)
            {
                result.Add((e.GetProperty("attack_text").GetString()!, 1, -1));
            }
            else
            {
                result.AddRange(Split(e.GetProperty("text").GetString()!).Select(s => (s, 0, document)));
            }
        }

        foreach (Example example in train.Where(e => e.Source is "self-instruct" or "xstest" or "llm-guard" or "prodai-synthetic" && e.Text.Length <= 400))
        {
            result.Add((example.Text, example.Source is "self-instruct" or "xstest" ? 1 : example.Label, -1));
        }

        int abstracts = 0;
        foreach (string line in File.ReadLines(Path.Combine(datasets, "rag", "scifact", "corpus.jsonl")))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            document++;
            result.AddRange(Split(doc.RootElement.GetProperty("text").GetString()!).Select(s => (s, 0, document)));
            if (++abstracts >= 400)
            {
                break;
            }
        }

        return [.. result.Where(r => r.Item1.Trim().Length >= 12).DistinctBy(r => r.Item1)];
    }

    /// <summary>SciFact abstracts (title and text) as benign long documents.</summary>
    public static IEnumerable<string> Abstracts(string datasets, int skip, int take) =>
        File.ReadLines(Path.Combine(datasets, "rag", "scifact", "corpus.jsonl")).Skip(skip).Take(take).Select(line =>
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            return doc.RootElement.GetProperty("title").GetString() + "\n" + doc.RootElement.GetProperty("text").GetString();
        });

    private static IEnumerable<string> Split(string text) => SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length >= 12);

    [GeneratedRegex(@"(?<=[.!?])\s+|\n|\|", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();
}
