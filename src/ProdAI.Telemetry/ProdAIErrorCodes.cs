namespace ProdAI.Telemetry;

/// <summary>The stable error codes carried by <see cref="ProdAIException.Code"/> and mapped to ProblemDetails.</summary>
public static class ProdAIErrorCodes
{
    /// <summary>A hard budget limit would be exceeded by the call.</summary>
    public const string BudgetExceeded = "budget_exceeded";

    /// <summary>The budget ledger could not be reached and budgets fail closed.</summary>
    public const string BudgetUnavailable = "budget_unavailable";

    /// <summary>The model is not priced in the catalog, so a budget cannot be enforced for it.</summary>
    public const string ModelNotPriced = "model_not_priced";

    /// <summary>A rate limit refused the call.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>The request is larger than allowed.</summary>
    public const string InputTooLarge = "input_too_large";

    /// <summary>A prompt-injection detector blocked the request.</summary>
    public const string PromptInjection = "prompt_injection";

    /// <summary>A PII policy blocked the request.</summary>
    public const string PiiBlocked = "pii_blocked";

    /// <summary>A guardrail could not reach a model it depends on (a second prompt-injection model that failed or timed out) and fails closed.</summary>
    public const string GuardrailsUnavailable = "guardrails_unavailable";

    /// <summary>No deployment could serve the request: every capable one failed, is cooling down or is over its quota.</summary>
    public const string NoDeploymentAvailable = "no_deployment_available";
}
