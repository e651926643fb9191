using ProdAI.Vectors;

namespace ProdAI.Caching.Semantic;

/// <summary>
/// The in-process semantic cache store: one <see cref="VectorIndex{TKey}"/> per partition (so a tenant's search never
/// scans, or sees, another tenant's entries), a size bound with least-recently-used eviction, and expiry on read.
/// Thread-safe.
/// </summary>
public sealed class InMemorySemanticCacheStore : ISemanticCacheStore, IDisposable
{
    private readonly Dictionary<string, VectorIndex<string>> _partitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkedListNode<SemanticCacheEntry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<SemanticCacheEntry> _recency = new();
    private readonly Lock _lock = new();
    private readonly int _maxEntries;
    private readonly TimeProvider _timeProvider;
    private readonly VectorIndexOptions? _indexOptions;

    /// <summary>Initializes a new instance of the <see cref="InMemorySemanticCacheStore"/> class.</summary>
    /// <param name="maxEntries">The size bound. Default 100,000.</param>
    /// <param name="timeProvider">The clock for expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="indexOptions">The options of each partition's index (dimensions are taken from the first vector).</param>
    public InMemorySemanticCacheStore(int maxEntries = 100_000, TimeProvider? timeProvider = null, VectorIndexOptions? indexOptions = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        _maxEntries = maxEntries;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _indexOptions = indexOptions;
    }

    /// <summary>Gets the number of entries.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<SemanticCacheCandidate>> SearchAsync(string partition, ReadOnlyMemory<float> vector, int top, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partition);
        cancellationToken.ThrowIfCancellationRequested();
        VectorIndex<string>? index;
        lock (_lock)
        {
            if (!_partitions.TryGetValue(partition, out index))
            {
                return ValueTask.FromResult<IReadOnlyList<SemanticCacheCandidate>>([]);
            }
        }

        // The search runs outside the store lock: the index takes its own reader lock, so searches run in parallel.
        var matches = index.Search(vector.Span, top);
        var now = _timeProvider.GetUtcNow();
        var result = new List<SemanticCacheCandidate>(matches.Length);
        lock (_lock)
        {
            foreach (var match in matches)
            {
                if (!_entries.TryGetValue(match.Key, out var node))
                {
                    continue;
                }

                if (node.Value.ExpiresAt <= now)
                {
                    RemoveLocked(node);
                    continue;
                }

                _recency.Remove(node);
                _recency.AddFirst(node);
                result.Add(new SemanticCacheCandidate(node.Value, match.Score));
            }
        }

        return ValueTask.FromResult<IReadOnlyList<SemanticCacheCandidate>>(result);
    }

    /// <inheritdoc />
    public ValueTask AddAsync(SemanticCacheEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (_entries.TryGetValue(entry.Id, out var existing))
            {
                RemoveLocked(existing);
            }

            if (!_partitions.TryGetValue(entry.Partition, out var index))
            {
                var options = _indexOptions is null ? new VectorIndexOptions() : CopyOptions(_indexOptions);
                options.Dimensions = entry.Vector.Length;
                index = new VectorIndex<string>(options, StringComparer.Ordinal);
                _partitions.Add(entry.Partition, index);
            }

            index.Upsert(entry.Id, entry.Vector.Span);
            _entries.Add(entry.Id, _recency.AddFirst(entry));
            while (_entries.Count > _maxEntries && _recency.Last is { } oldest)
            {
                RemoveLocked(oldest);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_lock)
        {
            if (_entries.TryGetValue(id, out var node))
            {
                RemoveLocked(node);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<int> RemoveByTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var removed = 0;
        lock (_lock)
        {
            var node = _recency.First;
            while (node is not null)
            {
                var next = node.Next;
                if (node.Value.Tags.Contains(tag, StringComparer.Ordinal))
                {
                    RemoveLocked(node);
                    removed++;
                }

                node = next;
            }
        }

        return ValueTask.FromResult(removed);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var index in _partitions.Values)
            {
                index.Dispose();
            }

            _partitions.Clear();
            _entries.Clear();
            _recency.Clear();
        }
    }

    private static VectorIndexOptions CopyOptions(VectorIndexOptions source) => new()
    {
        Quantization = source.Quantization,
        RescoreMultiplier = source.RescoreMultiplier,
        MinRescoreCandidates = source.MinRescoreCandidates,
        ExactSearchBelow = source.ExactSearchBelow,
        InitialCapacity = source.InitialCapacity,
    };

    private void RemoveLocked(LinkedListNode<SemanticCacheEntry> node)
    {
        var entry = node.Value;
        _entries.Remove(entry.Id);
        _recency.Remove(node);
        if (_partitions.TryGetValue(entry.Partition, out var index))
        {
            index.Remove(entry.Id);
            if (index.Count == 0)
            {
                _partitions.Remove(entry.Partition); // not disposed: a search may still hold it outside the store lock
            }
        }
    }
}
