namespace ProdAI.Telemetry.Models;

/// <summary>The prices of a model, with an optional higher tier above a context threshold.</summary>
public sealed class ModelPricing
{
    /// <summary>Initializes a new instance of the <see cref="ModelPricing"/> class.</summary>
    /// <param name="standard">The prices that apply up to <paramref name="longContextThreshold"/> input tokens.</param>
    /// <param name="version">The price version, such as <c>2025-11</c>.</param>
    /// <param name="effectiveDate">The date from which these prices apply.</param>
    /// <param name="longContextThreshold">The number of input tokens above which <paramref name="longContext"/> applies, or <see langword="null"/>.</param>
    /// <param name="longContext">The prices above the threshold, or <see langword="null"/>.</param>
    /// <param name="currency">The ISO 4217 currency code. Defaults to <c>USD</c>.</param>
    public ModelPricing(PriceTier standard, string version, DateOnly effectiveDate, long? longContextThreshold = null, PriceTier? longContext = null, string currency = "USD")
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        if ((longContextThreshold is null) != (longContext is null))
        {
            throw new ArgumentException("Set both the long-context threshold and the long-context prices, or neither.", nameof(longContext));
        }

        if (longContextThreshold is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(longContextThreshold), longContextThreshold, "The long-context threshold must be a positive number of tokens.");
        }

        Standard = standard;
        Version = version;
        EffectiveDate = effectiveDate;
        LongContextThreshold = longContextThreshold;
        LongContext = longContext;
        Currency = currency;
    }

    /// <summary>Gets the prices that apply up to <see cref="LongContextThreshold"/> input tokens (or always, without a threshold).</summary>
    public PriceTier Standard { get; }

    /// <summary>Gets the number of input tokens above which <see cref="LongContext"/> applies, or <see langword="null"/>.</summary>
    public long? LongContextThreshold { get; }

    /// <summary>Gets the prices that apply to a whole call whose input exceeds <see cref="LongContextThreshold"/>.</summary>
    public PriceTier? LongContext { get; }

    /// <summary>Gets the price version.</summary>
    public string Version { get; }

    /// <summary>Gets the date from which these prices apply.</summary>
    public DateOnly EffectiveDate { get; }

    /// <summary>Gets the ISO 4217 currency code of the prices.</summary>
    public string Currency { get; }

    /// <summary>Returns the tier that applies to a call with <paramref name="inputTokens"/> input tokens.</summary>
    /// <param name="inputTokens">The call's total input tokens (uncached + cache read + cache write).</param>
    /// <returns>The applicable tier.</returns>
    public PriceTier TierFor(long inputTokens) =>
        LongContextThreshold is long threshold && inputTokens > threshold ? LongContext! : Standard;
}
