namespace ProdAI.Guardrails.Pii;

/// <summary>A piece of personal data or a secret found in a text.</summary>
/// <param name="Type">The entity type (see <see cref="PiiEntityTypes"/>).</param>
/// <param name="Start">Start in the text, in UTF-16 code units.</param>
/// <param name="End">End (exclusive) in the text.</param>
/// <param name="Score">Confidence in [0, 1]: 1 for checksum-validated entities, raised by context words nearby.</param>
/// <param name="Subtype">A finer kind, when known (for example <c>visa</c>, <c>aws_access_key</c>, <c>bitcoin</c>).</param>
public readonly record struct PiiEntity(string Type, int Start, int End, double Score, string? Subtype = null)
{
    /// <summary>Gets the length of the span.</summary>
    public int Length => End - Start;
}
