using Microsoft.Extensions.Compliance.Redaction;

namespace ProdAI.Guardrails.Pii;

/// <summary>
/// ProdAI's PII redaction as a Microsoft.Extensions.Compliance <see cref="Redactor"/>: plug it into .NET's redaction
/// pipeline (logging, telemetry enrichment) so that personal data found by <see cref="PiiDetector"/> inside free text is
/// replaced, and the rest of the text kept. Register it with <c>services.AddRedaction(b =&gt; b.SetRedactor&lt;PiiComplianceRedactor&gt;(yourClassification))</c>.
/// </summary>
public sealed class PiiComplianceRedactor : Redactor
{
    private readonly PiiRedactor _redactor;
    private readonly PiiOperator _operator;

    /// <summary>Initializes a new instance of the <see cref="PiiComplianceRedactor"/> class with typed placeholders and the default detector.</summary>
    public PiiComplianceRedactor()
        : this(new PiiRedactor(), PiiOperator.Placeholder)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PiiComplianceRedactor"/> class.</summary>
    /// <param name="redactor">The redactor (with its detector and, for hashing, its salt).</param>
    /// <param name="operator">How entities are replaced.</param>
    public PiiComplianceRedactor(PiiRedactor redactor, PiiOperator @operator)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        _redactor = redactor;
        _operator = @operator;
    }

    /// <inheritdoc />
    public override int GetRedactedLength(ReadOnlySpan<char> input) => _redactor.Redact(input.ToString(), _operator).Length;

    /// <inheritdoc />
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        string redacted = _redactor.Redact(source.ToString(), _operator);
        if (redacted.Length > destination.Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} characters; {redacted.Length} are needed (call GetRedactedLength first).", nameof(destination));
        }

        redacted.AsSpan().CopyTo(destination);
        return redacted.Length;
    }
}
