using Microsoft.Extensions.AI;
using ProdAI.Embeddings.Local;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Training;

/// <summary>
/// Trains the linear head of <see cref="EmbeddingInjectionClassifier"/> on all-MiniLM-L6-v2 vectors of the same
/// sentence-level train data as the n-gram segment model (<see cref="Segments.Build"/>): instruction-like sentences
/// (injected tasks, train-split prompts) against data sentences (clean e-mails, abstracts). L2-regularised logistic
/// regression by full-batch gradient descent, classes balanced; the threshold is set on out-of-fold document maxima of
/// benign documents at 0.7 % (as for the n-gram segment model). Train split only.
/// </summary>
internal static class EmbeddingHead
{
    public static async Task<int> TrainAsync(string datasets, List<Example> corpus, List<Example> train, string outPath)
    {
        List<(string Text, int Label, int Document)> segments = Segments.Build(datasets, corpus, train);
        Console.WriteLine($"embedding head: {segments.Count(s => s.Label == 1)} instruction-like, {segments.Count(s => s.Label == 0)} data sentences; embedding with all-MiniLM-L6-v2 …");
        using var generator = new MiniLmEmbeddingGenerator();
        var vectors = new float[segments.Count][];
        const int Batch = 256;
        for (int i = 0; i < segments.Count; i += Batch)
        {
            string[] texts = [.. segments.Skip(i).Take(Batch).Select(s => Trainer.NormalizeSegment(s.Text))];
            GeneratedEmbeddings<Embedding<float>> embedded = await generator.GenerateAsync(texts);
            for (int j = 0; j < texts.Length; j++)
            {
                vectors[i + j] = embedded[j].Vector.ToArray();
            }
        }

        int Fold(string text) => (int)(System.IO.Hashing.XxHash32.HashToUInt32(System.Text.Encoding.UTF8.GetBytes("emb:" + text)) % 5);
        var oof = new double[segments.Count];
        for (int fold = 0; fold < 5; fold++)
        {
            int[] part = [.. Enumerable.Range(0, segments.Count).Where(i => Fold(segments[i].Text) != fold)];
            (float[] w, float b) = Fit(vectors, segments, part);
            foreach (int i in Enumerable.Range(0, segments.Count).Where(i => Fold(segments[i].Text) == fold))
            {
                oof[i] = Logit(w, b, vectors[i]);
            }
        }

        double[] maxima = [.. Enumerable.Range(0, segments.Count).Where(i => segments[i].Label == 0 && segments[i].Document >= 0)
            .GroupBy(i => segments[i].Document).Select(g => g.Max(i => oof[i])).OrderDescending()];
        double thresholdLogit = maxima[(int)Math.Floor(maxima.Length * 0.007)] + 1e-6;
        int positives = segments.Count(s => s.Label == 1);
        int caught = Enumerable.Range(0, segments.Count).Count(i => segments[i].Label == 1 && oof[i] >= thresholdLogit);
        Console.WriteLine($"out-of-fold: {caught}/{positives} instruction-like sentences ({caught / (double)positives:0.000}) at a document FPR of 0.7 % ({maxima.Length} benign documents)");

        (float[] weights, float bias) = Fit(vectors, segments, [.. Enumerable.Range(0, segments.Count)]);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        using (FileStream stream = File.Create(outPath))
        {
            EmbeddingInjectionClassifier.SaveHead(stream, weights, bias, HashedNgramClassifier.Sigmoid(thresholdLogit));
        }

        Console.WriteLine($"head written to {outPath} (threshold {HashedNgramClassifier.Sigmoid(thresholdLogit):0.0000})");
        return 0;
    }

    private static double Logit(float[] w, float b, float[] x)
    {
        double z = b;
        for (int k = 0; k < w.Length; k++)
        {
            z += w[k] * x[k];
        }

        return z;
    }

    private static (float[] Weights, float Bias) Fit(float[][] x, List<(string Text, int Label, int Document)> rows, int[] indices)
    {
        const int Iterations = 400;
        const double LearningRate = 2.0;
        const double L2 = 1e-4;
        int dims = x[indices[0]].Length;
        double positives = indices.Count(i => rows[i].Label == 1), negatives = indices.Length - positives;
        double wPos = indices.Length / (2 * positives), wNeg = indices.Length / (2 * negatives);
        var w = new double[dims];
        double b = 0;
        var grad = new double[dims];
        for (int it = 0; it < Iterations; it++)
        {
            Array.Clear(grad);
            double gb = 0;
            foreach (int i in indices)
            {
                float[] v = x[i];
                double z = b;
                for (int k = 0; k < dims; k++)
                {
                    z += w[k] * v[k];
                }

                double g = (HashedNgramClassifier.Sigmoid(z) - rows[i].Label) * (rows[i].Label == 1 ? wPos : wNeg);
                gb += g;
                for (int k = 0; k < dims; k++)
                {
                    grad[k] += g * v[k];
                }
            }

            for (int k = 0; k < dims; k++)
            {
                w[k] -= LearningRate * ((grad[k] / indices.Length) + (L2 * w[k]));
            }

            b -= LearningRate * gb / indices.Length;
        }

        return ([.. w.Select(v => (float)v)], (float)b);
    }
}
