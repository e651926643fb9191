using ProdAI.Telemetry;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// The second prompt-injection model (<see cref="IAsyncPromptInjectionClassifier"/>) threw, timed out or returned a score
/// outside [0, 1], and <see cref="PromptInjectionOptions.ModelFailureMode"/> is <see cref="ModelFailureMode.FailClosed"/>.
/// Code <c>guardrails_unavailable</c> (503 over HTTP); the model's own exception, if any, is the inner exception. The
/// message never holds the scanned text.
/// </summary>
public sealed class InjectionModelUnavailableException : ProdAIException
{
    /// <summary>Initializes a new instance of the <see cref="InjectionModelUnavailableException"/> class.</summary>
    /// <param name="message">What failed and how to change the behaviour (no scanned text).</param>
    /// <param name="innerException">The model's exception, if any.</param>
    public InjectionModelUnavailableException(string message, Exception? innerException = null)
        : base(ProdAIErrorCodes.GuardrailsUnavailable, message, null, innerException)
    {
    }
}
