namespace ProdAI.Telemetry.Content;

/// <summary>
/// Whether prompt and response text is recorded on spans. Off by default: ProdAI never records content unless you
/// opt in, and then only through <see cref="Redactor"/>.
/// </summary>
public class ContentCaptureOptions
{
    /// <summary>The smallest allowed <see cref="MaxLength"/>.</summary>
    public const int MinMaxLength = 64;

    /// <summary>Gets or sets a value indicating whether content is recorded.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool Enabled { get; set; }

    /// <summary>
    /// Gets or sets the redaction hook every message text passes through before it is recorded (for example
    /// ProdAI.Guardrails' PII redactor). Required when <see cref="Enabled"/> is <see langword="true"/>.
    /// </summary>
    public Func<string, string>? Redactor { get; set; }

    /// <summary>
    /// Gets or sets the most characters of JSON recorded per attribute. Longer content is truncated inside the message
    /// texts so the recorded value is always valid JSON.
    /// </summary>
    /// <value>Defaults to 4096; at least <see cref="MinMaxLength"/>.</value>
    public int MaxLength { get; set; } = 4096;
}
