using ProdAI.Guardrails.Pii;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Pipeline;

/// <summary>Policies of <see cref="GuardrailsChatClient"/>, one per check. Bound from <c>ProdAI:Guardrails</c>.</summary>
public class GuardrailsOptions
{
    /// <summary>The configuration section these options are usually bound from.</summary>
    public const string SectionName = "ProdAI:Guardrails";

    /// <summary>
    /// Gets or sets what prompt injection in user messages does. <see cref="GuardrailAction.Redact"/> replaces the injected
    /// spans (the whole message when only the learned model fired) with a placeholder and lets the call go on.
    /// </summary>
    /// <value>Defaults to <see cref="GuardrailAction.Block"/>.</value>
    public GuardrailAction PromptInjection { get; set; } = GuardrailAction.Block;

    /// <summary>
    /// Gets or sets what indirect injection in tool results does (scanned in document mode). <see cref="GuardrailAction.Redact"/>
    /// cuts the injected instructions out of the tool result and keeps the rest of the data.
    /// </summary>
    /// <value>Defaults to <see cref="GuardrailAction.Block"/>.</value>
    public GuardrailAction IndirectInjection { get; set; } = GuardrailAction.Block;

    /// <summary>Gets or sets the injection score threshold; <see langword="null"/> uses the model's default.</summary>
    public double? InjectionThreshold { get; set; }

    /// <summary>
    /// Gets or sets how long a scan waits for a registered second injection model (<see cref="IAsyncPromptInjectionClassifier"/>)
    /// (see <see cref="PromptInjectionOptions.ModelTimeout"/>).
    /// </summary>
    /// <value>Defaults to 10 seconds.</value>
    public TimeSpan InjectionModelTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets or sets what happens when that model throws or times out: <see cref="ModelFailureMode.FailClosed"/> refuses the
    /// call (<c>guardrails_unavailable</c>, 503 over HTTP), <see cref="ModelFailureMode.FailOpen"/> keeps the built-in
    /// detector's verdict and records a flagged <c>model_unavailable</c> finding.
    /// </summary>
    /// <value>Defaults to <see cref="ModelFailureMode.FailClosed"/>.</value>
    public ModelFailureMode InjectionModelFailureMode { get; set; } = ModelFailureMode.FailClosed;

    /// <summary>Gets or sets which sentence model screens tool results (see <see cref="PromptInjection.DocumentProfile"/>).</summary>
    /// <value>Defaults to <see cref="DocumentProfile.General"/>.</value>
    public DocumentProfile DocumentProfile { get; set; } = DocumentProfile.General;

    /// <summary>Gets or sets a value indicating whether short English everyday requests the model flags on their wording alone are
    /// held below the threshold (see <see cref="PromptInjectionOptions.HoldOrdinaryRequests"/>).</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool HoldOrdinaryRequests { get; set; } = true;

    /// <summary>Gets or sets what PII in user messages does.</summary>
    /// <value>Defaults to <see cref="GuardrailAction.Redact"/>: the model never sees it.</value>
    public GuardrailAction InputPii { get; set; } = GuardrailAction.Redact;

    /// <summary>Gets or sets what PII in the model's output does.</summary>
    /// <value>Defaults to <see cref="GuardrailAction.Redact"/>.</value>
    public GuardrailAction OutputPii { get; set; } = GuardrailAction.Redact;

    /// <summary>Gets or sets the PII entity types checked; <see langword="null"/> checks all.</summary>
    public IList<string>? PiiEntityTypes { get; set; }

    /// <summary>
    /// Gets or sets what a leaked canary does: a secret marker is added to the instructions of each request, and an answer
    /// that contains it has leaked the system prompt. The marker is a keyed hash of the system prompt (a random key per
    /// client): nobody without the key can predict it, and the same system prompt gets the same marker, so caches and
    /// providers' prompt caching behind the guardrails still see the same request.
    /// </summary>
    /// <value>Defaults to <see cref="GuardrailAction.Block"/>.</value>
    public GuardrailAction CanaryLeak { get; set; } = GuardrailAction.Block;

    /// <summary>
    /// Gets or sets a secret the canary is keyed with, shared by the replicas of a service so that they add the same marker
    /// to the same system prompt (and a cache they share sees the same requests); keep it out of source control. When
    /// <see langword="null"/>, each client uses a random key of its own. A canary-shaped marker in user messages or tool
    /// results is replaced before anything reads them (finding <c>canary_in_input</c>).
    /// </summary>
    public string? CanarySecret { get; set; }

    /// <summary>
    /// Gets or sets a JSON Schema the output must satisfy (use <c>{}</c> to require any valid JSON); <see langword="null"/>
    /// skips the check. Checked on whole responses; a stream, most of which has been sent by then, is checked when it ends and a failure is reported (flagged), not blocked.
    /// </summary>
    public string? OutputJsonSchema { get; set; }

    /// <summary>Gets or sets what invalid JSON output does once the re-asks are used up.</summary>
    /// <value>Defaults to <see cref="GuardrailAction.Block"/>.</value>
    public GuardrailAction InvalidJsonOutput { get; set; } = GuardrailAction.Block;

    /// <summary>
    /// Gets or sets how many times the model is asked again, with the validation error, when its output fails
    /// <see cref="OutputJsonSchema"/>.
    /// </summary>
    /// <value>Defaults to 1.</value>
    public int MaxReAsks { get; set; } = 1;

    /// <summary>
    /// Gets or sets what output that repeats the system prompt does: any run of <see cref="LeakageWindowWords"/> words
    /// shared with the instructions or system messages counts as leakage, except a run wholly inside a phrase they quote for
    /// the model to say after a verb of saying (<c>reply exactly: "…"</c>). Streams are checked as they arrive (a run split
    /// across chunks is seen whole); there <see cref="GuardrailAction.Redact"/> blocks, since sent text cannot be redacted.
    /// </summary>
    /// <value>Defaults to <see cref="GuardrailAction.Block"/>.</value>
    public GuardrailAction SystemPromptLeakage { get; set; } = GuardrailAction.Block;

    /// <summary>Gets or sets the length of the word runs compared for system-prompt leakage.</summary>
    /// <value>Defaults to 8.</value>
    public int LeakageWindowWords { get; set; } = 8;

    /// <summary>
    /// Gets or sets the re-ask hook: called when an answer would be blocked (leakage, canary, PII, length); return a
    /// correction message to ask the model again (at most <see cref="MaxReAsks"/> times), or <see langword="null"/> to
    /// apply the policy. JSON Schema failures are re-asked without it.
    /// </summary>
    public Func<OutputViolationArguments, ValueTask<string?>>? OnOutputViolation { get; set; }

    /// <summary>
    /// Gets or sets the longest output, in characters; longer output is blocked (a stream ends with <see cref="SafeMessage"/>
    /// once it passes the limit; an audit-only stream reports it). <see langword="null"/> for no limit.
    /// </summary>
    public int? MaxOutputCharacters { get; set; }

    /// <summary>Gets or sets the most messages one request may carry (OWASP LLM10, unbounded consumption).</summary>
    /// <value>Defaults to 200.</value>
    public int MaxMessages { get; set; } = 200;

    /// <summary>
    /// Gets or sets the largest request body, in bytes, the HTTP screening of ProdAI.AspNetCore reads (<c>UseProdAIGuardrails()</c>,
    /// <c>RequireGuardrails()</c>); a larger JSON body is refused with 413 <c>input_too_large</c>, as it cannot be screened.
    /// Base64 images and audio in the body count. Not used by the chat client.
    /// </summary>
    /// <value>Defaults to 16 MiB (a conversation with a few base64 images or a minute of audio); at most 1 GiB (the screen holds the body in memory while it reads it).</value>
    public long MaxRequestBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Gets or sets the most input tokens one request may carry, counted with ProdAI.Telemetry's token counter.</summary>
    /// <value>Defaults to 128,000.</value>
    public int MaxInputTokens { get; set; } = 128_000;

    /// <summary>Gets or sets how streamed output is checked.</summary>
    /// <value>Defaults to <see cref="GuardrailStreamingMode.BufferUntilChecked"/>.</value>
    public GuardrailStreamingMode StreamingMode { get; set; } = GuardrailStreamingMode.BufferUntilChecked;

    /// <summary>Gets or sets how many characters are held back behind the scanned text while streaming.</summary>
    /// <value>Defaults to 96.</value>
    public int StreamingHoldback { get; set; } = 96;

    /// <summary>Gets or sets the text that replaces blocked output.</summary>
    public string SafeMessage { get; set; } = "I can't share that response.";

    internal PiiDetector CreatePiiDetector() =>
        PiiEntityTypes is null ? PiiDetector.Default : new PiiDetector(new PiiDetectorOptions { EntityTypes = PiiEntityTypes });

    internal PromptInjectionDetector CreateInjectionDetector(IAsyncPromptInjectionClassifier? model = null) =>
        InjectionThreshold is null && model is null && DocumentProfile == DocumentProfile.General && HoldOrdinaryRequests
            ? PromptInjectionDetector.Default
            : new PromptInjectionDetector(new PromptInjectionOptions
            {
                Threshold = InjectionThreshold,
                DocumentProfile = DocumentProfile,
                HoldOrdinaryRequests = HoldOrdinaryRequests,
                ModelTimeout = InjectionModelTimeout,
                ModelFailureMode = InjectionModelFailureMode,
            }, null, model);

    /// <summary>A copy that a pipeline may adjust without touching the registered options.</summary>
    internal GuardrailsOptions Clone()
    {
        var copy = (GuardrailsOptions)MemberwiseClone();
        copy.PiiEntityTypes = PiiEntityTypes is null ? null : [.. PiiEntityTypes];
        return copy;
    }
}
