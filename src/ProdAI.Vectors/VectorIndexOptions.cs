namespace ProdAI.Vectors;

/// <summary>How the vectors of a <see cref="VectorIndex{TKey}"/> are scanned before the best candidates are scored exactly.</summary>
public enum VectorQuantization
{
    /// <summary>Every vector is scored exactly (float32 cosine). Reads 4 bytes a dimension per entry.</summary>
    None,

    /// <summary>int8 scalar codes (one byte a dimension, a scale per vector) are scanned; the best candidates are re-scored exactly.</summary>
    Int8,

    /// <summary>Binary codes (the sign of each dimension, one bit) are scanned with popcount; the best candidates are re-scored exactly. The default.</summary>
    Binary,
}

/// <summary>Which scan a single search uses.</summary>
public enum VectorSearchMode
{
    /// <summary>The index's <see cref="VectorIndexOptions.Quantization"/> (exact below <see cref="VectorIndexOptions.ExactSearchBelow"/> entries).</summary>
    Default,

    /// <summary>Exact float32 cosine over every entry.</summary>
    Exact,

    /// <summary>int8 codes, then exact re-scoring; exact when the index keeps no int8 codes.</summary>
    Int8,

    /// <summary>Binary codes, then exact re-scoring.</summary>
    Binary,
}

/// <summary>Options of a <see cref="VectorIndex{TKey}"/>.</summary>
public sealed class VectorIndexOptions
{
    /// <summary>Gets or sets the number of dimensions of every vector. Default 384 (all-MiniLM-L6-v2).</summary>
    public int Dimensions { get; set; } = 384;

    /// <summary>Gets or sets the default scan. Default <see cref="VectorQuantization.Binary"/>.</summary>
    public VectorQuantization Quantization { get; set; } = VectorQuantization.Binary;

    /// <summary>
    /// Gets or sets the number of candidates re-scored exactly per result asked for, when a quantised scan is used.
    /// Default 25 (top 10 → 250 candidates, at least <see cref="MinRescoreCandidates"/>).
    /// </summary>
    public int RescoreMultiplier { get; set; } = 25;

    /// <summary>Gets or sets the least number of candidates re-scored exactly after a quantised scan. Default 512.</summary>
    public int MinRescoreCandidates { get; set; } = 512;

    /// <summary>Gets or sets the size under which the default search is exact (quantisation saves nothing there). Default 4,096.</summary>
    public int ExactSearchBelow { get; set; } = 4096;

    /// <summary>Gets or sets the number of entries storage is allocated for at first. Default 256.</summary>
    public int InitialCapacity { get; set; } = 256;

    internal void Validate()
    {
        if (Dimensions is < 2 or > 16_384)
        {
            throw new ArgumentOutOfRangeException(nameof(Dimensions), Dimensions, "Dimensions must be between 2 and 16,384.");
        }

        if (RescoreMultiplier is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(RescoreMultiplier), RescoreMultiplier, "The re-score multiplier must be between 1 and 10,000.");
        }

        if (MinRescoreCandidates is < 1 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MinRescoreCandidates), MinRescoreCandidates, "The re-score floor must be between 1 and 1,000,000.");
        }

        if (ExactSearchBelow < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ExactSearchBelow), ExactSearchBelow, "The exact-search size cannot be negative.");
        }

        if (InitialCapacity is < 1 or > 100_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialCapacity), InitialCapacity, "The initial capacity must be between 1 and 100,000,000.");
        }

        if (!Enum.IsDefined(Quantization))
        {
            throw new ArgumentOutOfRangeException(nameof(Quantization), Quantization, "Unknown quantisation.");
        }
    }

    internal VectorIndexOptions Clone() => (VectorIndexOptions)MemberwiseClone();
}

/// <summary>An entry found by a search: its key and its cosine similarity to the query in [-1, 1].</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <param name="Key">The entry's key.</param>
/// <param name="Score">The exact cosine similarity.</param>
public readonly record struct VectorMatch<TKey>(TKey Key, float Score);
