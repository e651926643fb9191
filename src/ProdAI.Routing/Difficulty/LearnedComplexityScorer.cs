using System.Buffers;
using System.Buffers.Binary;

namespace ProdAI.Routing.Difficulty;

/// <summary>
/// A logistic-regression difficulty scorer over prompt-shape features and hashed word n-grams
/// (<see cref="DifficultyFeatures"/>), trained by <c>tools/ProdAI.Routing.Training</c> on the train split of RouteLLM's
/// MMLU and GSM8K labels (gpt-4-1106-preview vs Mixtral-8x7B) to rank prompts by the expected gain of the strong model
/// (1 when only the strong model answers correctly, 0 when only the weak one does, ½ when they agree).
/// </summary>
/// <remarks>
/// The score is calibrated per prompt type (lettered multiple choice or open question): the default threshold 0.5 sends
/// the hardest 40 % of each type in the training data to the strong tier. Raise the threshold for fewer strong calls.
/// <see cref="Default"/> is the embedded model. Scoring reads at most the first 16,384 characters and allocates nothing
/// (a pooled buffer).
/// </remarks>
public sealed class LearnedComplexityScorer : IComplexityScorer
{
    private const uint Magic = 0x32445250; // "PRD2"
    private static readonly Lazy<LearnedComplexityScorer> Embedded = new(LoadEmbedded);
    private readonly DifficultyModel _model;

    internal LearnedComplexityScorer(DifficultyModel model)
    {
        _model = model;
    }

    /// <summary>Gets the embedded model.</summary>
    public static LearnedComplexityScorer Default => Embedded.Value;

    /// <inheritdoc />
    public double DefaultThreshold => _model.Threshold;

    /// <summary>Loads a model written by the training tool.</summary>
    /// <param name="stream">The model.</param>
    /// <returns>The scorer.</returns>
    /// <exception cref="InvalidDataException">The stream is not a difficulty model of this version, or it is damaged.</exception>
    public static LearnedComplexityScorer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != DifficultyFeatures.Bits || reader.ReadInt32() != DifficultyFeatures.DenseCount)
            {
                throw new InvalidDataException("Not a ProdAI difficulty model of this version.");
            }

            var model = new DifficultyModel
            {
                Bias = reader.ReadDouble(),
                MultipleChoiceOffset = reader.ReadDouble(),
                OpenOffset = reader.ReadDouble(),
                Threshold = reader.ReadDouble(),
            };
            for (int i = 0; i < DifficultyFeatures.DenseCount; i++)
            {
                model.Means[i] = reader.ReadDouble();
                model.Scales[i] = reader.ReadDouble();
                model.DenseWeights[i] = reader.ReadDouble();
            }

            byte[] halves = reader.ReadBytes(DifficultyFeatures.Size * 2);
            if (halves.Length != DifficultyFeatures.Size * 2)
            {
                throw new InvalidDataException("The difficulty model is truncated.");
            }

            for (int i = 0; i < DifficultyFeatures.Size; i++)
            {
                model.NgramWeights[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(halves.AsSpan(i * 2));
            }

            if (!model.IsValid())
            {
                throw new InvalidDataException("The difficulty model holds values out of range.");
            }

            return new LearnedComplexityScorer(model);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The difficulty model is truncated.", ex);
        }
    }

    /// <inheritdoc />
    public double Score(ReadOnlySpan<char> prompt) => Sigmoid(_model.Logit(prompt));

    internal static void Save(Stream stream, DifficultyModel model)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(DifficultyFeatures.Bits);
        writer.Write(DifficultyFeatures.DenseCount);
        writer.Write(model.Bias);
        writer.Write(model.MultipleChoiceOffset);
        writer.Write(model.OpenOffset);
        writer.Write(model.Threshold);
        for (int i = 0; i < DifficultyFeatures.DenseCount; i++)
        {
            writer.Write(model.Means[i]);
            writer.Write(model.Scales[i]);
            writer.Write(model.DenseWeights[i]);
        }

        Span<byte> half = stackalloc byte[2];
        foreach (float weight in model.NgramWeights)
        {
            BinaryPrimitives.WriteHalfLittleEndian(half, (Half)weight);
            writer.Write(half);
        }
    }

    internal static double Sigmoid(double z) => 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));

    private static LearnedComplexityScorer LoadEmbedded()
    {
        using Stream stream = typeof(LearnedComplexityScorer).Assembly.GetManifestResourceStream("ProdAI.Routing.difficulty-model.bin")
            ?? throw new InvalidOperationException("The embedded difficulty model is missing from ProdAI.Routing.");
        return Load(stream);
    }
}

/// <summary>The weights of the learned scorer (shared with the training tool).</summary>
internal sealed class DifficultyModel
{
    public double Bias { get; set; }

    /// <summary>Subtracted from the logit of lettered multiple-choice prompts (per-type calibration).</summary>
    public double MultipleChoiceOffset { get; set; }

    /// <summary>Subtracted from the logit of every other prompt.</summary>
    public double OpenOffset { get; set; }

    public double Threshold { get; set; } = 0.5;

    public double[] Means { get; } = new double[DifficultyFeatures.DenseCount];

    public double[] Scales { get; } = new double[DifficultyFeatures.DenseCount];

    public double[] DenseWeights { get; } = new double[DifficultyFeatures.DenseCount];

    public float[] NgramWeights { get; } = new float[DifficultyFeatures.Size];

    public bool IsValid() =>
        double.IsFinite(Bias) && double.IsFinite(MultipleChoiceOffset) && double.IsFinite(OpenOffset) && Threshold is > 0 and < 1
        && Means.All(double.IsFinite) && Scales.All(s => double.IsFinite(s) && s > 0) && DenseWeights.All(double.IsFinite) && NgramWeights.All(float.IsFinite);

    /// <summary>The uncalibrated logit (no per-type offset), for training.</summary>
    public double RawLogit(ReadOnlySpan<char> prompt, out bool multipleChoice)
    {
        Span<double> dense = stackalloc double[DifficultyFeatures.DenseCount];
        int capacity = DifficultyFeatures.Capacity(prompt.Length);
        int[] rented = ArrayPool<int>.Shared.Rent(capacity);
        try
        {
            int n = DifficultyFeatures.Extract(prompt, dense, rented.AsSpan(0, capacity));
            double z = Bias;
            for (int i = 0; i < dense.Length; i++)
            {
                z += DenseWeights[i] * (dense[i] - Means[i]) / Scales[i];
            }

            if (n > 0)
            {
                double value = DifficultyFeatures.NgramScale / Math.Sqrt(n);
                double sum = 0;
                for (int i = 0; i < n; i++)
                {
                    sum += NgramWeights[rented[i]];
                }

                z += sum * value;
            }

            multipleChoice = dense[DifficultyFeatures.MultipleChoice] != 0;
            return z;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    public double Logit(ReadOnlySpan<char> prompt)
    {
        double z = RawLogit(prompt, out bool mc);
        return z - (mc ? MultipleChoiceOffset : OpenOffset);
    }
}
