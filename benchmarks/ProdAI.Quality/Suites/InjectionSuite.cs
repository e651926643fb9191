using System.Text.Json;
using System.Text.Json.Nodes;
using ProdAI.Guardrails.PromptInjection;
using ProdAI.Quality.Data;

namespace ProdAI.Quality.Suites;

/// <summary>
/// Prompt-injection detection on labelled rows <c>{"text", "label"}</c> (optional <c>"mode": "document"</c> for untrusted
/// data such as e-mails), with the default detector (or document mode's instructional profile): TPR, FPR, precision and F1 at the default threshold, ROC AUC, the best TPR at FPR ≤ 1 % over all thresholds, and the
/// median scan time per KB of input.
/// </summary>
internal sealed class InjectionSuite : IQualitySuite
{
    public string Name => "injection";

    public IReadOnlyList<SuiteOption> Options { get; } =
    [
        new("data", "JSONL rows {\"text\": str, \"label\": 0|1}"),
        new("show-errors", "log up to N false positives and N missed attacks with their evidence (for development data)", Required: false),
        new("document-profile", "the sentence model of document mode (default: general)", Required: false, AllowedValues: ["general", "instructional"]),
        new("respace", "replace every space of every row with other whitespace first (an evasion probe)", Required: false, AllowedValues: [.. Separators.Keys]),
        new("audit", "JSONL label audit {\"sha256\" of the text, \"a\", \"b\": attack|benign|unclear}: a row it covers counts only when every annotation of its text agrees (audit/)", Required: false),
        new("audit-view", "confirmed: keep audited rows whose label both annotators confirm (default); relabelled: take the annotators' agreed label", Required: false, AllowedValues: ["confirmed", "relabelled"]),
    ];

    public string Help => "injection --data FILE [--show-errors N] [--document-profile general|instructional] [--respace " + string.Join('|', Separators.Keys) + "] [--audit FILE [--audit-view confirmed|relabelled]]";

    // What --respace puts where each space was: the whitespace an attacker may use to step around patterns written with spaces.
    private static readonly Dictionary<string, string> Separators = new()
    {
        ["double"] = "  ",
        ["tab"] = "\t",
        ["newline"] = "\n",
        ["vtab"] = "\v",
        ["nbsp"] = "\u00A0",
        ["u0085"] = "\u0085",
        ["u1680"] = "\u1680",
        ["u2028"] = "\u2028",
        ["u3000"] = "\u3000",
    };

    public JsonObject Run(SuiteArguments arguments, TextWriter log)
    {
        string? respace = arguments.GetOptional("respace");
        var rows = Jsonl.Read(arguments.Get("data"), (e, row) =>
        {
            string text = row.String(e, "text");
            if (respace is not null && arguments.GetOptional("audit") is not null)
            {
                throw row.Error("--audit matches rows by their text and cannot be combined with --respace");
            }

            text = respace is null ? text : text.Replace(" ", Separators[respace], StringComparison.Ordinal);
            int label = row.Label(e, "label");
            InjectionScanMode mode = e.TryGetProperty("mode", out JsonElement m) && m.ValueKind == JsonValueKind.String && m.GetString() == "document"
                ? InjectionScanMode.Document
                : InjectionScanMode.Prompt;
            return (Text: text, Label: label, Mode: mode);
        }).ToList();
        if (rows.Count == 0)
        {
            throw new DataFormatException($"{arguments.Get("data")}: no rows.");
        }

        int audited = 0, leftOut = 0, relabelled = 0;
        string? auditView = null;
        if (arguments.GetOptional("audit") is { } auditPath)
        {
            auditView = arguments.GetOptional("audit-view") ?? "confirmed";
            Dictionary<string, int?> agreed = ReadAudit(auditPath);
            var kept = new List<(string Text, int Label, InjectionScanMode Mode)>(rows.Count);
            foreach ((string text, int label, InjectionScanMode mode) in rows)
            {
                if (!agreed.TryGetValue(Sha256(text), out int? consensus))
                {
                    kept.Add((text, label, mode));
                    continue;
                }

                audited++;
                if (consensus == label || (auditView == "relabelled" && consensus is not null))
                {
                    relabelled += consensus == label ? 0 : 1;
                    kept.Add((text, consensus!.Value, mode));
                }
                else
                {
                    leftOut++;
                }
            }

            if (audited == 0)
            {
                throw new DataFormatException($"{auditPath}: covers none of the rows of {arguments.Get("data")} (texts are matched by SHA-256 of their UTF-8 bytes, before --respace).");
            }

            rows = kept;
        }

        string profile = arguments.GetOptional("document-profile") ?? "general";
        PromptInjectionDetector detector = profile == "general"
            ? PromptInjectionDetector.Default
            : new PromptInjectionDetector(new PromptInjectionOptions { DocumentProfile = DocumentProfile.Instructional });
        detector.Scan("warm up the model and the regular expressions", InjectionScanMode.Prompt);
        int showErrors = arguments.GetOptionalCount("show-errors", 0);
        int shownFalsePositives = 0, shownMisses = 0;
        var scores = new List<(double Score, int Label)>(rows.Count);
        foreach ((string text, int label, InjectionScanMode mode) in rows)
        {
            PromptInjectionResult result = detector.Scan(text, mode);
            scores.Add((result.Score, label));
            if (result.IsInjection != (label == 1) && (label == 0 ? shownFalsePositives++ : shownMisses++) < showErrors)
            {
                log.WriteLine($"  {(label == 0 ? "false positive" : "missed")} {result.Score:0.000} ({mode}): {Excerpt(text, 0, text.Length)}");
                foreach (InjectionEvidence evidence in result.Evidence.Take(3))
                {
                    log.WriteLine($"    {evidence.Category}: {Excerpt(text, evidence.Start, evidence.End)}");
                }
            }
        }

        // Timing on a second, warm pass (the first pass fills the regex automata and the NFKC cache); a text shorter than
        // 1 KB counts as 1 KB, so the figure is the cost of scanning up to a kilobyte.
        var microsPerKb = new List<double>(rows.Count);
        foreach ((string text, _, InjectionScanMode mode) in rows)
        {
            long start = TimeProvider.System.GetTimestamp();
            detector.Scan(text, mode);
            microsPerKb.Add(TimeProvider.System.GetElapsedTime(start).TotalMicroseconds / Math.Max(1.0, text.Length / 1024.0));
        }

        Metrics.Binary binary = Metrics.AtThreshold(scores, detector.Threshold);
        log.WriteLine($"injection: {rows.Count} rows, {binary.Positives} attacks, {binary.Negatives} benign; threshold {detector.Threshold:0.0000}");
        log.WriteLine($"  TP {binary.TruePositives}  FN {binary.Positives - binary.TruePositives}  FP {binary.FalsePositives}  TN {binary.Negatives - binary.FalsePositives}");
        return new JsonObject
        {
            ["n"] = rows.Count,
            ["tpr"] = Metrics.Round(binary.Tpr),
            ["fpr"] = Metrics.Round(binary.Fpr),
            ["precision"] = Metrics.Round(binary.Precision),
            ["f1"] = Metrics.Round(binary.F1),
            ["auc"] = Metrics.Round(Metrics.RocAuc(scores)),
            ["tpr_at_fpr_1pct"] = Metrics.Round(Metrics.TprAtFpr(scores, 0.01)),
            ["threshold"] = Metrics.Round(detector.Threshold),
            ["document_profile"] = profile,
            ["respace"] = respace,
            ["audit_view"] = auditView,
            ["audit_rows"] = auditView is null ? null : audited,
            ["audit_left_out"] = auditView is null ? null : leftOut,
            ["audit_relabelled"] = auditView is null ? null : relabelled,
            ["us_per_kb_p50"] = Metrics.Round(Metrics.Percentile(microsPerKb, 0.5)),
        };
    }

    // The audit's agreed label per text hash: 1 when every annotation of the text says attack, 0 when every one says benign,
    // null otherwise (a text that occurs in two sources was annotated once per occurrence; all of them must agree).
    private static Dictionary<string, int?> ReadAudit(string path)
    {
        var labels = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach ((string hash, string a, string b) in Jsonl.Read(path, (e, row) => (row.String(e, "sha256"), row.String(e, "a"), row.String(e, "b"))))
        {
            HashSet<string> seen = labels.TryGetValue(hash, out HashSet<string>? set) ? set : labels[hash] = new HashSet<string>(StringComparer.Ordinal);
            seen.Add(a);
            seen.Add(b);
        }

        return labels.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Count == 1 && (pair.Value.First() is "attack" or "benign") ? (pair.Value.First() == "attack" ? 1 : 0) : (int?)null,
            StringComparer.Ordinal);
    }

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static string Excerpt(string text, int start, int end) =>
        text[start..Math.Min(end, start + 160)].ReplaceLineEndings(" ") + (end - start > 160 ? " …" : string.Empty);
}
