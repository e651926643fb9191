// Trains the embedded prompt-injection model of ProdAI.Guardrails, reproducibly, from ../shared/datasets/guardrails
// plus ProdAI's own examples, and writes the held-out test split for the quality harness.
//
//   dotnet run -c Release --project tools/ProdAI.Guardrails.Training -- split --datasets ../shared/datasets --out artifacts/guardrails
//   dotnet run -c Release --project tools/ProdAI.Guardrails.Training -- train --datasets ../shared/datasets --out artifacts/guardrails \
//        --model src/ProdAI.Guardrails/PromptInjection/Model/injection-model.bin
using ProdAI.Guardrails.PromptInjection;
using ProdAI.Guardrails.Training;

if (args.Length == 0 || args[0] is not ("split" or "train"))
{
    Console.Error.WriteLine("usage: split|train --datasets DIR --out DIR [--model FILE]");
    return 2;
}

string Arg(string name, string? fallback = null)
{
    int i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException($"--{name} is required");
}

string datasets = Arg("datasets", "../shared/datasets");
string outDir = Arg("out", "artifacts/guardrails");
List<Example> corpus = Corpus.Load(datasets);
List<Example> unseen = [.. Synthetic.Unseen()];
List<Example> test = [.. corpus.Where(e => e.Test), .. unseen];
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

List<Example> train = [.. corpus.Where(e => !e.Test), .. Synthetic.Train()];
Console.WriteLine($"train split: {train.Count} rows ({train.Count(e => e.Label == 1)} attacks, {train.Count(e => e.Label == 0)} benign)");

// 1. Threshold: train on 80 % of the train split, pick the lowest threshold with FPR <= 0.5 % on the other 20 %.
bool IsValidation(Example e) => System.IO.Hashing.XxHash32.HashToUInt32(System.Text.Encoding.UTF8.GetBytes("val:" + e.Text)) % 5 == 0;
var probe = new Trainer();
probe.Fit(Trainer.Featurize(train.Where(e => !IsValidation(e))), epochs: 12, learningRate: 0.2f, l2: 1e-7f, seed: 1);
var probeModel = new HashedNgramClassifier(probe.Weights, probe.Bias, 0.5);
var validation = train.Where(IsValidation).Select(e => (Score: Score(probeModel, e), e.Label)).ToList();
double[] negatives = [.. validation.Where(v => v.Label == 0).Select(v => v.Score).OrderDescending()];
int allowed = (int)Math.Floor(negatives.Length * 0.005);
double threshold = Math.Clamp((negatives.Length > allowed ? negatives[allowed] : 0.5) + 1e-6, 0.05, 0.99);
int validationPositives = validation.Count(v => v.Label == 1);
Console.WriteLine($"validation: {negatives.Length} benign, {validationPositives} attacks; threshold {threshold:0.0000}; TPR {validation.Count(v => v.Label == 1 && v.Score >= threshold) / (double)Math.Max(1, validationPositives):0.000}");

// 2. Final model on the whole train split.
var trainer = new Trainer();
trainer.Fit(Trainer.Featurize(train), epochs: 12, learningRate: 0.2f, l2: 1e-7f, seed: 1);
string modelPath = Arg("model", "src/ProdAI.Guardrails/PromptInjection/Model/injection-model.bin");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
using (FileStream stream = File.Create(modelPath))
{
    HashedNgramClassifier.Save(stream, trainer.Weights, trainer.Bias, threshold);
}

Console.WriteLine($"model written to {modelPath} ({new FileInfo(modelPath).Length} bytes)");
return 0;

static double Score(HashedNgramClassifier model, Example e) => new PromptInjectionDetector(new PromptInjectionOptions { Threshold = 0.5 }, model).Scan(e.Text, e.Mode).Score;
