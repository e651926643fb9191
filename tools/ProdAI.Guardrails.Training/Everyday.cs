using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Training;

/// <summary>
/// Everyday requests people send an assistant — banking77's and CLINC150's utterances ("Please delete my account now.",
/// "tell me how to change my pin") — and exam questions (MMLU with its lettered choices, GSM8K word problems, from
/// RouteLLM's evaluation files): benign prompts unlike the guardrails data sets' own. Their train parts (and every fourth
/// exam question) are a study option of the training tool (<c>--everyday N</c>); their test parts (and the other three
/// quarters of the exam questions) are benign-only held-out sets, never trained on, for the false-positive rate on ordinary
/// traffic.
/// </summary>
internal static class Everyday
{
    public const string Banking = "banking77-train";
    public const string Clinc = "clinc150-train";
    public const string Exams = "exam-questions";
    public const string RequestsHeldOut = "everyday-heldout";
    public const string ExamsHeldOut = "exams-heldout";

    public const string WrittenRequests = "everyday-written";

    public static bool IsSource(string source) => source is Banking or Clinc or Exams or WrittenRequests;

    /// <summary>Benign requests from a JSON-lines file (<c>text</c> per row), as everyday rows (study option <c>--everyday-extra FILE</c>).</summary>
    public static IEnumerable<Example> FromJsonl(string path) =>
    [
        .. Corpus.Jsonl(path).Select(row => new Example(WrittenRequests, row.GetProperty("text").GetString()!, 0, InjectionScanMode.Prompt, false)),
    ];

    /// <summary>Every <paramref name="every"/>-th banking77 and CLINC150 train utterance and every fourth exam question (0: none).</summary>
    public static IEnumerable<Example> Prompts(string datasets, int every)
    {
        if (every <= 0)
        {
            return [];
        }

        return [
            .. Banking77(datasets, "train.csv").Where((_, i) => i % every == 0).Select(text => new Example(Banking, text, 0, InjectionScanMode.Prompt, false)),
            .. Clinc150(datasets, "train", "oos_train").Where((_, i) => i % every == 0).Select(text => new Example(Clinc, text, 0, InjectionScanMode.Prompt, false)),
            .. ExamQuestions(datasets).Where((_, i) => i % 4 == 0).Select(text => new Example(Exams, text, 0, InjectionScanMode.Prompt, false)),
        ];
    }

    /// <summary>The held-out sets: banking77's test file and CLINC150's test and validation parts (with their out-of-scope
    /// ones); the exam questions <see cref="Prompts"/> never takes.</summary>
    public static IEnumerable<Example> HeldOut(string datasets) =>
    [
        .. Banking77(datasets, "test.csv").Concat(Clinc150(datasets, "test", "val", "oos_test", "oos_val")).Select(text => new Example(RequestsHeldOut, text, 0, InjectionScanMode.Prompt, true)),
        .. ExamQuestions(datasets).Where((_, i) => i % 4 != 0).Select(text => new Example(ExamsHeldOut, text, 0, InjectionScanMode.Prompt, true)),
    ];

    private static IEnumerable<string> Banking77(string datasets, string file) =>
        Column(Path.Combine(datasets, "caching", "banking77", file), "text").Where(text => text.Length > 0);

    private static IEnumerable<string> Clinc150(string datasets, params string[] parts)
    {
        using JsonDocument clinc = JsonDocument.Parse(File.ReadAllText(Path.Combine(datasets, "caching", "clinc150", "data_full.json")));
        return [.. parts.SelectMany(part => clinc.RootElement.GetProperty(part).EnumerateArray().Select(row => row[0].GetString()!))];
    }

    // Distinct prompts of MMLU and GSM8K, in file order.
    private static IEnumerable<string> ExamQuestions(string datasets) =>
        new[] { "mmlu_responses.csv", "gsm8k_responses.csv" }
            .SelectMany(file => Column(Path.Combine(datasets, "routing", "routellm-evals", file), "prompt").Distinct(StringComparer.Ordinal));

    private static List<string> Column(string path, string name)
    {
        using var parser = new TextFieldParser(path) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        string[] header = parser.ReadFields() ?? throw new InvalidDataException($"{path}: no header");
        int column = Array.IndexOf(header, name);
        if (column < 0)
        {
            throw new InvalidDataException($"{path}: no column '{name}'");
        }

        var values = new List<string>();
        while (parser.ReadFields() is string[] fields)
        {
            values.Add(fields[column]);
        }

        return values;
    }
}
