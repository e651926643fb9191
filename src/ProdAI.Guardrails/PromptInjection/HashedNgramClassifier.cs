using ProdAI.Guardrails.Normalization;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// The built-in learned classifier: logistic regression over hashed character 4-grams and word 1–2-grams of the
/// normalised text, plus the rule categories and normalisation findings as evidence. Trained by
/// <c>tools/ProdAI.Guardrails.Training</c> from the shared guardrails data sets and ProdAI's own examples; the package
/// carries only the weights. Long texts are scored over sliding windows (<see cref="WindowLength"/> characters, half
/// overlapping) and the highest window wins, so an attack buried in a long document is not diluted; a sentence repeated in
/// the text is read once (<see cref="InjectionFeatures.WithoutRepeatedSentences"/>), so repetition neither hides an attack
/// nor makes one. A prompt longer than two <see cref="LocalWindowLength"/> windows is also read in those short windows,
/// which count when they clear the threshold by a margin, so that pasted text around a short order does not dilute it.
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
        float findings = _bias + _weights[InjectionFeatures.Mode(mode)];
        foreach (NormalizationFindings finding in AllFindings)
        {
            if ((text.Findings & finding) != 0)
            {
                findings += _weights[InjectionFeatures.Finding(finding)];
            }
        }

        float evidence = findings;
        foreach (InjectionCategory category in ruleHits)
        {
            evidence += _weights[InjectionFeatures.Evidence(category)];
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

        double logit = evidence + best;
        if (mode == InjectionScanMode.Prompt && s.Length > 2 * LocalWindowLength)
        {
            logit = Math.Max(logit, findings + LocalLogit(s) - LocalMargin);
        }

        return Sigmoid(logit);
    }

    /// <summary>The length of the short windows a long prompt is also read in.</summary>
    internal const int LocalWindowLength = 192;

    // How much more (in logit) a short window must score to count. On a grid of 0.25, 2.25 is the least at which the short
    // windows add no benign train text above the threshold out of fold (2 adds an "Act as …" prompt; no margin adds
    // several long e-mails, abstracts and docs); 2.5 keeps a step of headroom for retraining (docs/quality.md, fourteenth
    // session).
    private const double LocalMargin = 2.5;

    // A long prompt is also read in short windows — whole sentences from one sentence's start while they fit in
    // LocalWindowLength characters (a longer sentence cut at whitespace; starts at least a quarter window apart, a long
    // sentence stepped through by half windows) — with the mode and the normalisation findings but without the rules'
    // evidence, which belongs to the whole text (the detector scores the text around a rule's match on its own): a bag of
    // n-grams over a long window lets a thousand characters of pasted text dilute a short order below the threshold.
    // Linear: each window's sentence search is bounded by its length.
    private double LocalLogit(ReadOnlySpan<char> s)
    {
        const int MinStep = LocalWindowLength / 4;
        double best = double.NegativeInfinity;
        int previous = -MinStep;
        for (int start = 0; start < s.Length;)
        {
            while (start < s.Length && char.IsWhiteSpace(s[start]))
            {
                start++;
            }

            if (start >= s.Length)
            {
                break;
            }

            if (start - previous >= MinStep)
            {
                int limit = Math.Min(s.Length, start + LocalWindowLength);
                int end = start;
                while (end < limit && s[end..limit].IndexOfAny(InjectionFeatures.SentenceEnds) is var stop and >= 0)
                {
                    end += stop + 1;
                }

                if (limit == s.Length)
                {
                    end = s.Length;
                }
                else if (end == start)
                {
                    end = limit;
                    while (end < s.Length && end < limit + 32 && !char.IsWhiteSpace(s[end]))
                    {
                        end++;
                    }
                }

                best = Math.Max(best, WindowLogit(s[start..end]));
                previous = start;
            }

            int step = Math.Min(s.Length, start + (LocalWindowLength / 2));
            int next = s[start..step].IndexOfAny(InjectionFeatures.SentenceEnds);
            if (next >= 0)
            {
                start += next + 1;
                continue;
            }

            start = step;
            while (start < s.Length && start < step + 32 && !char.IsWhiteSpace(s[start]))
            {
                start++;
            }
        }

        return best;
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
