using System.Buffers;
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
    private static readonly Lazy<HashedNgramClassifier> OrdinaryGateModel = new(() => LoadEmbedded("ProdAI.Guardrails.injection-gate-model.bin"));
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

    /// <summary>Gets the embedded second model of the ordinary-request check (<see cref="PromptInjectionOptions.HoldOrdinaryRequests"/>):
    /// its score is the probability that a short prompt is an attack rather than an everyday request, its threshold the
    /// score below which a flagged prompt is held.</summary>
    internal static HashedNgramClassifier OrdinaryGate => OrdinaryGateModel.Value;

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

        // A long prompt's short windows; their pass also gives the whole text's logit when the text fits one window.
        bool local = mode == InjectionScanMode.Prompt && s.Length > 2 * LocalWindowLength;
        double best = double.NegativeInfinity;
        double shortWindows = local ? LocalLogit(s, out best) : double.NegativeInfinity;
        if (s.Length > WindowLength || double.IsNegativeInfinity(best))
        {
            best = WholeTextLogit(s);
        }

        return Sigmoid(local ? Math.Max(evidence + best, findings + shortWindows - LocalMargin) : evidence + best);
    }

    // The best of the half-overlapping WindowLength windows (the text itself when it fits one).
    private double WholeTextLogit(ReadOnlySpan<char> s)
    {
        if (s.Length <= WindowLength)
        {
            return WindowLogit(s);
        }

        double best = double.NegativeInfinity;
        for (int start = 0; start < s.Length; start += WindowLength / 2)
        {
            int length = Math.Min(WindowLength, s.Length - start);
            best = Math.Max(best, WindowLogit(s.Slice(start, length)));
            if (start + length >= s.Length)
            {
                break;
            }
        }

        return best;
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
    // The windows overlap about four times over; rather than hash each one again, the n-grams of a run of windows (up to
    // LocalChunk characters) are hashed once, keyed by position, and each window's sum and count read off prefix sums. A
    // window holds the n-grams that start in it and end in it; when it starts or ends inside a word (no whitespace within
    // 32 characters of where it would be cut: base64, long identifiers), a word cut at its end counts whole and one cut at
    // its start not at all — reading the window's text on its own would see the pieces instead. A sentence start that is
    // not covered by the previous window starts a window of its own even when it is close to it (a short sentence before a
    // long one). With reference set, each window is read on its own (WindowLogit), the definition the prefix sums are
    // tested against; logits, when given, receives every window's logit.
    internal double LocalLogit(ReadOnlySpan<char> s, out double whole, bool reference = false, List<double>? logits = null)
    {
        whole = double.NegativeInfinity;
        const int MinStep = LocalWindowLength / 4;
        int capacity = (2 * (s.Length / MinStep)) + 4;
        int[] bounds = ArrayPool<int>.Shared.Rent(2 * capacity);
        try
        {
            int windows = 0;
            int previous = -MinStep, previousEnd = 0;
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

                if ((start - previous >= MinStep || start >= previousEnd) && windows < capacity)
                {
                    bounds[2 * windows] = start;
                    bounds[(2 * windows) + 1] = previousEnd = WindowEnd(s, start);
                    windows++;
                    previous = start;
                }

                int step = Math.Min(s.Length, start + (LocalWindowLength / 2));
                int next = s[start..step].IndexOfAny(InjectionFeatures.SentenceEnds);
                if (next >= 0)
                {
                    start += next + 1;
                    continue;
                }

                start = ToWhitespace(s, step);
            }

            double best = double.NegativeInfinity;
            for (int k = 0; k < windows;)
            {
                int lo = bounds[2 * k], hi = bounds[(2 * k) + 1], m = k + 1;
                while (m < windows && bounds[(2 * m) + 1] - lo <= LocalChunk)
                {
                    hi = Math.Max(hi, bounds[(2 * m) + 1]);
                    m++;
                }

                if (reference)
                {
                    for (int j = k; j < m; j++)
                    {
                        double logit = WindowLogit(s[bounds[2 * j]..bounds[(2 * j) + 1]]);
                        logits?.Add(logit);
                        best = Math.Max(best, logit);
                    }
                }
                else if (k == 0 && m == windows && s.Length <= LocalChunk)
                {
                    // One chunk from the text's start to its end when the text is short: the whole text's logit comes with it.
                    best = Math.Max(best, ChunkLogit(s, bounds.AsSpan(0, 2 * windows), 0, out whole, logits));
                }
                else
                {
                    best = Math.Max(best, ChunkLogit(s[lo..hi], bounds.AsSpan(2 * k, 2 * (m - k)), lo, out _, logits));
                }

                k = m;
            }

            return best;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(bounds);
        }
    }

    internal const int LocalChunk = 4096;

    // Whole sentences from start while they fit in a window; a first sentence longer than that is cut at whitespace.
    private static int WindowEnd(ReadOnlySpan<char> s, int start)
    {
        int limit = Math.Min(s.Length, start + LocalWindowLength);
        if (limit == s.Length)
        {
            return s.Length;
        }

        int end = start;
        while (end < limit && s[end..limit].IndexOfAny(InjectionFeatures.SentenceEnds) is var stop and >= 0)
        {
            end += stop + 1;
        }

        if (end == start)
        {
            end = ToWhitespace(s, limit);
        }

        return end;
    }

    // Where a window cut at `at` ends: at the next whitespace, 32 characters further at most (then inside a word).
    private static int ToWhitespace(ReadOnlySpan<char> s, int at)
    {
        int end = at;
        while (end < s.Length && end < at + 32 && !char.IsWhiteSpace(s[end]))
        {
            end++;
        }

        return end;
    }

    // The best window logit of a run of windows (bounds: start, end pairs in the text; chunk starts at offset): character
    // 4-grams keyed at their first character, words at theirs, bigrams at their second word's — a window [a, b) holds the
    // 4-grams keyed in [a, b - 3), the words keyed in [a, b) and the bigrams keyed there but the one that joins its first
    // word to the word before a.
    private double ChunkLogit(ReadOnlySpan<char> chunk, ReadOnlySpan<int> bounds, int offset, out double whole, List<double>? logits)
    {
        int n = chunk.Length + 1;
        double[] sums = ArrayPool<double>.Shared.Rent(3 * n);
        int[] counts = ArrayPool<int>.Shared.Rent(2 * n);
        try
        {
            var state = new Positions(_weights, sums, counts, n);
            Array.Clear(sums, 0, 3 * n);
            Array.Clear(counts, 0, 2 * n);
            InjectionFeatures.VisitNgramsAt(chunk, ref state, static (ref Positions p, int index, InjectionFeatures.NgramKind kind, int position) =>
            {
                p.Sums[((int)kind * p.Stride) + position + 1] += p.Weights[index];
                if (kind != InjectionFeatures.NgramKind.Characters)
                {
                    p.Counts[(((int)kind - 1) * p.Stride) + position + 1]++;
                }
            });

            for (int i = 1; i < n; i++)
            {
                sums[i] += sums[i - 1];
                sums[n + i] += sums[n + i - 1];
                sums[(2 * n) + i] += sums[(2 * n) + i - 1];
                counts[i] += counts[i - 1];
                counts[n + i] += counts[n + i - 1];
            }

            int len = chunk.Length, all = Math.Max(0, len - 3) + counts[len] + counts[n + len];
            whole = all == 0 ? 0 : (sums[Math.Max(0, len - 3)] + sums[n + len] + sums[(2 * n) + len]) / Math.Sqrt(all);
            double best = double.NegativeInfinity;
            for (int j = 0; j < bounds.Length; j += 2)
            {
                int a = bounds[j] - offset, b = bounds[j + 1] - offset;
                double sum = 0;
                int count = 0;
                if (b - a >= 4)
                {
                    sum = sums[b - 3] - sums[a];
                    count = b - a - 3;
                }

                sum += sums[n + b] - sums[n + a] + sums[(2 * n) + b] - sums[(2 * n) + a];
                count += counts[b] - counts[a] + counts[n + b] - counts[n + a];
                int first = a;
                while (first < b && !char.IsLetterOrDigit(chunk[first]))
                {
                    first++;
                }

                if (first < b && counts[n + first + 1] > counts[n + first])
                {
                    sum -= sums[(2 * n) + first + 1] - sums[(2 * n) + first];
                    count--;
                }

                double logit = count == 0 ? 0 : sum / Math.Sqrt(count);
                logits?.Add(logit);
                best = Math.Max(best, logit);
            }

            return best;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(sums);
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    private readonly struct Positions(float[] weights, double[] sums, int[] counts, int stride)
    {
        public readonly float[] Weights = weights;
        public readonly double[] Sums = sums;
        public readonly int[] Counts = counts;
        public readonly int Stride = stride;
    }

    internal static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    internal double WindowLogit(ReadOnlySpan<char> window)
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
