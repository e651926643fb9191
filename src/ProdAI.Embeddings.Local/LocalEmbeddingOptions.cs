namespace ProdAI.Embeddings.Local;

/// <summary>Options of <see cref="MiniLmEmbeddingGenerator"/>.</summary>
public sealed class LocalEmbeddingOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "ProdAI:Embeddings:Local";

    /// <summary>
    /// Gets or sets the longest time a single-text call waits for other concurrent calls to join its batch.
    /// Default 2 ms; <see cref="TimeSpan.Zero"/> turns micro-batching off (each call runs at once).
    /// </summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Gets or sets the largest number of texts the model runs at once. Default 32.</summary>
    public int MaxBatchSize { get; set; } = 32;

    /// <summary>
    /// Gets or sets the number of characters of each text that is embedded; the rest is ignored (the model reads at most
    /// 256 word pieces, roughly 1,000 characters of English). Default 2,048.
    /// </summary>
    public int MaxInputCharacters { get; set; } = 2048;

    /// <summary>Gets or sets the number of batches the model may run in parallel. Default 1 (the model uses every core itself).</summary>
    public int MaxConcurrentBatches { get; set; } = 1;

    internal void Validate()
    {
        if (BatchWindow < TimeSpan.Zero || BatchWindow > TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(BatchWindow), BatchWindow, "The batch window must be between 0 and 1 second.");
        }

        if (MaxBatchSize is < 1 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBatchSize), MaxBatchSize, "The batch size must be between 1 and 1024.");
        }

        if (MaxInputCharacters is < 16 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxInputCharacters), MaxInputCharacters, "The input limit must be between 16 and 1,000,000 characters.");
        }

        if (MaxConcurrentBatches is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrentBatches), MaxConcurrentBatches, "The concurrency must be between 1 and 64.");
        }
    }
}
