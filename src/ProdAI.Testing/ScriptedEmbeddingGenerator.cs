using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Microsoft.Extensions.AI;

namespace ProdAI.Testing;

/// <summary>
/// A deterministic <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> for tests: the same text always gives the same
/// unit vector (seeded by a hash of the text), texts registered with <see cref="SetVector"/> give exactly that vector, so
/// a test can state which texts are "similar". Latency runs on the given <see cref="TimeProvider"/>; the next calls can be
/// made to fail. Thread-safe.
/// </summary>
public sealed class ScriptedEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly ConcurrentDictionary<string, float[]> _fixed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Exception> _failures = new();
    private readonly TimeProvider _timeProvider;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private int _calls;
    private long _inputs;

    /// <summary>Initializes a new instance of the <see cref="ScriptedEmbeddingGenerator"/> class.</summary>
    /// <param name="dimensions">The vector length.</param>
    /// <param name="timeProvider">The clock for <see cref="Latency"/>; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="modelId">The model id reported.</param>
    public ScriptedEmbeddingGenerator(int dimensions = 384, TimeProvider? timeProvider = null, string modelId = "scripted-embedding")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 2);
        Dimensions = dimensions;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _metadata = new EmbeddingGeneratorMetadata("scripted", null, modelId, dimensions);
    }

    /// <summary>Gets the vector length.</summary>
    public int Dimensions { get; }

    /// <summary>Gets or sets the delay of each call, measured on the generator's <see cref="TimeProvider"/>.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Gets the number of calls received.</summary>
    public int CallCount => Volatile.Read(ref _calls);

    /// <summary>Gets the number of texts embedded over all calls.</summary>
    public long InputCount => Interlocked.Read(ref _inputs);

    /// <summary>Makes <paramref name="text"/> embed to <paramref name="vector"/> (normalised to unit length).</summary>
    /// <param name="text">The text.</param>
    /// <param name="vector">The vector; its length must be <see cref="Dimensions"/>.</param>
    /// <returns>This generator, for chaining.</returns>
    public ScriptedEmbeddingGenerator SetVector(string text, float[] vector)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"The vector has {vector.Length} values; this generator makes {Dimensions}.", nameof(vector));
        }

        _fixed[text] = Normalize((float[])vector.Clone());
        return this;
    }

    /// <summary>Makes the next call fail with <paramref name="exception"/>.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>This generator, for chaining.</returns>
    public ScriptedEmbeddingGenerator FailNextWith(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        _failures.Enqueue(exception);
        return this;
    }

    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        Interlocked.Increment(ref _calls);
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (_failures.TryDequeue(out Exception? failure))
        {
            throw failure;
        }

        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (string value in values)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
            Interlocked.Increment(ref _inputs);
            float[] vector = _fixed.TryGetValue(value, out float[]? set) ? set : Hashed(value);
            result.Add(new Embedding<float>(vector) { ModelId = _metadata.DefaultModelId, CreatedAt = _timeProvider.GetUtcNow() });
        }

        return result;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private float[] Hashed(string text)
    {
        var random = new Random((int)XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(text)));
        var vector = new float[Dimensions];
        for (int i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return Normalize(vector);
    }

    private static float[] Normalize(float[] vector)
    {
        double norm = Math.Sqrt(vector.Sum(v => (double)v * v));
        if (norm > 0)
        {
            for (int i = 0; i < vector.Length; i++)
            {
                vector[i] = (float)(vector[i] / norm);
            }
        }

        return vector;
    }
}
