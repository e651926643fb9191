// Trains the embedded difficulty model of ProdAI.Routing, reproducibly, from RouteLLM's MMLU and GSM8K labels in
// ../shared/datasets/routing/routellm-evals, and writes the held-out test split (never trained on) for the quality harness.
//
//   dotnet run -c Release --project tools/ProdAI.Routing.Training -- split --datasets ../shared/datasets --out artifacts/routing
//   dotnet run -c Release --project tools/ProdAI.Routing.Training -- train --datasets ../shared/datasets --out artifacts/routing \
//        --model src/ProdAI.Routing/Difficulty/Model/difficulty-model.bin
using System.Text;
using System.Text.Json;
using ProdAI.Routing.Difficulty;
using ProdAI.Routing.Training;

if (args.Length == 0 || args[0] is not ("split" or "train" or "score"))
{
    Console.Error.WriteLine("usage: split|train --datasets DIR --out DIR [--model FILE] | score --data FILE.jsonl (prints the embedded scorer's difficulty per prompt)");
    return 2;
}

if (args[0] == "score")
{
    int i = Array.IndexOf(args, "--data");
    foreach (string line in File.ReadLines(args[i + 1]).Where(l => l.Length > 0))
    {
        string prompt = JsonDocument.Parse(line).RootElement.GetProperty("prompt").GetString()!;
        Console.WriteLine($"{LearnedComplexityScorer.Default.Score(prompt):0.000}\t{JsonSerializer.Serialize(prompt)}");
    }

    return 0;
}

string Arg(string name, string fallback)
{
    int i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

string dir = Path.Combine(Arg("datasets", "../shared/datasets"), "routing", "routellm-evals");
string outDir = Arg("out", "artifacts/routing");
Directory.CreateDirectory(outDir);

// The split: 30 % of each benchmark's prompts, chosen by a hash of the prompt text, is the test split; prompts that
// RouteLLM lists as contaminated (overlapping router training data) are dropped from both sides.
var all = new List<Labeled>();
foreach (string name in new[] { "mmlu", "gsm8k" })
{
    HashSet<string> contaminated = Data.Contaminated(Path.Combine(dir, name + "_contaminated_prompts.jsonl"));
    List<Labeled> rows = [.. Data.ReadResponses(Path.Combine(dir, name + "_responses.csv"), name).Where(r => !contaminated.Contains(r.Prompt))];
    all.AddRange(rows);
    foreach (bool test in new[] { false, true })
    {
        string file = Path.Combine(outDir, $"{name}-{(test ? "test" : "train")}.jsonl");
        Data.WriteJsonl(file, rows.Where(r => r.Test == test));
        List<Labeled> part = [.. rows.Where(r => r.Test == test)];
        Console.WriteLine($"{file}: {part.Count} rows, strong {part.Average(r => r.Strong ? 1.0 : 0):0.000}, weak {part.Average(r => r.Weak ? 1.0 : 0):0.000}, only strong right {part.Average(r => r.Strong && !r.Weak ? 1.0 : 0):0.000}");
    }
}

if (args[0] == "split")
{
    return 0;
}

List<Labeled> train = [.. all.Where(r => !r.Test)];
Console.WriteLine($"train split: {train.Count} prompts ({train.Count(r => r.Strong && !r.Weak)} where only the strong model is right)");
Featurized[] features = [.. train.Select(r => Featurized.Of(r.Prompt))];
(double[] means, double[] scales) = Featurized.Standardise(features);

// 1. Out-of-fold scores (5 folds by position within each benchmark) to report the operating point without the test split.
int[] fold = new int[train.Count];
foreach (IGrouping<string, int> g in Enumerable.Range(0, train.Count).GroupBy(i => train[i].Benchmark))
{
    int position = 0;
    foreach (int i in g)
    {
        fold[i] = position++ % 5;
    }
}

var oof = new double[train.Count];
for (int k = 0; k < 5; k++)
{
    int[] part = [.. Enumerable.Range(0, train.Count).Where(i => fold[i] != k)];
    DifficultyModel probe = Trainer.Fit(part, train, features, means, scales);
    foreach (int i in Enumerable.Range(0, train.Count).Where(i => fold[i] == k))
    {
        oof[i] = probe.Logit(train[i].Prompt);
    }
}

foreach (IGrouping<string, int> g in Enumerable.Range(0, train.Count).GroupBy(i => train[i].Benchmark))
{
    Labeled[] rows = [.. g.Select(i => train[i])];
    double[] scores = [.. g.Select(i => oof[i])];
    (double rate, double pgr) = Curve.At(rows, scores, 0);
    double[] sorted = [.. scores.OrderDescending()];
    Console.WriteLine($"out-of-fold {g.Key}: default threshold → strong-call rate {rate:0.000}, gap recovered {pgr:0.000} (margin {pgr - rate:+0.000;-0.000})");
    Console.WriteLine("  curve (rate → gap recovered): " + string.Join("  ", new[] { 0.1, 0.2, 0.3, 0.4, 0.5 }.Select(r =>
        $"{r:0.0} → {Curve.At(rows, scores, sorted[(int)(r * sorted.Length)]).Pgr:0.000}")));
}

// 2. The final model on the whole train split.
DifficultyModel model = Trainer.Fit([.. Enumerable.Range(0, train.Count)], train, features, means, scales);
string modelPath = Arg("model", "src/ProdAI.Routing/Difficulty/Model/difficulty-model.bin");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
using (FileStream stream = File.Create(modelPath))
{
    LearnedComplexityScorer.Save(stream, model);
}

Console.WriteLine($"model written to {modelPath} ({new FileInfo(modelPath).Length} bytes); offsets: multiple choice {model.MultipleChoiceOffset:0.0000}, open {model.OpenOffset:0.0000}");
return 0;

namespace ProdAI.Routing.Training
{
    internal sealed record Labeled(string Benchmark, string Prompt, bool Strong, bool Weak, bool Test)
    {
        // The expected gain of the strong model: 1 when only it answers correctly, 0 when only the weak one does, ½ on ties.
        public double Label => Strong && !Weak ? 1 : (!Strong && Weak ? 0 : 0.5);
    }

    internal static class Curve
    {
        public static (double Rate, double Pgr) At(IReadOnlyList<Labeled> rows, IReadOnlyList<double> scores, double threshold)
        {
            double strong = rows.Average(r => r.Strong ? 1.0 : 0), weak = rows.Average(r => r.Weak ? 1.0 : 0);
            int calls = 0;
            double correct = 0;
            for (int i = 0; i < rows.Count; i++)
            {
                bool toStrong = scores[i] >= threshold;
                calls += toStrong ? 1 : 0;
                correct += (toStrong ? rows[i].Strong : rows[i].Weak) ? 1 : 0;
            }

            return (calls / (double)rows.Count, ((correct / rows.Count) - weak) / (strong - weak));
        }
    }

    internal sealed record Featurized(double[] Dense, int[] Slots)
    {
        public static Featurized Of(string prompt)
        {
            var dense = new double[DifficultyFeatures.DenseCount];
            var slots = new int[DifficultyFeatures.Capacity(prompt.Length)];
            int n = DifficultyFeatures.Extract(prompt, dense, slots);
            return new Featurized(dense, slots[..n]);
        }

        public bool MultipleChoice => Dense[DifficultyFeatures.MultipleChoice] != 0;

        // Means and standard deviations over the train rows (no labels involved).
        public static (double[] Means, double[] Scales) Standardise(IReadOnlyList<Featurized> rows)
        {
            var means = new double[DifficultyFeatures.DenseCount];
            var scales = new double[DifficultyFeatures.DenseCount];
            for (int j = 0; j < means.Length; j++)
            {
                means[j] = rows.Average(r => r.Dense[j]);
                double variance = rows.Average(r => (r.Dense[j] - means[j]) * (r.Dense[j] - means[j]));
                scales[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
            }

            return (means, scales);
        }
    }

    internal static class Trainer
    {
        private const int Epochs = 10;
        private const double LearningRate = 0.05;
        private const double L2 = 1e-4;
        private const double GsmWeight = 3;      // GSM8K has a tenth of MMLU's rows
        private const double StrongShare = 0.4;  // default threshold: the hardest 40 % of each prompt type

        // Logistic regression by SGD with a learning rate falling linearly to zero, weight decay (by a global scale), soft
        // labels (1 only strong right, 0 only weak right, ½ tie) and per-benchmark sample weights; then per-type offsets.
        public static DifficultyModel Fit(int[] indices, IReadOnlyList<Labeled> rows, Featurized[] features, double[] means, double[] scales)
        {
            var dense = new double[DifficultyFeatures.DenseCount];
            var ngrams = new double[DifficultyFeatures.Size];
            double bias = 0, scale = 1;
            var random = new Random(0);
            int[] order = [.. indices];
            long total = (long)Epochs * order.Length, t = 0;
            var x = new double[DifficultyFeatures.DenseCount];
            for (int epoch = 0; epoch < Epochs; epoch++)
            {
                random.Shuffle(order);
                foreach (int i in order)
                {
                    double lr = LearningRate * (1 - (t++ / (double)total));
                    Featurized f = features[i];
                    for (int j = 0; j < x.Length; j++)
                    {
                        x[j] = (f.Dense[j] - means[j]) / scales[j];
                    }

                    double value = f.Slots.Length == 0 ? 0 : DifficultyFeatures.NgramScale / Math.Sqrt(f.Slots.Length);
                    double z = 0;
                    for (int j = 0; j < x.Length; j++)
                    {
                        z += dense[j] * x[j];
                    }

                    foreach (int k in f.Slots)
                    {
                        z += ngrams[k] * value;
                    }

                    z = bias + (scale * z);
                    double g = (LearnedComplexityScorer.Sigmoid(z) - rows[i].Label) * (rows[i].Benchmark == "gsm8k" ? GsmWeight : 1);
                    scale *= 1 - (lr * L2);
                    for (int j = 0; j < x.Length; j++)
                    {
                        dense[j] -= lr * g * x[j] / scale;
                    }

                    foreach (int k in f.Slots)
                    {
                        ngrams[k] -= lr * g * value / scale;
                    }

                    bias -= lr * g;
                }
            }

            var model = new DifficultyModel { Bias = bias };
            for (int j = 0; j < dense.Length; j++)
            {
                model.Means[j] = means[j];
                model.Scales[j] = scales[j];
                model.DenseWeights[j] = dense[j] * scale;
            }

            for (int k = 0; k < ngrams.Length; k++)
            {
                model.NgramWeights[k] = (float)(ngrams[k] * scale);
            }

            // Per-type calibration on the training rows: the offset puts the default threshold at the (1 - share) quantile.
            double Quantile(bool mc)
            {
                double[] raw = [.. indices.Where(i => features[i].MultipleChoice == mc).Select(i => model.RawLogit(rows[i].Prompt, out _)).Order()];
                return raw.Length == 0 ? 0 : raw[(int)((1 - StrongShare) * raw.Length)];
            }

            model.MultipleChoiceOffset = Quantile(true);
            model.OpenOffset = Quantile(false);
            return model;
        }
    }

    internal static class Data
    {
        public static HashSet<string> Contaminated(string path) =>
            [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("eval_prompt").GetString()!)];

        public static IEnumerable<Labeled> ReadResponses(string path, string benchmark)
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            List<string>? header = null;
            foreach (List<string> row in Csv(reader))
            {
                if (header is null)
                {
                    header = row;
                    continue;
                }

                string prompt = row[header.IndexOf("prompt")];
                bool strong = bool.Parse(row[header.IndexOf("gpt-4-1106-preview")]);
                bool weak = bool.Parse(row[header.IndexOf("mistralai/Mixtral-8x7B-Instruct-v0.1")]);
                bool test = System.IO.Hashing.XxHash32.HashToUInt32(Encoding.UTF8.GetBytes("route:" + prompt)) % 10 < 3;
                yield return new Labeled(benchmark, prompt, strong, weak, test);
            }
        }

        public static void WriteJsonl(string path, IEnumerable<Labeled> rows)
        {
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            foreach (Labeled r in rows)
            {
                writer.WriteLine(JsonSerializer.Serialize(new { prompt = r.Prompt, strong_correct = r.Strong, weak_correct = r.Weak }));
            }
        }

        private static IEnumerable<List<string>> Csv(TextReader reader)
        {
            var row = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            int c;
            while ((c = reader.Read()) >= 0)
            {
                char ch = (char)c;
                if (quoted)
                {
                    if (ch == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            field.Append('"');
                            reader.Read();
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        field.Append(ch);
                    }
                }
                else if (ch == '"')
                {
                    quoted = true;
                }
                else if (ch == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (ch == '\n')
                {
                    row.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    yield return row;
                    row = [];
                }
                else
                {
                    field.Append(ch);
                }
            }

            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                yield return row;
            }
        }
    }
}
