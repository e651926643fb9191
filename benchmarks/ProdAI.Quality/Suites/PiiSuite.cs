using System.Text.Json;
using System.Text.Json.Nodes;
using ProdAI.Guardrails.Pii;
using ProdAI.Quality.Data;

namespace ProdAI.Quality.Suites;

/// <summary>
/// PII detection on rows <c>{"text", "entities": [{"type", "start", "end"}]}</c> with the default detector. A predicted
/// entity is a true positive when a gold entity of the same type overlaps it (one-to-one); figures per type and
/// micro-averaged over all types.
/// </summary>
internal sealed class PiiSuite : IQualitySuite
{
    public string Name => "pii";

    public IReadOnlyList<SuiteOption> Options { get; } =
    [
        new("data", "JSONL rows {\"text\": str, \"entities\": [{\"type\", \"start\", \"end\"}]}"),
        new("show-errors", "log up to N false positives and N missed entities with their text (for development data)", Required: false),
    ];

    public string Help => "pii --data FILE [--show-errors N]";

    public JsonObject Run(SuiteArguments arguments, TextWriter log)
    {
        var rows = Jsonl.Read(arguments.Get("data"), (e, row) =>
        {
            string text = row.String(e, "text");
            if (!e.TryGetProperty("entities", out JsonElement entities) || entities.ValueKind != JsonValueKind.Array)
            {
                throw row.Error("field 'entities' must be an array");
            }

            var gold = new List<(string Type, int Start, int End)>();
            foreach (JsonElement entity in entities.EnumerateArray())
            {
                string type = row.String(entity, "type");
                int start = row.Int(entity, "start"), end = row.Int(entity, "end");
                if (start < 0 || end <= start || end > text.Length)
                {
                    throw row.Error($"entity span [{start}, {end}) is outside the text (length {text.Length} UTF-16 code units)");
                }

                gold.Add((type, start, end));
            }

            return (Text: text, Gold: gold);
        }).ToList();

        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        PiiDetector detector = PiiDetector.Default;
        int showErrors = arguments.GetOptionalCount("show-errors", 0);
        int shownFalsePositives = 0, shownMisses = 0;
        foreach ((string text, List<(string Type, int Start, int End)> gold) in rows)
        {
            IReadOnlyList<PiiEntity> predicted = detector.Detect(text);
            var matched = new bool[gold.Count];
            foreach (PiiEntity p in predicted)
            {
                int hit = gold.FindIndex(g => g.Type == p.Type && g.Start < p.End && p.Start < g.End);
                while (hit >= 0 && matched[hit])
                {
                    int next = gold.Skip(hit + 1).ToList().FindIndex(g => g.Type == p.Type && g.Start < p.End && p.Start < g.End);
                    hit = next < 0 ? -1 : hit + 1 + next;
                }

                (int tp, int fp, int fn) = counts.GetValueOrDefault(p.Type);
                if (hit >= 0)
                {
                    matched[hit] = true;
                    counts[p.Type] = (tp + 1, fp, fn);
                }
                else
                {
                    counts[p.Type] = (tp, fp + 1, fn);
                    if (shownFalsePositives++ < showErrors)
                    {
                        log.WriteLine($"  false positive {p.Type}{(p.Subtype is null ? "" : $" ({p.Subtype})")} '{text[p.Start..p.End]}' in: {Excerpt(text)}");
                    }
                }
            }

            for (int i = 0; i < gold.Count; i++)
            {
                if (!matched[i])
                {
                    (int tp, int fp, int fn) = counts.GetValueOrDefault(gold[i].Type);
                    counts[gold[i].Type] = (tp, fp, fn + 1);
                    if (shownMisses++ < showErrors)
                    {
                        log.WriteLine($"  missed {gold[i].Type} '{text[gold[i].Start..gold[i].End]}' in: {Excerpt(text)}");
                    }
                }
            }
        }

        var perType = new JsonObject();
        int allTp = 0, allFp = 0, allFn = 0;
        foreach ((string type, (int tp, int fp, int fn)) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            allTp += tp;
            allFp += fp;
            allFn += fn;
            (double precision, double recall, double f1) = Prf(tp, fp, fn);
            log.WriteLine($"  {type,-16} tp {tp,4} fp {fp,4} fn {fn,4}  precision {precision:0.000} recall {recall:0.000} f1 {f1:0.000}");
            perType[type] = new JsonObject { ["precision"] = Metrics.Round(precision), ["recall"] = Metrics.Round(recall), ["f1"] = Metrics.Round(f1) };
        }

        (double microP, double microR, double microF) = Prf(allTp, allFp, allFn);
        return new JsonObject
        {
            ["n"] = rows.Count,
            ["precision"] = Metrics.Round(microP),
            ["recall"] = Metrics.Round(microR),
            ["f1"] = Metrics.Round(microF),
            ["per_type"] = perType,
        };
    }

    private static string Excerpt(string text) => text[..Math.Min(text.Length, 160)].ReplaceLineEndings(" ") + (text.Length > 160 ? " …" : string.Empty);

    private static (double Precision, double Recall, double F1) Prf(int tp, int fp, int fn)
    {
        double precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }
}
