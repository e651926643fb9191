using System.Buffers;
using System.Buffers.Binary;

namespace ProdAI.Routing.Difficulty;

/// <summary>
/// A logistic-regression difficulty scorer over hashed word n-grams and prompt-shape features
/// (<see cref="DifficultyFeatures"/>), trained by <c>tools/ProdAI.Routing.Training</c> on the train split of RouteLLM's
/// MMLU and GSM8K labels (gpt-4-1106-preview vs Mixtral-8x7B) to predict "only the strong model answers correctly".
/// <see cref="Default"/> is the embedded model; its <see cref="DefaultThreshold"/> was chosen on out-of-fold train scores.
/// Scoring reads at most the first 16,384 characters and allocates nothing (a pooled buffer).
/// </summary>
public sealed class LearnedComplexityScorer : IComplexityScorer
{
    private const uint Magic = 0x52445250; // "PRDR"
    private static readonly Lazy<LearnedComplexityScorer> Embedded = new(LoadEmbedded);
    private readonly float[] _weights;
    private readonly float _bias;

    private LearnedComplexityScorer(float[] weights, float bias, double threshold)
    {
        _weights = weights;
        _bias = bias;
        DefaultThreshold = threshold;
    }

    /// <summary>Gets the embedded model.</summary>
    public static LearnedComplexityScorer Default => Embedded.Value;

    /// <inheritdoc />
    public double DefaultThreshold { get; }

    /// <summary>Loads a model written by the training tool.</summary>
    /// <param name="stream">The model.</param>
    /// <returns>The scorer.</returns>
    /// <exception cref="InvalidDataException">The stream is not a difficulty model.</exception>
    public static LearnedComplexityScorer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[20];
        stream.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != DifficultyFeatures.Bits)
        {
            throw new InvalidDataException("Not a ProdAI difficulty model of this version.");
        }

        float bias = BinaryPrimitives.ReadSingleLittleEndian(header[8..]);
        float threshold = BinaryPrimitives.ReadSingleLittleEndian(header[12..]);
        int count = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        if (count is < 0 or > DifficultyFeatures.Size || threshold is <= 0 or >= 1 || !float.IsFinite(bias))
        {
            throw new InvalidDataException("The difficulty model's header is damaged.");
        }

        var weights = new float[DifficultyFeatures.Size];
        Span<byte> entry = stackalloc byte[8];
        for (int i = 0; i < count; i++)
        {
            stream.ReadExactly(entry);
            int index = BinaryPrimitives.ReadInt32LittleEndian(entry);
            float weight = BinaryPrimitives.ReadSingleLittleEndian(entry[4..]);
            if ((uint)index >= DifficultyFeatures.Size || !float.IsFinite(weight))
            {
                throw new InvalidDataException("The difficulty model's weights are damaged.");
            }

            weights[index] = weight;
        }

        return new LearnedComplexityScorer(weights, bias, threshold);
    }

    /// <inheritdoc />
    public double Score(ReadOnlySpan<char> prompt) => Sigmoid(Logit(_weights, _bias, prompt));

    internal static void Save(Stream stream, float[] weights, float bias, double threshold)
    {
        Span<byte> header = stackalloc byte[20];
        int count = weights.Count(w => w != 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], DifficultyFeatures.Bits);
        BinaryPrimitives.WriteSingleLittleEndian(header[8..], bias);
        BinaryPrimitives.WriteSingleLittleEndian(header[12..], (float)threshold);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], count);
        stream.Write(header);
        Span<byte> entry = stackalloc byte[8];
        for (int i = 0; i < weights.Length; i++)
        {
            if (weights[i] != 0)
            {
                BinaryPrimitives.WriteInt32LittleEndian(entry, i);
                BinaryPrimitives.WriteSingleLittleEndian(entry[4..], weights[i]);
                stream.Write(entry);
            }
        }
    }

    internal static double Logit(float[] weights, float bias, ReadOnlySpan<char> prompt)
    {
        int capacity = DifficultyFeatures.Capacity(prompt.Length);
        int[] rented = ArrayPool<int>.Shared.Rent(capacity);
        try
        {
            int n = DifficultyFeatures.Extract(prompt, rented.AsSpan(0, capacity));
            double words = 0, shape = 0;
            int wordCount = 0;
            for (int i = 0; i < n; i++)
            {
                int k = rented[i];
                if (k < DifficultyFeatures.DenseBase)
                {
                    words += weights[k];
                    wordCount++;
                }
                else
                {
                    shape += weights[k];
                }
            }

            return bias + shape + (wordCount == 0 ? 0 : words / Math.Sqrt(wordCount));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
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
