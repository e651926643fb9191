namespace ProdAI.Guardrails;

/// <summary>Registered by AddProdAIGuardrails so that integrations can tell whether it was called.</summary>
internal sealed class GuardrailsMarker;
