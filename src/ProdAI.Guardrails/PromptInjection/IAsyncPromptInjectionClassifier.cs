namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// A second, slower model consulted asynchronously after ProdAI's fast layers (rules + n-gram classifier) — a
/// transformer through ONNX Runtime, an embedding model with a trained head,
/// or a remote moderation service. <see cref="PromptInjectionDetector.ScanAsync"/> asks it only when the fast layers did
/// not already flag the text, and maps its <see cref="Threshold"/> onto the detector's, so the verdict stays one score.
/// </summary>
public interface IAsyncPromptInjectionClassifier
{
    /// <summary>Gets the model's own decision threshold in (0, 1).</summary>
    double Threshold { get; }

    /// <summary>Scores a normalised text (invisible characters removed, look-alikes folded).</summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="mode">Whether the text is a prompt or untrusted data.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>A probability in [0, 1] that the text is an attack, or <see cref="double.NaN"/> to abstain (the fast layers' verdict stands).
    /// Throwing, or taking longer than <see cref="PromptInjectionOptions.ModelTimeout"/>, is a failure that
    /// <see cref="PromptInjectionOptions.ModelFailureMode"/> handles.</returns>
    ValueTask<double> ScoreAsync(string text, InjectionScanMode mode, CancellationToken cancellationToken = default);
}
