using System.Buffers.Binary;
using Microsoft.Extensions.AI;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// An indirect-injection model over sentence embeddings: untrusted data (retrieved chunks, e-mails, tool output, web
/// pages) is cut into sentences, embedded in one batch by any <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>, and
/// a trained linear head scores each sentence as "reads like a task given to an assistant"; the best sentence is the
/// score. Plug it in as the detector's second model (<see cref="IAsyncPromptInjectionClassifier"/>).
/// </summary>
/// <remarks>
/// The embedded head (<see cref="CreateForMiniLm"/>) was trained by <c>tools/ProdAI.Guardrails.Training</c> on
/// all-MiniLM-L6-v2 vectors (ProdAI.Embeddings.Local) of the guardrails train split; it only fits that model's
/// 384-dimension vectors (checked at run time). Prompts (<see cref="InjectionScanMode.Prompt"/>) are not scored: a user
/// prompt is a task by nature, so the model returns <see cref="double.NaN"/> and the fast layers decide alone.
/// </remarks>
public sealed class EmbeddingInjectionClassifier : IAsyncPromptInjectionClassifier
{
    /// <summary>The most sentences embedded per text (the rest are not scored by this model).</summary>
    public const int MaxSegments = 512;

    private const uint Magic = 0x48454D50; // "PMEH"
    private static readonly Lazy<(float[] Weights, float Bias, double Threshold)> MiniLmHead = new(() => LoadHead("ProdAI.Guardrails.minilm-segment-head.bin"));
    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator;
    private readonly float[] _weights;
    private readonly float _bias;

    /// <summary>Initializes a new instance of the <see cref="EmbeddingInjectionClassifier"/> class with a head of your own.</summary>
    /// <param name="generator">The embedding generator the head was trained for.</param>
    /// <param name="weights">The head's weights, one per embedding dimension.</param>
    /// <param name="bias">The head's bias.</param>
    /// <param name="threshold">The decision threshold in (0, 1).</param>
    public EmbeddingInjectionClassifier(IEmbeddingGenerator<string, Embedding<float>> generator, float[] weights, float bias, double threshold)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length == 0 || !weights.All(float.IsFinite) || !float.IsFinite(bias))
        {
            throw new ArgumentException("The head needs finite weights.", nameof(weights));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(threshold, 1);
        _generator = generator;
        _weights = weights;
        _bias = bias;
        Threshold = threshold;
    }

    /// <inheritdoc />
    public double Threshold { get; }

    /// <summary>Creates the classifier with ProdAI's head for all-MiniLM-L6-v2 (for example <c>ProdAI.Embeddings.Local</c>'s generator).</summary>
    /// <param name="miniLm">An all-MiniLM-L6-v2 embedding generator (384 dimensions, normalised).</param>
    /// <returns>The classifier.</returns>
    public static EmbeddingInjectionClassifier CreateForMiniLm(IEmbeddingGenerator<string, Embedding<float>> miniLm)
    {
        (float[] weights, float bias, double threshold) = MiniLmHead.Value;
        return new EmbeddingInjectionClassifier(miniLm, weights, bias, threshold);
    }

    /// <inheritdoc />
    public async ValueTask<double> ScoreAsync(string text, InjectionScanMode mode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (mode != InjectionScanMode.Document)
        {
            return double.NaN;
        }

        List<string> segments = [.. PromptInjectionDetector.SegmentBounds(text).Take(MaxSegments).Select(b => text[b.Start..b.End].Trim())];
        if (segments.Count == 0)
        {
            return 0;
        }

        GeneratedEmbeddings<Embedding<float>> vectors = await _generator.GenerateAsync(segments, null, cancellationToken).ConfigureAwait(false);
        double best = double.NegativeInfinity;
        foreach (Embedding<float> vector in vectors)
        {
            best = Math.Max(best, Logit(vector.Vector.Span));
        }

        return double.IsNegativeInfinity(best) ? 0 : HashedNgramClassifier.Sigmoid(best);
    }

    internal double Logit(ReadOnlySpan<float> vector)
    {
        if (vector.Length != _weights.Length)
        {
            throw new InvalidOperationException($"The embedding has {vector.Length} dimensions but the head was trained for {_weights.Length} (all-MiniLM-L6-v2 for the built-in head).");
        }

        double sum = _bias;
        for (int i = 0; i < vector.Length; i++)
        {
            sum += vector[i] * _weights[i];
        }

        return sum;
    }

    internal static void SaveHead(Stream stream, float[] weights, float bias, double threshold)
    {
        Span<byte> header = stackalloc byte[20];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], weights.Length);
        BinaryPrimitives.WriteSingleLittleEndian(header[8..], bias);
        BinaryPrimitives.WriteDoubleLittleEndian(header[12..], threshold);
        stream.Write(header);
        Span<byte> value = stackalloc byte[4];
        foreach (float w in weights)
        {
            BinaryPrimitives.WriteSingleLittleEndian(value, w);
            stream.Write(value);
        }
    }

    private static (float[] Weights, float Bias, double Threshold) LoadHead(string resource)
    {
        using Stream stream = typeof(EmbeddingInjectionClassifier).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded head '{resource}' is missing from ProdAI.Guardrails.");
        Span<byte> header = stackalloc byte[20];
        stream.ReadExactly(header);
        int dims = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic || dims is <= 0 or > 8192)
        {
            throw new InvalidDataException("Not a ProdAI embedding head.");
        }

        var weights = new float[dims];
        Span<byte> value = stackalloc byte[4];
        for (int i = 0; i < dims; i++)
        {
            stream.ReadExactly(value);
            weights[i] = BinaryPrimitives.ReadSingleLittleEndian(value);
        }

        return (weights, BinaryPrimitives.ReadSingleLittleEndian(header[8..]), BinaryPrimitives.ReadDoubleLittleEndian(header[12..]));
    }
}
