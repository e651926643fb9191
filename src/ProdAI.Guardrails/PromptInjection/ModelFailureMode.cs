namespace ProdAI.Guardrails.PromptInjection;

/// <summary>What <see cref="PromptInjectionDetector.ScanAsync"/> does when its second model (<see cref="IAsyncPromptInjectionClassifier"/>) fails.</summary>
public enum ModelFailureMode
{
    /// <summary>The scan throws <see cref="InjectionModelUnavailableException"/> (code <c>guardrails_unavailable</c>; 503 over HTTP): no text passes unchecked by the model.</summary>
    FailClosed,

    /// <summary>The fast layers' verdict stands, marked <see cref="PromptInjectionResult.ModelUnavailable"/>; the guardrails chat client records it as a flagged finding.</summary>
    FailOpen,
}
