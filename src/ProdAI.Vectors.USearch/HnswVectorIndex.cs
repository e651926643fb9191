using System.Numerics.Tensors;
using Cloud.Unum.USearch;

namespace ProdAI.Vectors.USearch;

/// <summary>Options of <see cref="HnswVectorIndex{TKey}"/>.</summary>
public sealed class HnswOptions
{
    /// <summary>Gets or sets the number of dimensions. Default 384.</summary>
    public int Dimensions { get; set; } = 384;

    /// <summary>Gets or sets the graph degree (M). Default 16.</summary>
    public int Connectivity { get; set; } = 16;

    /// <summary>Gets or sets the candidate list size while inserting (efConstruction). Default 128.</summary>
    public int ExpansionAdd { get; set; } = 128;

    /// <summary>Gets or sets the candidate list size while searching (ef). Default 160.</summary>
    public int ExpansionSearch { get; set; } = 160;

    /// <summary>Gets or sets how many results a filtered search asks the graph for, per result wanted. Default 4.</summary>
    public int FilterOversampling { get; set; } = 4;
}

/// <summary>
/// An approximate cosine index (HNSW, USearch) with the contract of ProdAI.Vectors' exact index: string or any keys,
/// upsert, remove, top-k with cosine scores, an optional filter (applied to an oversampled candidate list, then the exact
/// index is not consulted — ask for more with <see cref="HnswOptions.FilterOversampling"/> when filters are selective).
/// Operations are serialised (the native index is used from one thread at a time).
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
public sealed class HnswVectorIndex<TKey> : IVectorSearchIndex<TKey>
    where TKey : notnull
{
    private readonly HnswOptions _options;
    private readonly USearchIndex _index;
    private readonly Dictionary<TKey, ulong> _ids;
    private readonly Dictionary<ulong, TKey> _keys = [];
    private readonly Lock _lock = new();
    private ulong _next;

    /// <summary>Initializes a new instance of the <see cref="HnswVectorIndex{TKey}"/> class.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    /// <param name="comparer">The key comparer.</param>
    public HnswVectorIndex(HnswOptions? options = null, IEqualityComparer<TKey>? comparer = null)
    {
        _options = options ?? new HnswOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Dimensions, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Connectivity, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.ExpansionAdd, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.ExpansionSearch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.FilterOversampling, 1);
        _ids = new Dictionary<TKey, ulong>(comparer);
        _index = new USearchIndex(MetricKind.Cos, ScalarKind.Float32, (ulong)_options.Dimensions, (ulong)_options.Connectivity, (ulong)_options.ExpansionAdd, (ulong)_options.ExpansionSearch);
    }

    /// <inheritdoc />
    public int Dimensions => _options.Dimensions;

    /// <inheritdoc />
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _ids.Count;
            }
        }
    }

    /// <inheritdoc />
    public void Upsert(TKey key, ReadOnlySpan<float> vector)
    {
        ArgumentNullException.ThrowIfNull(key);
        var copy = Normalized(vector, nameof(vector));
        lock (_lock)
        {
            if (_ids.Remove(key, out var old))
            {
                _index.Remove(old);
                _keys.Remove(old);
            }

            var id = _next++;
            _index.Add(id, copy);
            _ids[key] = id;
            _keys[id] = key;
        }
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            if (!_ids.Remove(key, out var id))
            {
                return false;
            }

            _index.Remove(id);
            _keys.Remove(id);
            return true;
        }
    }

    /// <inheritdoc />
    public VectorMatch<TKey>[] Search(ReadOnlySpan<float> query, int top, Func<TKey, bool>? filter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var copy = Normalized(query, nameof(query));
        lock (_lock)
        {
            if (_ids.Count == 0)
            {
                return [];
            }

            var wanted = (int)Math.Min(_ids.Count, filter is null ? top : (long)top * _options.FilterOversampling);
            var found = _index.Search(copy, wanted, out ulong[] ids, out float[] distances);
            var result = new List<VectorMatch<TKey>>(Math.Min(top, found));
            for (var i = 0; i < found && result.Count < top; i++)
            {
                if (_keys.TryGetValue(ids[i], out var key) && (filter is null || filter(key)))
                {
                    result.Add(new VectorMatch<TKey>(key, Math.Clamp(1f - distances[i], -1f, 1f)));
                }
            }

            return [.. result];
        }
    }

    /// <inheritdoc />
    public void Dispose() => _index.Dispose();

    private float[] Normalized(ReadOnlySpan<float> vector, string name)
    {
        if (vector.Length != _options.Dimensions)
        {
            throw new ArgumentException($"The vector has {vector.Length} dimensions; this index holds {_options.Dimensions}.", name);
        }

        var norm = TensorPrimitives.Norm(vector);
        if (!float.IsFinite(norm) || norm <= 0)
        {
            throw new ArgumentException("The vector must be finite and not all zeros.", name);
        }

        var copy = new float[vector.Length];
        TensorPrimitives.Divide(vector, norm, copy);
        return copy;
    }
}
