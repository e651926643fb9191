using System.Threading.Channels;
using Microsoft.Extensions.AI;

namespace ProdAI.Embeddings.Local;

/// <summary>
/// An <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over all-MiniLM-L6-v2 (384 dimensions, unit vectors) running in
/// process with ONNX Runtime. The model is inside the package: nothing is downloaded. Single-text calls that arrive within
/// <see cref="LocalEmbeddingOptions.BatchWindow"/> of each other are coalesced into one model run of up to
/// <see cref="LocalEmbeddingOptions.MaxBatchSize"/> texts; multi-text calls are cut into batches of that size. Texts are
/// cut to <see cref="LocalEmbeddingOptions.MaxInputCharacters"/> and to the model's 256 word pieces; unpaired surrogates
/// are replaced by U+FFFD. Thread-safe.
/// </summary>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly LocalEmbeddingOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly Channel<Pending> _queue;
    private readonly SemaphoreSlim _concurrency;
    private readonly CancellationTokenSource _disposed = new();
    private readonly Lazy<Task> _batcher;
    private long _modelRuns;

    /// <summary>Initializes a new instance of the <see cref="MiniLmEmbeddingGenerator"/> class.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock of the batch window; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public MiniLmEmbeddingGenerator(LocalEmbeddingOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new LocalEmbeddingOptions();
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _metadata = new EmbeddingGeneratorMetadata("prodai.local", null, MiniLmModel.ModelId, MiniLmModel.Dimensions);
        _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
        _concurrency = new SemaphoreSlim(_options.MaxConcurrentBatches, _options.MaxConcurrentBatches);
        _batcher = new Lazy<Task>(() => Task.Run(RunBatcherAsync), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the number of dimensions of the vectors (384).</summary>
    public static int Dimensions => MiniLmModel.Dimensions;

    /// <summary>Gets the number of model runs so far (a coalesced batch counts once).</summary>
    public long ModelRuns => Interlocked.Read(ref _modelRuns);

    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        cancellationToken.ThrowIfCancellationRequested();
        var texts = new List<string>();
        foreach (var value in values)
        {
            texts.Add(Prepare(value ?? throw new ArgumentException("A text to embed is null.", nameof(values)), _options.MaxInputCharacters));
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        if (texts.Count == 0)
        {
            return result;
        }

        var created = _timeProvider.GetUtcNow();
        if (texts.Count == 1 && _options.BatchWindow > TimeSpan.Zero)
        {
            var pending = new Pending(texts[0]);
            await using (cancellationToken.Register(static state => ((Pending)state!).Completion.TrySetCanceled(), pending).ConfigureAwait(false))
            {
                _ = _batcher.Value;
                if (!_queue.Writer.TryWrite(pending))
                {
                    throw new ObjectDisposedException(nameof(MiniLmEmbeddingGenerator));
                }

                var vector = await pending.Completion.Task.ConfigureAwait(false);
                result.Add(Wrap(vector, created));
            }

            return result;
        }

        // Batches of similar length: each batch is padded to its longest text, so sorting by length first saves most of
        // the padding work; results go back in the caller's order.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        var vectors = new float[texts.Count][];
        for (var start = 0; start < order.Length; start += _options.MaxBatchSize)
        {
            var count = Math.Min(_options.MaxBatchSize, order.Length - start);
            var batch = new string[count];
            for (var i = 0; i < count; i++)
            {
                batch[i] = texts[order[start + i]];
            }

            var batchVectors = await RunAsync(batch, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < count; i++)
            {
                vectors[order[start + i]] = batchVectors[i];
            }
        }

        foreach (var vector in vectors)
        {
            result.Add(Wrap(vector, created));
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
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _queue.Writer.TryComplete();
        _disposed.Cancel();
        while (_queue.Reader.TryRead(out var pending))
        {
            pending.Completion.TrySetException(new ObjectDisposedException(nameof(MiniLmEmbeddingGenerator)));
        }
    }

    /// <summary>Cuts a text to <paramref name="maxCharacters"/> without splitting a surrogate pair and replaces unpaired surrogates.</summary>
    internal static string Prepare(string text, int maxCharacters)
    {
        var length = Math.Min(text.Length, maxCharacters);
        if (length < text.Length && length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        var span = text.AsSpan(0, length);
        var bad = -1;
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                bad = i;
                break;
            }
        }

        if (bad < 0)
        {
            return length == text.Length ? text : text[..length];
        }

        return string.Create(length, text, static (destination, source) =>
        {
            source.AsSpan(0, destination.Length).CopyTo(destination);
            for (var i = 0; i < destination.Length; i++)
            {
                if (char.IsHighSurrogate(destination[i]) && i + 1 < destination.Length && char.IsLowSurrogate(destination[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(destination[i]))
                {
                    destination[i] = '\uFFFD';
                }
            }
        });
    }

    private static Embedding<float> Wrap(float[] vector, DateTimeOffset created) =>
        new(vector) { ModelId = MiniLmModel.ModelId, CreatedAt = created };

    private async Task<float[][]> RunAsync(IReadOnlyList<string> batch, CancellationToken cancellationToken)
    {
        await _concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Interlocked.Increment(ref _modelRuns);
            return await Task.Run(() => MiniLmModel.Shared.Embed(batch, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _concurrency.Release();
        }
    }

    private async Task RunBatcherAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<Pending>(_options.MaxBatchSize);
        try
        {
            while (await reader.WaitToReadAsync(_disposed.Token).ConfigureAwait(false))
            {
                batch.Clear();
                Collect(reader, batch);
                if (batch.Count < _options.MaxBatchSize)
                {
                    using var window = new CancellationTokenSource(_options.BatchWindow, _timeProvider);
                    using var linked = CancellationTokenSource.CreateLinkedTokenSource(window.Token, _disposed.Token);
                    try
                    {
                        while (batch.Count < _options.MaxBatchSize && await reader.WaitToReadAsync(linked.Token).ConfigureAwait(false))
                        {
                            Collect(reader, batch);
                        }
                    }
                    catch (OperationCanceledException) when (!_disposed.IsCancellationRequested)
                    {
                        // The window closed: run what arrived.
                    }
                }

                batch.RemoveAll(static p => p.Completion.Task.IsCompleted);
                if (batch.Count == 0)
                {
                    continue;
                }

                var work = batch.ToArray();
                await _concurrency.WaitAsync(_disposed.Token).ConfigureAwait(false);
                _ = Task.Run(() => RunPendingBatch(work));
            }
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(new ObjectDisposedException(nameof(MiniLmEmbeddingGenerator)));
            }
        }
    }

    private void Collect(ChannelReader<Pending> reader, List<Pending> batch)
    {
        while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var pending))
        {
            batch.Add(pending);
        }
    }

    private void RunPendingBatch(Pending[] work)
    {
        try
        {
            Interlocked.Increment(ref _modelRuns);
            var texts = new string[work.Length];
            for (var i = 0; i < work.Length; i++)
            {
                texts[i] = work[i].Text;
            }

            var vectors = MiniLmModel.Shared.Embed(texts, _disposed.Token);
            for (var i = 0; i < work.Length; i++)
            {
                work[i].Completion.TrySetResult(vectors[i]);
            }
        }
        catch (Exception ex)
        {
            foreach (var pending in work)
            {
                pending.Completion.TrySetException(ex);
            }
        }
        finally
        {
            _concurrency.Release();
        }
    }

    private sealed class Pending(string text)
    {
        public string Text { get; } = text;

        public TaskCompletionSource<float[]> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
