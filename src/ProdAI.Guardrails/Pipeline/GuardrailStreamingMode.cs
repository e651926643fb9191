namespace ProdAI.Guardrails.Pipeline;

/// <summary>How output checks treat a streamed response.</summary>
public enum GuardrailStreamingMode
{
    /// <summary>
    /// Scan incrementally and release each chunk only once the text after it (<see cref="GuardrailsOptions.StreamingHoldback"/>
    /// characters) has been scanned too, so nothing that spans chunks slips out. A violation that blocks ends the stream
    /// with the safe message.
    /// </summary>
    BufferUntilChecked,

    /// <summary>Pass chunks through at once; scan the whole text when the stream ends and report what was found.</summary>
    AuditOnly,
}
