namespace ProdAI.Guardrails.PromptInjection;

/// <summary>Options of <see cref="PromptInjectionDetector"/>.</summary>
public class PromptInjectionOptions
{
    /// <summary>Gets or sets the decision threshold on the score; <see langword="null"/> uses the model's own threshold,
    /// chosen at training time so that at most 0.5 % of benign training texts (prompts, e-mails, abstracts, sentences with personal data) are flagged, from out-of-fold scores.</summary>
    public double? Threshold { get; set; }

    /// <summary>Gets or sets a value indicating whether base64, base32, hex, URL-encoded, Morse, Braille, spelt-out and Unicode-TAG payloads are decoded and scanned.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool ScanEncodedPayloads { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the ROT13 rotation, the Atbash mirror and the reversal of the text are checked by the rules and the classifier (when the text looks enciphered).</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool ScanRot13 { get; set; } = true;

    /// <summary>Gets or sets which sentence model document mode uses (see <see cref="PromptInjection.DocumentProfile"/>).</summary>
    /// <value>Defaults to <see cref="DocumentProfile.General"/>.</value>
    public DocumentProfile DocumentProfile { get; set; } = DocumentProfile.General;

    /// <summary>
    /// Gets or sets a value indicating whether a short English prompt that the built-in model flags on its wording alone —
    /// no rule matched, nothing decoded or hidden — is held below the threshold when a second embedded model reads it as an
    /// ordinary request ("tell me how to make ramen", "Delete this account!"). Applies with the built-in classifier only
    /// (none given, or <see cref="HashedNgramClassifier.Default"/>), at any <see cref="Threshold"/>.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool HoldOrdinaryRequests { get; set; } = true;

    /// <summary>Gets or sets the longest text, in characters, that is scanned in full; longer text is scanned up to this length and flagged
    /// (evidence: <see cref="InjectionCategory.Obfuscation"/> over the unread rest). Must be at least 1.</summary>
    /// <value>Defaults to 4,000,000.</value>
    public int MaxScanLength { get; set; } = 4_000_000;

    /// <summary>
    /// Gets or sets how long <see cref="PromptInjectionDetector.ScanAsync"/> waits for the second model
    /// (<see cref="IAsyncPromptInjectionClassifier"/>) before treating it as failed (see <see cref="ModelFailureMode"/>);
    /// <see cref="Timeout.InfiniteTimeSpan"/> waits for as long as the caller's cancellation token allows. At most ten minutes
    /// (in configuration write <c>"00:00:05"</c>: <c>"10"</c> binds as ten days). It applies to each text the model is asked
    /// about; after a failure the guardrails chat client and the HTTP screen do not ask the model again in the same request.
    /// </summary>
    /// <value>Defaults to 10 seconds.</value>
    public TimeSpan ModelTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets what a scan does when the second model throws, times out or returns a score outside [0, 1].</summary>
    /// <value>Defaults to <see cref="PromptInjection.ModelFailureMode.FailClosed"/>: a guardrail that cannot check a text does not pass it.</value>
    public ModelFailureMode ModelFailureMode { get; set; } = ModelFailureMode.FailClosed;
}
