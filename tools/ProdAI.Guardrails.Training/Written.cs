using System.Text.Json;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Training;

/// <summary>
/// Training data written for this repository (<c>Data/written-*.jsonl</c>, by helper sessions that saw neither the detector
/// nor any evaluation set) and the first blind set, scored once and read since. The second blind set (also read) is kept out
/// as development validation data; the third stays unseen and is never trained on; of the fourth, the even rows (4a) are
/// read for development and the odd ones (4b) stay unseen. Prompts train the whole-text model; documents train the segment
/// model: an injected document carries its planted text, learnt as an instruction in the context of its host (and, when it
/// has several sentences, sentence by sentence), and benign documents and hosts are data. The documents written in the
/// tenth session (<c>*-2</c>, <c>*-multilingual</c>, two rounds by four writers) hold the even rows of what their writers
/// produced; the odd rows are the development sets <c>benchmarks/ProdAI.Quality/probes/injection-written-documents-dev.jsonl</c>
/// (first round) and <c>…-dev-2.jsonl</c> (second round), never trained on.
/// </summary>
internal static class Written
{
    public const string Source = "prodai-written";

    private static readonly string[] Files =
        ["written-direct-attacks.jsonl", "written-benign-prompts.jsonl", "written-multilingual.jsonl", "written-benign-documents.jsonl", "written-injected-documents.jsonl",
         "written-injected-documents-2.jsonl", "written-benign-documents-2.jsonl", "written-injected-documents-multilingual.jsonl",
         "written-benign-documents-multilingual.jsonl", "injection-blind-set.jsonl", "written-direct-attacks-2.jsonl", "written-benign-prompts-2.jsonl"];

    /// <summary>Gets every row with its text, label and mode; an injected document also has its host and planted text.</summary>
    public static IReadOnlyList<(Example Example, string? Host, string? Attack)> Rows { get; } = Load();

    /// <summary>The prompts, for the whole-text model (with the benign documents too, that model learnt that documents
    /// quoting attacks are benign and missed plain ones; documents go to the segment model).</summary>
    public static IEnumerable<Example> Prompts() => Rows.Where(r => r.Example.Mode == InjectionScanMode.Prompt).Select(r => r.Example);

    /// <summary>
    /// Single sentences for the segment model (<c>written-reply-sentences.jsonl</c>, twenty-third session, by a helper session
    /// that read nothing on disk): 500 orders planted for the model that answers a document — disguise the reply (encodings,
    /// ciphers, languages), add to it, do another task, leave things out — in many phrasings (imperative, obligation, policy
    /// labels, conditionals, questions; 15 % in the five languages), and 500 ordinary sentences that share their words: how
    /// a person should reply, encodings in API documentation, style guides, exercises, codes in history and hobbies, forms.
    /// </summary>
    public static IEnumerable<(string Text, int Label)> ReplySentences() =>
        Corpus.EmbeddedJsonl("written-reply-sentences.jsonl").Select(e => (e.GetProperty("text").GetString()!, e.GetProperty("label").GetInt32()));

    private static List<(Example, string?, string?)> Load()
    {
        var rows = new List<(Example, string?, string?)>();
        foreach (JsonElement e in Files.SelectMany(Corpus.EmbeddedJsonl))
        {
            InjectionScanMode mode = e.GetProperty("mode").GetString() == "document" ? InjectionScanMode.Document : InjectionScanMode.Prompt;
            var example = new Example(Source, e.GetProperty("text").GetString()!, e.GetProperty("label").GetInt32(), mode, false);
            rows.Add((example, e.TryGetProperty("host", out JsonElement host) ? host.GetString() : null, e.TryGetProperty("attack", out JsonElement attack) ? attack.GetString() : null));
        }

        return [.. rows.DistinctBy(r => r.Item1.Text)];
    }
}
