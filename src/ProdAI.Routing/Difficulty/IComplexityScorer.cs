namespace ProdAI.Routing.Difficulty;

/// <summary>
/// Rates how hard a prompt is for a weaker model, in [0, 1]: higher means a stronger model is more likely to be needed.
/// Used by <see cref="DifficultyTierPolicy"/>. Implementations must be thread-safe.
/// </summary>
public interface IComplexityScorer
{
    /// <summary>Gets the threshold the scorer's authors recommend for a two-tier split.</summary>
    double DefaultThreshold { get; }

    /// <summary>Rates a prompt.</summary>
    /// <param name="prompt">The prompt (usually the last user message).</param>
    /// <returns>The difficulty in [0, 1].</returns>
    double Score(ReadOnlySpan<char> prompt);
}
