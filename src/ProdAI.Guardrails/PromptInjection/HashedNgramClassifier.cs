using ProdAI.Guardrails.Normalization;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// The built-in learned classifier: logistic regression over hashed character 4-grams and word 1–2-grams of the
/// normalised text, plus the rule categories and normalisation findings as evidence. Trained by
/// <c>tools/ProdAI.Guardrails.Training</c> from the shared guardrails data sets and ProdAI's own examples; the package
/// carries only the weights. Long texts are scored over sliding windows (<see cref="WindowLength"/> characters, half
/// overlapping) and the highest window wins, so an attack buried in a long document is not diluted; a sentence repeated in
/// the text is read once (<see cref="InjectionFeatures.WithoutRepeatedSentences"/>), so repetition neither hides an attack
/// nor makes one.
/// </summary>
public sealed class HashedNgramClassifier : IPromptInjectionClassifier
{
    /// <summary>The window length in characters of the normalised text.</summary>
    public const int WindowLength = 2048;

    private static readonly Lazy<HashedNgramClassifier> DefaultModel = new(() => LoadEmbedded("ProdAI.Guardrails.injection-model.bin"));
    private static readonly Lazy<HashedNgramClassifier> DefaultSegmentModel = new(() => LoadEmbedded("ProdAI.Guardrails.injection-segment-model.bin"));
    private static readonly Lazy<HashedNgramClassifier> InstructionalSegmentModel = new(() => LoadEmbedded("ProdAI.Guardrails.injection-segment-instructional-model.bin"));

    private static readonly NormalizationFindings[] AllFindings = [.. Enum.GetValues<NormalizationFindings>().Where(f => f != NormalizationFindings.None)];

    private readonly float[] _weights;
    private readonly float _bias;

    internal HashedNgramClassifier(float[] weights, float bias, double threshold)
    {
        if (weights.Length != InjectionFeatures.Size)
        {
            throw new ArgumentException($"Expected {InjectionFeatures.Size} weights.", nameof(weights));
        }

        _weights = weights;
        _bias = bias;
        Threshold = threshold;
    }

    /// <summary>Gets the embedded model.</summary>
    public static HashedNgramClassifier Default => DefaultModel.Value;

    /// <summary>
    /// Gets the embedded segment model used in <see cref="InjectionScanMode.Document"/> mode: it scores single sentences of
    /// untrusted data for how much they read like a task or instruction given to an assistant.
    /// </summary>
    public static HashedNgramClassifier DefaultSegment => DefaultSegmentModel.Value;

    /// <summary>
    /// Gets the embedded segment model of <see cref="DocumentProfile.Instructional"/>: trained also on documents full of
    /// instructions to people, as data.
    /// </summary>
    internal static HashedNgramClassifier InstructionalSegment => InstructionalSegmentModel.Value;

    /// <summary>Gets the decision threshold chosen when the model was trained (for few false positives).</summary>
    public double Threshold { get; }

    /// <summary>Reads a model written by the training tool.</summary>
    /// <param name="stream">The model stream.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="InvalidDataException">The stream is not a model of this version.</exception>
    public static HashedNgramClassifier Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != InjectionFeatures.Bits)
        {
            throw new InvalidDataException("Not a ProdAI prompt-injection model of this version.");
        }

        float bias = reader.ReadSingle();
        double threshold = reader.ReadDouble();
        var weights = new float[InjectionFeatures.Size];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)reader.ReadHalf();
        }

        return new HashedNgramClassifier(weights, bias, threshold);
    }

    internal const uint Magic = 0x314A4950; // "PIJ1"

    private static HashedNgramClassifier LoadEmbedded(string name)
    {
        using Stream stream = typeof(HashedNgramClassifier).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded prompt-injection model '{name}' is missing from the assembly.");
        return Load(stream);
    }

    /// <summary>
    /// Scores one segment (a sentence) with n-grams, the mode and its shape and overlap with the rest of its document
    /// (a <see cref="SegmentContext"/> bucket); returns the logit.
    /// </summary>
    internal double SegmentLogit(ReadOnlySpan<char> segment, int contextBucket)
    {
        double logit = _bias + _weights[InjectionFeatures.Mode(InjectionScanMode.Document)] + WindowLogit(segment);
        Span<int> shape = stackalloc int[InjectionFeatures.MaxSegmentShape];
        int n = InjectionFeatures.SegmentShape(segment, contextBucket, shape);
        for (int i = 0; i < n; i++)
        {
            logit += _weights[shape[i]];
        }

        return logit;
    }

    internal static void Save(Stream stream, float[] weights, float bias, double threshold)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(InjectionFeatures.Bits);
        writer.Write(bias);
        writer.Write(threshold);
        foreach (float w in weights)
        {
            writer.Write((Half)w);
        }
    }

    /// <inheritdoc />
    public double Score(NormalizedText text, InjectionScanMode mode, IReadOnlyCollection<InjectionCategory> ruleHits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ruleHits);
        text = TextNormalizer.ForClassifier(text);
        float evidence = _bias + _weights[InjectionFeatures.Mode(mode)];
        foreach (InjectionCategory category in ruleHits)
        {
            evidence += _weights[InjectionFeatures.Evidence(category)];
        }

        foreach (NormalizationFindings finding in AllFindings)
        {
            if ((text.Findings & finding) != 0)
            {
                evidence += _weights[InjectionFeatures.Finding(finding)];
            }
        }

        ReadOnlySpan<char> s = InjectionFeatures.WithoutRepeatedSentences(text.Text);
        double best = double.NegativeInfinity;
        if (s.Length <= WindowLength)
        {
            best = WindowLogit(s);
        }
        else
        {
            for (int start = 0; start < s.Length; start += WindowLength / 2)
            {
                int length = Math.Min(WindowLength, s.Length - start);
                best = Math.Max(best, WindowLogit(s.Slice(start, length)));
                if (start + length >= s.Length)
                {
                    break;
                }
            }
        }

        return Sigmoid(evidence + best);
    }

    internal static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private double WindowLogit(ReadOnlySpan<char> window)
    {
        var state = new Accumulator(_weights);
        int n = InjectionFeatures.VisitNgrams(window, ref state, static (ref Accumulator a, int index) => a.Sum += a.Weights[index]);
        return n == 0 ? 0 : state.Sum / Math.Sqrt(n);
    }

    private struct Accumulator(float[] weights)
    {
        public readonly float[] Weights = weights;
        public double Sum;
    }
}
