using ProdAI.Guardrails.Normalization;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// A model that scores how likely a text is a prompt injection or jailbreak. ProdAI ships a hashed n-gram logistic
/// regression (<see cref="HashedNgramClassifier"/>); an adapter package can plug in a transformer (Prompt Guard,
/// DeBERTa) through ONNX Runtime by implementing this interface.
/// </summary>
public interface IPromptInjectionClassifier
{
    /// <summary>Scores a normalised text.</summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="mode">Whether the text is a prompt or untrusted data.</param>
    /// <param name="ruleHits">The categories the rule layer found, available to the model as evidence.</param>
    /// <returns>A probability in [0, 1] that the text is an attack.</returns>
    double Score(NormalizedText text, InjectionScanMode mode, IReadOnlyCollection<InjectionCategory> ruleHits);
}
