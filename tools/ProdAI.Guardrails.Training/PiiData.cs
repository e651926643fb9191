using System.Text;
using System.Text.Json;

namespace ProdAI.Guardrails.Training;

/// <summary>
/// Converts presidio-research's synthetic sentences to the harness format, keeping the entity types ProdAI supports
/// (DOMAIN_NAME is Presidio's name for what ProdAI reports as URL), and splits them: 30 % test (by a hash of the text)
/// for the reported figures, the rest for development; then writes larger development sets made from the development
/// part only (<see cref="PiiAugment"/>).
/// </summary>
internal static class PiiData
{
    private static readonly Dictionary<string, string> Supported = new(StringComparer.Ordinal)
    {
        ["CREDIT_CARD"] = "CREDIT_CARD", ["EMAIL_ADDRESS"] = "EMAIL_ADDRESS", ["IBAN_CODE"] = "IBAN_CODE", ["US_SSN"] = "US_SSN",
        ["PHONE_NUMBER"] = "PHONE_NUMBER", ["IP_ADDRESS"] = "IP_ADDRESS", ["DOMAIN_NAME"] = "URL", ["URL"] = "URL", ["CRYPTO"] = "CRYPTO",
    };

    /// <summary>The development part of the presidio sentences: everyday text full of personal data, benign for injection.</summary>
    public static IEnumerable<string> DevSentences(string datasets)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(datasets, "guardrails", "presidio-research-pii", "synth_dataset_v2.json")));
        return [.. doc.RootElement.EnumerateArray().Select(r => r.GetProperty("full_text").GetString()!).Where(t => !Corpus.IsTest("pii:" + t))];
    }

    public static void Write(string datasets, string outDir)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(datasets, "guardrails", "presidio-research-pii", "synth_dataset_v2.json")));
        Directory.CreateDirectory(outDir);
        using var test = new StreamWriter(Path.Combine(outDir, "pii-test.jsonl"), false, new UTF8Encoding(false));
        using var dev = new StreamWriter(Path.Combine(outDir, "pii-dev.jsonl"), false, new UTF8Encoding(false));
        int rows = 0, testRows = 0;
        foreach (JsonElement row in doc.RootElement.EnumerateArray())
        {
            string text = row.GetProperty("full_text").GetString()!;
            var entities = row.GetProperty("spans").EnumerateArray()
                .Where(s => Supported.ContainsKey(s.GetProperty("entity_type").GetString()!))
                .Select(s => new { type = Supported[s.GetProperty("entity_type").GetString()!], start = s.GetProperty("start_position").GetInt32(), end = s.GetProperty("end_position").GetInt32() })
                .OrderBy(s => s.start)
                .ToList();
            string line = JsonSerializer.Serialize(new { text, entities });
            bool isTest = Corpus.IsTest("pii:" + text);
            (isTest ? test : dev).WriteLine(line);
            rows++;
            testRows += isTest ? 1 : 0;
        }

        Console.WriteLine($"pii: {rows} rows -> {testRows} test, {rows - testRows} dev in {outDir}");
        PiiAugment.Write(doc.RootElement, Supported, text => Corpus.IsTest("pii:" + text), outDir);
    }
}
