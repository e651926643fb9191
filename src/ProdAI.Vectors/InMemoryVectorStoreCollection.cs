using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;
using Microsoft.Extensions.VectorData.ProviderServices;

#pragma warning disable RS0026 // the overloads with optional parameters are the base class's; an override cannot change them

namespace ProdAI.Vectors;

/// <summary>
/// ProdAI's in-memory vector store collection: the Microsoft.Extensions.VectorData abstraction over
/// <see cref="VectorIndex{TKey}"/> (one index per vector property). Code written against
/// <see cref="VectorStoreCollection{TKey, TRecord}"/> runs on it in tests and small deployments, and on Qdrant, Redis,
/// Postgres or Azure AI Search connectors in production. Records are kept by reference (as the abstraction's in-memory
/// connectors do); filters are LINQ expressions compiled once per call; scores are cosine similarities.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TRecord">The record type (attributes or a <see cref="VectorStoreCollectionDefinition"/> describe it).</typeparam>
public sealed class InMemoryVectorStoreCollection<TKey, TRecord> : VectorStoreCollection<TKey, TRecord>
    where TKey : notnull
    where TRecord : class
{
    private readonly CollectionModel _model;
    private readonly Dictionary<TKey, TRecord> _records = [];
    private readonly Dictionary<string, VectorIndex<TKey>> _indexes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _exists;

    /// <summary>Initializes a new instance of the <see cref="InMemoryVectorStoreCollection{TKey, TRecord}"/> class.</summary>
    /// <param name="name">The collection name.</param>
    /// <param name="definition">The record definition when the record type carries no attributes.</param>
    /// <param name="embeddingGenerator">Generates vectors for properties whose value is text.</param>
    /// <param name="quantization">The scan of the indexes. Default <see cref="VectorQuantization.Binary"/> (exact below 4,096 records).</param>
    public InMemoryVectorStoreCollection(string name, VectorStoreCollectionDefinition? definition = null, IEmbeddingGenerator? embeddingGenerator = null, VectorQuantization quantization = VectorQuantization.Binary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _model = new ModelBuilder()
            .Build(typeof(TRecord), typeof(TKey), definition, embeddingGenerator);
        foreach (var vector in _model.VectorProperties)
        {
            if (vector.DistanceFunction is not (null or DistanceFunction.CosineSimilarity or DistanceFunction.DotProductSimilarity))
            {
                throw new NotSupportedException($"Vector property '{vector.ModelName}' asks for '{vector.DistanceFunction}'; this collection supports cosine similarity (and dot product on unit vectors).");
            }

            if (vector.Dimensions is not > 1)
            {
                throw new NotSupportedException($"Vector property '{vector.ModelName}' must declare its dimensions.");
            }

            _indexes[vector.ModelName] = new VectorIndex<TKey>(new VectorIndexOptions { Dimensions = vector.Dimensions, Quantization = quantization });
        }
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) => Task.FromResult(Volatile.Read(ref _exists));

    /// <inheritdoc />
    public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default)
    {
        Volatile.Write(ref _exists, true);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _records.Clear();
            foreach (var index in _indexes.Values)
            {
                index.Clear();
            }

            _exists = false;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task<TRecord?> GetAsync(TKey key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            return Task.FromResult(_records.TryGetValue(key, out var record) ? record : null);
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<TRecord> GetAsync(IEnumerable<TKey> keys, RecordRetrievalOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await GetAsync(key, options, cancellationToken).ConfigureAwait(false) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<TRecord> GetAsync(Expression<Func<TRecord, bool>> filter, int top, FilteredRecordRetrievalOptions<TRecord>? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var predicate = filter.Compile();
        List<TRecord> snapshot;
        lock (_lock)
        {
            snapshot = [.. _records.Values];
        }

        IEnumerable<TRecord> query = snapshot.Where(predicate);
        if (options?.OrderBy is { } orderBy)
        {
            var sorts = orderBy(new FilteredRecordRetrievalOptions<TRecord>.OrderByDefinition()).Values;
            IOrderedEnumerable<TRecord>? ordered = null;
            foreach (var sort in sorts)
            {
                var selector = sort.PropertySelector.Compile();
                ordered = ordered is null
                    ? (sort.Ascending ? query.OrderBy(selector) : query.OrderByDescending(selector))
                    : (sort.Ascending ? ordered.ThenBy(selector) : ordered.ThenByDescending(selector));
            }

            query = ordered ?? query;
        }

        return query.Skip(options?.Skip ?? 0).Take(top).ToAsyncEnumerable();
    }

    /// <inheritdoc />
    public override Task DeleteAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_lock)
        {
            if (_records.Remove(key))
            {
                foreach (var index in _indexes.Values)
                {
                    index.Remove(key);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async Task DeleteAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await DeleteAsync(key, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override Task UpsertAsync(TRecord record, CancellationToken cancellationToken = default) => UpsertAsync([record], cancellationToken);

    /// <inheritdoc />
    public override async Task UpsertAsync(IEnumerable<TRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var batch = records.ToList();
        var vectors = new Dictionary<string, IReadOnlyList<ReadOnlyMemory<float>>>(StringComparer.Ordinal);
        foreach (var property in _model.VectorProperties)
        {
            var values = new List<ReadOnlyMemory<float>>(batch.Count);
            if (property.EmbeddingGenerator is not null && property.Type != property.EmbeddingType)
            {
                var inputs = batch.Select(r => property.GetValueAsObject(r)!).ToList();
                var generated = await property.GenerateEmbeddingsAsync(inputs, cancellationToken).ConfigureAwait(false);
                foreach (var embedding in generated)
                {
                    values.Add(ToVector(embedding, property.ModelName));
                }
            }
            else
            {
                foreach (var record in batch)
                {
                    values.Add(ToVector(property.GetValueAsObject(record), property.ModelName));
                }
            }

            vectors[property.ModelName] = values;
        }

        lock (_lock)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var record = batch[i] ?? throw new ArgumentException("A record is null.", nameof(records));
                var key = (TKey)(_model.KeyProperty.GetValueAsObject(record) ?? throw new ArgumentException("A record has no key.", nameof(records)));
                foreach (var (name, values) in vectors)
                {
                    _indexes[name].Upsert(key, values[i].Span);
                }

                _records[key] = record;
            }

            _exists = true;
        }
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<VectorSearchResult<TRecord>> SearchAsync<TInput>(TInput searchValue, int top, VectorSearchOptions<TRecord>? options = null, CancellationToken cancellationToken = default) =>
        SearchAsync(searchValue, top, options, options?.Filter?.Compile(), cancellationToken);

    /// <summary>
    /// Searches with a filter the caller has already compiled, in place of compiling <see cref="VectorSearchOptions{TRecord}.Filter"/>
    /// (a caller that also filters records itself, such as a hybrid search, compiles the expression once).
    /// </summary>
    /// <typeparam name="TInput">The type of the search value.</typeparam>
    /// <param name="searchValue">The vector, or a value the vector property's embedding generator turns into one.</param>
    /// <param name="top">The number of results.</param>
    /// <param name="options">The options; their <see cref="VectorSearchOptions{TRecord}.Filter"/> is not read.</param>
    /// <param name="predicate">The filter, applied before ranking; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The nearest records, best first.</returns>
    public async IAsyncEnumerable<VectorSearchResult<TRecord>> SearchAsync<TInput>(TInput searchValue, int top, VectorSearchOptions<TRecord>? options, Func<TRecord, bool>? predicate, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TInput : notnull
    {
        ArgumentNullException.ThrowIfNull(searchValue);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var property = _model.GetVectorPropertyOrSingle(options ?? new VectorSearchOptions<TRecord>());
        ReadOnlyMemory<float> query = searchValue switch
        {
            ReadOnlyMemory<float> memory => memory,
            float[] array => array,
            Embedding<float> embedding => embedding.Vector,
            _ when property.EmbeddingGenerator is not null => ToVector(await property.GenerateEmbeddingAsync(searchValue, cancellationToken).ConfigureAwait(false), property.ModelName),
            _ => throw new NotSupportedException($"Search values of type {typeof(TInput).Name} need an embedding generator on '{property.ModelName}'."),
        };

        var skip = options?.Skip ?? 0;
        Func<TKey, bool>? keyFilter = null;
        if (predicate is not null)
        {
            keyFilter = key =>
            {
                lock (_lock)
                {
                    return _records.TryGetValue(key, out var record) && predicate(record);
                }
            };
        }

        var matches = _indexes[property.ModelName].Search(query.Span, top + skip, keyFilter);
        foreach (var match in matches.Skip(skip))
        {
            if (options?.ScoreThreshold is { } threshold && match.Score < threshold)
            {
                yield break;
            }

            TRecord? record;
            lock (_lock)
            {
                _records.TryGetValue(match.Key, out record);
            }

            if (record is not null)
            {
                yield return new VectorSearchResult<TRecord>(record, match.Score);
            }
        }
    }

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(VectorStoreCollectionMetadata) ? new VectorStoreCollectionMetadata { VectorStoreSystemName = "prodai.inmemory", CollectionName = Name }
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var index in _indexes.Values)
            {
                index.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Accepts any data type (records stay in memory as they are) and the vector types <see cref="ToVector"/> reads.</summary>
    private sealed class ModelBuilder() : CollectionModelBuilder(new CollectionModelBuildingOptions { SupportsMultipleVectors = true, RequiresAtLeastOneVector = true })
    {
        protected override bool IsDataPropertyTypeValid(Type type, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? supportedTypes)
        {
            supportedTypes = "any";
            return true;
        }

        protected override bool IsVectorPropertyTypeValid(Type type, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? supportedTypes)
        {
            supportedTypes = "ReadOnlyMemory<float>, float[], Embedding<float>";
            return type == typeof(ReadOnlyMemory<float>) || type == typeof(ReadOnlyMemory<float>?) || type == typeof(float[]) || type == typeof(Embedding<float>);
        }
    }

    private static ReadOnlyMemory<float> ToVector(object? value, string property) => value switch
    {
        ReadOnlyMemory<float> memory => memory,
        float[] array => array,
        Embedding<float> embedding => embedding.Vector,
        null => throw new ArgumentException($"Vector property '{property}' is null."),
        _ => throw new NotSupportedException($"Vector property '{property}' has type {value.GetType().Name}; use ReadOnlyMemory<float>, float[] or Embedding<float>."),
    };
}
