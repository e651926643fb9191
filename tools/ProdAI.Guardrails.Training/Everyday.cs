using System.Text.Json;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Training;

/// <summary>
/// Everyday requests people send an assistant — banking77's and CLINC150's train utterances ("Please delete my account
/// now.", "tell me how to change my pin") — as benign prompts for the whole-text model: short imperatives that share
/// "delete", "tell me", "send" with attacks. Their test parts (and MMLU's questions) stay out, to measure false positives on.
/// </summary>
internal static class Everyday
{
    public const string Banking = "banking77-train";
    public const string Clinc = "clinc150-train";
    public const string Exams = "exam-questions";

    public static bool IsSource(string source) => source is Banking or Clinc or Exams;

    /// <summary>Every <paramref name="every"/>-th banking77 and CLINC150 train utterance and every fourth exam question (0: none).</summary>
    public static IEnumerable<Example> Prompts(string datasets, int every)
    {
        if (every <= 0)
        {
            yield break;
        }

        int n = 0;
        foreach (string line in File.ReadLines(Path.Combine(datasets, "caching", "banking77", "train.csv")).Skip(1))
        {
            int comma = line.LastIndexOf(',');
            string text = (comma > 0 ? line[..comma] : line).Trim('"').Replace("\"\"", "\"", StringComparison.Ordinal);
            if (n++ % every == 0 && text.Length > 0)
            {
                yield return new Example(Banking, text, 0, InjectionScanMode.Prompt, false);
            }
        }

        // Exam questions (MMLU, with their lettered choices) and word problems (GSM8K) from RouteLLM's evaluation files: long
        // benign prompts, every fourth distinct one of each file by position, the other three quarters never read.
        foreach (string file in new[] { "mmlu_responses.csv", "gsm8k_responses.csv" })
        {
            using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(Path.Combine(datasets, "routing", "routellm-evals", file)) { HasFieldsEnclosedInQuotes = true };
            parser.SetDelimiters(",");
            string[] header = parser.ReadFields()!;
            int column = Array.IndexOf(header, "prompt");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (parser.ReadFields() is string[] fields)
            {
                if (seen.Add(fields[column]) && seen.Count % 4 == 1)
                {
                    yield return new Example(Exams, fields[column], 0, InjectionScanMode.Prompt, false);
                }
            }
        }

        using JsonDocument clinc = JsonDocument.Parse(File.ReadAllText(Path.Combine(datasets, "caching", "clinc150", "data_full.json")));
        n = 0;
        foreach (string key in new[] { "train", "oos_train" })
        {
            foreach (JsonElement row in clinc.RootElement.GetProperty(key).EnumerateArray())
            {
                if (n++ % every == 0)
                {
                    yield return new Example(Clinc, row[0].GetString()!, 0, InjectionScanMode.Prompt, false);
                }
            }
        }
    }
}
