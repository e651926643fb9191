namespace ProdAI.Guardrails.Pii;

/// <summary>Options of <see cref="PiiDetector"/>.</summary>
public class PiiDetectorOptions
{
    /// <summary>Gets or sets the entity types to detect; <see langword="null"/> detects every built-in type.</summary>
    public IList<string>? EntityTypes { get; set; }

    /// <summary>Gets or sets the lowest score reported.</summary>
    /// <value>Defaults to 0.5: bare nine-digit numbers count as SSNs and bare domains as URLs only with a context word nearby.</value>
    public double MinScore { get; set; } = 0.5;

    /// <summary>Gets the ISO 3166 regions whose national phone formats are recognised (international +CC numbers always are).</summary>
    /// <value>Defaults to US, GB, DE, FR, ES, IT, NL, PT, BR, IN, AU, IL.</value>
    public IList<string> PhoneRegions { get; } = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "IN", "AU", "IL"];

    /// <summary>Gets additional recognisers run after the built-in ones.</summary>
    public IList<IPiiRecognizer> Recognizers { get; } = [];
}
