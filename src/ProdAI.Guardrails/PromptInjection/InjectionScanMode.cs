namespace ProdAI.Guardrails.PromptInjection;

/// <summary>What kind of text is scanned.</summary>
public enum InjectionScanMode
{
    /// <summary>A user's prompt (direct injection and jailbreaks).</summary>
    Prompt,

    /// <summary>
    /// Untrusted data placed in the context: retrieved chunks, e-mails, tool output, web pages (indirect injection).
    /// Instructions addressed to an AI and content hidden from humans count as evidence here.
    /// </summary>
    Document,
}
