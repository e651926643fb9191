using ProdAI.Guardrails.Normalization;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Training;

/// <summary>
/// Logistic regression with AdaGrad over the hashed features of <see cref="InjectionFeatures"/>, trained the way the
/// runtime scores: evidence features (rules, findings, mode) plus the n-grams of each window; a long text contributes one
/// example per window. Classes are weighted to balance (the counts of the whole data, or counts given by the caller). The
/// L2 penalty is applied to the weights an example touches, when it touches them (so frequent features are pulled harder
/// towards zero than rare ones). Deterministic for a given seed.
/// </summary>
internal sealed class Trainer
{
    // The shipped learner settings (docs/quality.md, eleventh session); the training tool's --epochs, --lr and --l2 study others.
    public const int DefaultEpochs = 12;
    public const float DefaultLearningRate = 0.2f;
    public const float DefaultL2 = 1e-4f;

    private readonly float[] _weights = new float[InjectionFeatures.Size];
    private readonly float[] _gradSquares = new float[InjectionFeatures.Size];
    private float _bias;
    private float _biasGrad;

    public float[] Weights => _weights;

    public float Bias => _bias;

    public static List<(int[] Index, float[] Value, int Label)> Featurize(IEnumerable<Example> examples)
    {
        var result = new List<(int[], float[], int)>();
        foreach (Example example in examples)
        {
            NormalizedText normalized = Read(example.Text);
            HashSet<InjectionCategory> categories = PromptInjectionDetector.RuleCategories(normalized, example.Mode);
            var evidence = new List<int> { InjectionFeatures.Mode(example.Mode) };
            evidence.AddRange(categories.Select(InjectionFeatures.Evidence));
            foreach (NormalizationFindings f in Enum.GetValues<NormalizationFindings>())
            {
                if (f != NormalizationFindings.None && (normalized.Findings & f) != 0)
                {
                    evidence.Add(InjectionFeatures.Finding(f));
                }
            }

            string s = InjectionFeatures.WithoutRepeatedSentences(normalized.Text);
            int window = HashedNgramClassifier.WindowLength;
            for (int start = 0; ; start += window / 2)
            {
                int length = Math.Min(window, s.Length - start);
                var features = new Dictionary<int, float>();
                var ngrams = new List<int>();
                int n = InjectionFeatures.VisitNgrams(s.AsSpan(start, Math.Max(0, length)), ref ngrams, static (ref List<int> list, int index) => list.Add(index));
                float value = n == 0 ? 0 : 1f / MathF.Sqrt(n);
                foreach (int index in ngrams)
                {
                    features[index] = features.GetValueOrDefault(index) + value;
                }

                foreach (int index in evidence)
                {
                    features[index] = features.GetValueOrDefault(index) + 1f;
                }

                result.Add(([.. features.Keys], [.. features.Values], example.Label));
                if (start + length >= s.Length)
                {
                    break;
                }
            }
        }

        return result;
    }

    // A sentence read on its own: ForClassifier's choice is made for the sentence alone, where the runtime makes it once for
    // the whole document the sentence is in (a sentence with tabs inside an ordinary document is read with its tabs there;
    // docs/quality.md, thirteenth session).
    public static string NormalizeSegment(string text) => Read(text).Text.Trim();

    /// <summary>A text as the runtime's classifiers read it: normalised, then <see cref="TextNormalizer.ForClassifier"/>.</summary>
    public static NormalizedText Read(string text) => TextNormalizer.ForClassifier(TextNormalizer.Normalize(text));

    /// <summary>What the runtime scores of a segment: normalised, trimmed, cut to the window length.</summary>
    public static string SegmentWindow(string text)
    {
        string s = NormalizeSegment(text);
        return s.Length > HashedNgramClassifier.WindowLength ? s[..HashedNgramClassifier.WindowLength] : s;
    }

    public static List<(int[] Index, float[] Value, int Label)> FeaturizeSegments(IEnumerable<(string Text, int Label, int Context)> segments)
    {
        var result = new List<(int[], float[], int)>();
        int mode = InjectionFeatures.Mode(InjectionScanMode.Document);
        int[] shape = new int[InjectionFeatures.MaxSegmentShape];
        foreach ((string text, int label, int context) in segments)
        {
            string s = NormalizeSegment(text);
            var ngrams = new List<int>();
            int n = InjectionFeatures.VisitNgrams(s.AsSpan(0, Math.Min(s.Length, HashedNgramClassifier.WindowLength)), ref ngrams, static (ref List<int> list, int index) => list.Add(index));
            float value = n == 0 ? 0 : 1f / MathF.Sqrt(n);
            var features = new Dictionary<int, float> { [mode] = 1f };
            foreach (int index in ngrams)
            {
                features[index] = features.GetValueOrDefault(index) + value;
            }

            int shapes = InjectionFeatures.SegmentShape(s.AsSpan(0, Math.Min(s.Length, HashedNgramClassifier.WindowLength)), context, shape);
            foreach (int index in shape[..shapes])
            {
                features[index] = features.GetValueOrDefault(index) + 1f;
            }

            result.Add(([.. features.Keys], [.. features.Values], label));
        }

        return result;
    }

    /// <summary>
    /// Study option (--nb): naive-Bayes log-count ratios per feature (Wang and Manning's NBSVM), from the rows' presence
    /// counts with add-<paramref name="alpha"/> smoothing; <paramref name="power"/> 0 gives no scaling, 1 the plain ratios'
    /// magnitudes. The scale multiplies the feature values for training and is folded into the weights afterwards
    /// (<see cref="Folded"/>), so the runtime reads the same model format.
    /// </summary>
    public static float[] NbScale(List<(int[] Index, float[] Value, int Label)> data, float alpha, float power, float floor)
    {
        if (alpha <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "--nb-alpha must be positive (the ratios of unseen features are log 0 / 0 otherwise).");
        }

        var p = new double[InjectionFeatures.Size];
        var q = new double[InjectionFeatures.Size];
        foreach ((int[] index, _, int label) in data)
        {
            double[] target = label == 1 ? p : q;
            foreach (int j in index)
            {
                target[j] += 1;
            }
        }

        double sp = p.Sum() + (alpha * p.Length), sq = q.Sum() + (alpha * q.Length);
        var scale = new float[InjectionFeatures.Size];
        for (int j = 0; j < scale.Length; j++)
        {
            double r = Math.Log(((p[j] + alpha) / sp) / ((q[j] + alpha) / sq));
            scale[j] = (float)Math.Max(floor, Math.Pow(Math.Abs(r), power));
        }

        return scale;
    }

    public static List<(int[] Index, float[] Value, int Label)> Scaled(List<(int[] Index, float[] Value, int Label)> data, float[] scale) =>
        [.. data.Select(d => (d.Index, d.Index.Select((j, k) => d.Value[k] * scale[j]).ToArray(), d.Label))];

    public float[] Folded(float[] scale) => [.. _weights.Select((w, j) => w * scale[j])];

    /// <summary>
    /// The mean of <paramref name="count"/> models' weights and biases (study options --seeds and --segment-seeds): one
    /// linear model of the same size. <paramref name="fitOne"/> fits the k-th (0 based); with a count of one it is that model.
    /// </summary>
    public static (float[] Weights, float Bias) Averaged(int count, Func<int, (float[] Weights, float Bias)> fitOne)
    {
        (float[] sum, float bias) = fitOne(0);
        for (int k = 1; k < count; k++)
        {
            (float[] weights, float b) = fitOne(k);
            for (int j = 0; j < sum.Length; j++)
            {
                sum[j] += weights[j];
            }

            bias += b;
        }

        if (count > 1)
        {
            for (int j = 0; j < sum.Length; j++)
            {
                sum[j] /= count;
            }
        }

        return (sum, bias / count);
    }

    public void Fit(List<(int[] Index, float[] Value, int Label)> data, int epochs, float learningRate, float l2, int seed, (int Positives, int Negatives) balance = default)
    {
        int positives = balance == default ? data.Count(d => d.Label == 1) : balance.Positives;
        int negatives = balance == default ? data.Count - positives : balance.Negatives;
        float positiveWeight = (positives + negatives) / (2f * Math.Max(1, positives));
        float negativeWeight = (positives + negatives) / (2f * Math.Max(1, negatives));
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, data.Count)];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                (int[] index, float[] value, int label) = data[i];
                double z = _bias;
                for (int k = 0; k < index.Length; k++)
                {
                    z += _weights[index[k]] * value[k];
                }

                double p = HashedNgramClassifier.Sigmoid(z);
                float g = (float)(p - label) * (label == 1 ? positiveWeight : negativeWeight);
                for (int k = 0; k < index.Length; k++)
                {
                    int j = index[k];
                    float grad = (g * value[k]) + (l2 * _weights[j]);
                    _gradSquares[j] += grad * grad;
                    _weights[j] -= learningRate * grad / (MathF.Sqrt(_gradSquares[j]) + 1e-6f);
                }

                _biasGrad += g * g;
                _bias -= learningRate * g / (MathF.Sqrt(_biasGrad) + 1e-6f);
            }
        }
    }
}
