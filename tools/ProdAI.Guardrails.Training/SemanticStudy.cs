using System.Globalization;
using System.Text.Json;
using ProdAI.Embeddings.Local;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Training;

/// <summary>
/// A study, not a shipped model (docs/quality.md, nineteenth session): would a second stage over the local
/// all-MiniLM-L6-v2 sentence embedding (ProdAI.Embeddings.Local) help the n-gram detector on prompts? It fits an L2 logistic
/// regression on the embeddings of the train split (5-fold out of fold, folds by a hash of the text), stacks it with the
/// n-gram model's out-of-fold logit (a second logistic regression over the two), and flags a prompt when the shipped detector
/// does or the stack passes a threshold set by the train verb's rule: together, at most 0.5 % of the public benign train
/// prompts, e-mails and abstracts out of fold. Then it scores each data file both ways (documents keep the detector's
/// verdict: the stage is for prompts). Usage:
/// <code>semantic-study --oof FILE (from train --oof) --data FILE [--data FILE …] [--c 1]</code>
/// </summary>
internal static class SemanticStudy
{
    public static async Task<int> RunAsync(string[] args)
    {
        string oofPath = Value(args, "--oof") ?? throw new ArgumentException("--oof FILE (written by train --oof) is required");
        List<string> dataFiles = [.. args.Select((a, i) => (a, i)).Where(x => x.a == "--data" && x.i + 1 < args.Length).Select(x => args[x.i + 1])];
        double c = double.Parse(Value(args, "--c") ?? "1", CultureInfo.InvariantCulture);

        var train = new List<Row>();
        foreach (string line in File.ReadLines(oofPath))
        {
            string[] p = line.Split('\t', 4);
            train.Add(new Row("train", int.Parse(p[1], CultureInfo.InvariantCulture), p[2], Logit(double.Parse(p[0], CultureInfo.InvariantCulture)), p[3], InjectionScanMode.Prompt));
        }

        var data = new List<Row>();
        foreach (string file in dataFiles)
        {
            foreach (string line in File.ReadLines(file))
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                JsonElement root = doc.RootElement;
                string text = root.GetProperty("text").GetString()!;
                InjectionScanMode mode = root.TryGetProperty("mode", out JsonElement m) && m.GetString() == "document" ? InjectionScanMode.Document : InjectionScanMode.Prompt;
                string source = root.TryGetProperty("source", out JsonElement s) ? s.GetString()! : Path.GetFileNameWithoutExtension(file);
                data.Add(new Row(Path.GetFileNameWithoutExtension(file), root.GetProperty("label").GetInt32(), source, Logit(PromptInjectionDetector.Default.Scan(text, mode).Score), text, mode));
            }
        }

        Console.WriteLine($"embedding {train.Count} train and {data.Count} data texts with all-MiniLM-L6-v2 ({MiniLmEmbeddingGenerator.Dimensions} dimensions)");
        using var generator = new MiniLmEmbeddingGenerator();
        double[][] trainX = await EmbedAsync(generator, train).ConfigureAwait(false);
        double[][] dataX = await EmbedAsync(generator, data).ConfigureAwait(false);

        // Embedding head: out of fold on the train split, then on all of it for the data files.
        double[] trainE = new double[train.Count];
        int[] folds = [.. train.Select(r => Calibration.Fold(r.Text))];
        for (int fold = 0; fold < 5; fold++)
        {
            int[] fit = [.. Enumerable.Range(0, train.Count).Where(i => folds[i] != fold)];
            double[] w = Fit([.. fit.Select(i => trainX[i])], [.. fit.Select(i => train[i].Label)], c);
            foreach (int i in Enumerable.Range(0, train.Count).Where(i => folds[i] == fold))
            {
                trainE[i] = Linear(w, trainX[i]);
            }
        }

        double[] head = Fit(trainX, [.. train.Select(r => r.Label)], c);
        double[] dataE = [.. dataX.Select(x => Linear(head, x))];

        // The stack over (n-gram logit, embedding logit), fitted on the out-of-fold pairs.
        double[] stack = Fit([.. train.Select((r, i) => new[] { r.NgramLogit, trainE[i] })], [.. train.Select(r => r.Label)], 1.0);
        double Stack(double ngram, double e) => stack[0] + (stack[1] * ngram) + (stack[2] * e);
        Console.WriteLine($"stack: {stack[0]:0.000} + {stack[1]:0.000} x n-gram logit + {stack[2]:0.000} x embedding logit (embedding head C = {c})");

        // Thresholds: the detector's own, and the stack's so that both stages together flag at most 0.5 % of the
        // calibration benign rows out of fold (the train verb's set, Calibration.Counts).
        double fast = Logit(HashedNgramClassifier.Default.Threshold);
        int[] calibration = [.. Enumerable.Range(0, train.Count).Where(i => train[i].Label == 0 && Calibration.Counts(train[i].Source))];
        int fastFlags = calibration.Count(i => train[i].NgramLogit >= fast);
        int allowed = Math.Max(0, (int)Math.Floor(calibration.Length * Calibration.Rate) - fastFlags);
        double[] passed = [.. calibration.Where(i => train[i].NgramLogit < fast).Select(i => Stack(train[i].NgramLogit, trainE[i])).OrderDescending()];
        double second = passed[allowed] + 1e-9;
        Console.WriteLine($"calibration: {calibration.Length} benign train rows; the n-gram detector flags {fastFlags}, the second stage may add {allowed}: stack threshold {second:0.000}");
        bool Flagged(double ngram, double e, InjectionScanMode mode) => ngram >= fast || (mode == InjectionScanMode.Prompt && Stack(ngram, e) >= second);

        int oofAttacks = train.Count(r => r.Label == 1);
        Console.WriteLine($"train out of fold: attacks caught {train.Count(r => r.Label == 1 && r.NgramLogit >= fast)} -> {train.Where((r, i) => r.Label == 1 && Flagged(r.NgramLogit, trainE[i], r.Mode)).Count()} of {oofAttacks}; " +
            $"written benign flagged {train.Count(r => r.Label == 0 && r.Source == Written.Source && r.NgramLogit >= fast)} -> {train.Where((r, i) => r.Label == 0 && r.Source == Written.Source && Flagged(r.NgramLogit, trainE[i], r.Mode)).Count()} of {train.Count(r => r.Label == 0 && r.Source == Written.Source)}");

        foreach (IGrouping<string, int> set in Enumerable.Range(0, data.Count).GroupBy(i => data[i].Set))
        {
            Report(set.Key, [.. set]);
            if (set.Select(i => data[i].Source).Distinct().Count() > 1)
            {
                foreach (IGrouping<string, int> source in set.GroupBy(i => data[i].Source))
                {
                    Report("  " + source.Key, [.. source]);
                }
            }
        }

        return 0;

        void Report(string name, int[] rows)
        {
            int attacks = rows.Count(i => data[i].Label == 1), benign = rows.Length - attacks;
            int tp0 = rows.Count(i => data[i].Label == 1 && data[i].NgramLogit >= fast), fp0 = rows.Count(i => data[i].Label == 0 && data[i].NgramLogit >= fast);
            int tp1 = rows.Count(i => data[i].Label == 1 && Flagged(data[i].NgramLogit, dataE[i], data[i].Mode));
            int fp1 = rows.Count(i => data[i].Label == 0 && Flagged(data[i].NgramLogit, dataE[i], data[i].Mode));
            Console.WriteLine($"{name,-34} attacks {tp0,4} -> {tp1,4} of {attacks,4} ({Rate(tp0, attacks)} -> {Rate(tp1, attacks)}) | benign flagged {fp0,3} -> {fp1,3} of {benign,4} ({Rate(fp0, benign)} -> {Rate(fp1, benign)})");
        }
    }

    private static string Rate(int n, int of) => of == 0 ? "  -  " : (n / (double)of).ToString("0.0000", CultureInfo.InvariantCulture);

    private static string? Value(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }

    private static async Task<double[][]> EmbedAsync(MiniLmEmbeddingGenerator generator, List<Row> rows)
    {
        var vectors = new double[rows.Count][];
        for (int i = 0; i < rows.Count; i += 64)
        {
            List<Row> batch = rows.GetRange(i, Math.Min(64, rows.Count - i));
            var embeddings = await generator.GenerateAsync(batch.Select(r => r.Text)).ConfigureAwait(false);
            for (int j = 0; j < batch.Count; j++)
            {
                vectors[i + j] = [.. embeddings[j].Vector.ToArray().Select(v => (double)v)];
            }
        }

        return vectors;
    }

    private static double Linear(double[] w, double[] x)
    {
        double z = w[0];
        for (int j = 0; j < x.Length; j++)
        {
            z += w[j + 1] * x[j];
        }

        return z;
    }

    /// <summary>
    /// L2 logistic regression by Newton's method: minimises ½‖w‖² + C Σ log-loss (the intercept, w[0], is not penalised),
    /// the objective of scikit-learn's LogisticRegression(C).
    /// </summary>
    internal static double[] Fit(double[][] x, int[] y, double c)
    {
        int d = x[0].Length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++)
        {
            double[] g = new double[d];
            double[,] h = new double[d, d];
            for (int j = 1; j < d; j++)
            {
                g[j] = w[j] / c;
                h[j, j] = 1 / c;
            }

            for (int i = 0; i < x.Length; i++)
            {
                double p = 1 / (1 + Math.Exp(-Linear(w, x[i])));
                double r = p - y[i], s = Math.Max(p * (1 - p), 1e-12);
                g[0] += r;
                h[0, 0] += s;
                for (int a = 0; a < d - 1; a++)
                {
                    double xa = x[i][a];
                    g[a + 1] += r * xa;
                    h[0, a + 1] += s * xa;
                    for (int b = a; b < d - 1; b++)
                    {
                        h[a + 1, b + 1] += s * xa * x[i][b];
                    }
                }
            }

            for (int a = 0; a < d; a++)
            {
                for (int b = 0; b < a; b++)
                {
                    h[a, b] = h[b, a];
                }
            }

            double[] step = Solve(h, g);
            double size = 0;
            for (int j = 0; j < d; j++)
            {
                w[j] -= step[j];
                size = Math.Max(size, Math.Abs(step[j]));
            }

            if (size < 1e-8)
            {
                break;
            }
        }

        return w;
    }

    // Cholesky solve of the (symmetric positive definite) Newton system.
    private static double[] Solve(double[,] a, double[] b)
    {
        int n = b.Length;
        var l = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = a[i, j];
                for (int k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-300)) : sum / l[j, j];
            }
        }

        double[] z = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = b[i];
            for (int k = 0; k < i; k++)
            {
                sum -= l[i, k] * z[k];
            }

            z[i] = sum / l[i, i];
        }

        double[] result = new double[n];
        for (int i = n - 1; i >= 0; i--)
        {
            double sum = z[i];
            for (int k = i + 1; k < n; k++)
            {
                sum -= l[k, i] * result[k];
            }

            result[i] = sum / l[i, i];
        }

        return result;
    }

    private sealed record Row(string Set, int Label, string Source, double NgramLogit, string Text, InjectionScanMode Mode);
}
