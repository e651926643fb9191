namespace ProdAI.Guardrails.Pii;

/// <summary>How <see cref="PiiRedactor"/> replaces an entity.</summary>
public enum PiiOperator
{
    /// <summary>Replace every character with <c>*</c> (cards keep their last four digits).</summary>
    Mask,

    /// <summary>Replace with the typed placeholder <c>&lt;EMAIL_ADDRESS&gt;</c>.</summary>
    Placeholder,

    /// <summary>Replace with <c>&lt;EMAIL_ADDRESS:1a2b3c4d&gt;</c>, a salted HMAC-SHA256 prefix: equal values give equal tokens, values cannot be recovered.</summary>
    Hash,
}
