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

if (args.Length == 0 || args[0] is not ("split" or "train"))
{
    Console.Error.WriteLine("usage: split|train --datasets DIR --out DIR [--model FILE]");
    return 2;
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

// 1. Out-of-fold scores on the train split, to choose the default threshold without looking at the test split.
var oof = new double[train.Count];
for (int fold = 0; fold < 5; fold++)
{
    var probe = new Trainer();
    probe.Fit([.. train.Where((_, i) => i % 5 != fold)]);
    for (int i = fold; i < train.Count; i += 5)
    {
        oof[i] = probe.Score(train[i].Prompt);
    }
}

// The default threshold maximises the worse of the two benchmarks' margins (gap recovered minus strong-call rate)
// while each benchmark's strong-call rate stays at or below 0.45.
double bestThreshold = 0.5, bestMargin = double.NegativeInfinity;
foreach (double t in Enumerable.Range(1, 99).Select(i => i / 100.0))
{
    double worst = double.PositiveInfinity;
    bool allowed = true;
    foreach (IGrouping<string, int> g in Enumerable.Range(0, train.Count).GroupBy(i => train[i].Benchmark))
    {
        (double rate, double pgr) = Curve.At([.. g.Select(i => train[i])], [.. g.Select(i => oof[i])], t);
        allowed &= rate <= 0.45;
        worst = Math.Min(worst, pgr - rate);
    }

    if (allowed && worst > bestMargin)
    {
        bestMargin = worst;
        bestThreshold = t;
    }
}

foreach (IGrouping<string, int> g in Enumerable.Range(0, train.Count).GroupBy(i => train[i].Benchmark))
{
    (double rate, double pgr) = Curve.At([.. g.Select(i => train[i])], [.. g.Select(i => oof[i])], bestThreshold);
    Console.WriteLine($"out-of-fold {g.Key}: threshold {bestThreshold:0.00} → strong-call rate {rate:0.000}, gap recovered {pgr:0.000}");
    double[] sorted = [.. g.Select(i => oof[i]).OrderDescending()];
    Console.WriteLine("  curve (rate → gap recovered): " + string.Join("  ", new[] { 0.1, 0.2, 0.3, 0.4, 0.5 }.Select(r =>
        $"{r:0.0} → {Curve.At([.. g.Select(i => train[i])], [.. g.Select(i => oof[i])], sorted[(int)(r * sorted.Length)]).Pgr:0.000}")));
}

// 2. The final model on the whole train split.
var trainer = new Trainer();
trainer.Fit(train);
string modelPath = Arg("model", "src/ProdAI.Routing/Difficulty/Model/difficulty-model.bin");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
using (FileStream stream = File.Create(modelPath))
{
    LearnedComplexityScorer.Save(stream, trainer.Weights, trainer.Bias, bestThreshold);
}

Console.WriteLine($"model written to {modelPath} ({new FileInfo(modelPath).Length} bytes)");
return 0;

namespace ProdAI.Routing.Training
{
    internal sealed record Labeled(string Benchmark, string Prompt, bool Strong, bool Weak, bool Test)
    {
        // "Only the strong model answers correctly": the calls where routing to the strong model changes the outcome.
        public double Label => Strong && !Weak ? 1 : (!Strong && Weak ? 0 : Tie);

        public static double Tie { get; set; } = double.Parse(Environment.GetEnvironmentVariable("PRODAI_TIE") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
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

    internal sealed class Trainer
    {
        private const int Epochs = 5;
        private const double LearningRate = 0.1;
        private const double L2 = 1e-5;
        private static readonly double DenseRate = double.Parse(Environment.GetEnvironmentVariable("PRODAI_DENSE") ?? "0.1", System.Globalization.CultureInfo.InvariantCulture);

        public float[] Weights { get; } = new float[DifficultyFeatures.Size];

        public float Bias { get; private set; }

        public void Fit(IReadOnlyList<Labeled> rows)
        {
            int[][] features = [.. rows.Select(r => Featurize(r.Prompt))];
            int[] order = [.. Enumerable.Range(0, rows.Count)];
            var random = new Random(1);
            var weights = new double[DifficultyFeatures.Size];
            double bias = 0;
            for (int epoch = 0; epoch < Epochs; epoch++)
            {
                random.Shuffle(order);
                foreach (int i in order)
                {
                    int[] f = features[i];
                    int wordCount = f.Count(k => k < DifficultyFeatures.DenseBase);
                    double norm = wordCount == 0 ? 1 : Math.Sqrt(wordCount);
                    double z = bias;
                    foreach (int k in f)
                    {
                        z += k < DifficultyFeatures.DenseBase ? weights[k] / norm : weights[k];
                    }

                    double g = LearnedComplexityScorer.Sigmoid(z) - rows[i].Label;
                    bias -= LearningRate * g;
                    foreach (int k in f)
                    {
                        double scale = k < DifficultyFeatures.DenseBase ? 1 / norm : DenseRate;
                        weights[k] -= LearningRate * ((g * scale) + (L2 * weights[k]));
                    }
                }
            }

            for (int k = 0; k < weights.Length; k++)
            {
                Weights[k] = (float)weights[k];
            }

            Bias = (float)bias;
        }

        public double Score(string prompt) => LearnedComplexityScorer.Sigmoid(LearnedComplexityScorer.Logit(Weights, Bias, prompt));

        private static int[] Featurize(string prompt)
        {
            var buffer = new int[DifficultyFeatures.Capacity(prompt.Length)];
            int n = DifficultyFeatures.Extract(prompt, buffer);
            return buffer[..n];
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
