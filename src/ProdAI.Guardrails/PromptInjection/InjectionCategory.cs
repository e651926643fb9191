namespace ProdAI.Guardrails.PromptInjection;

/// <summary>Kinds of prompt-injection and jailbreak evidence.</summary>
public enum InjectionCategory
{
    /// <summary>Instructions to ignore, forget or override earlier instructions.</summary>
    InstructionOverride,

    /// <summary>Role-play jailbreaks: DAN-style personas, "developer mode", "no restrictions".</summary>
    RolePlayJailbreak,

    /// <summary>Attempts to extract the system prompt or hidden instructions.</summary>
    SystemPromptExtraction,

    /// <summary>Chat-template tokens and fake delimiters (<c>&lt;|im_start|&gt;</c>, <c>[INST]</c>, "END OF USER INPUT").</summary>
    TemplateInjection,

    /// <summary>Coercing the model into calling tools or running commands (send, delete, transfer, execute).</summary>
    ToolCoercion,

    /// <summary>Exfiltration markup: Markdown images or links that carry data in their query string.</summary>
    Exfiltration,

    /// <summary>Instructions addressed to an AI inside data (retrieved documents, e-mails, tool output).</summary>
    IndirectInstruction,

    /// <summary>Content hidden from a human reader (CSS <c>display:none</c>, zero-size text, HTML comments with instructions).</summary>
    HiddenContent,

    /// <summary>Evasion: invisible characters, Unicode TAG smuggling, encoded payloads, look-alike letters.</summary>
    Obfuscation,

    /// <summary>The learned classifier found the text resembles known attacks.</summary>
    Learned,
}
