using Microsoft.Extensions.Options;
using ProdAI.Guardrails.Pipeline;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails;

/// <summary>Validates <see cref="GuardrailsOptions"/> at start-up.</summary>
internal sealed class GuardrailsOptionsValidator : IValidateOptions<GuardrailsOptions>
{
    public ValidateOptionsResult Validate(string? name, GuardrailsOptions options)
    {
        var failures = new List<string>();
        if (options.MaxMessages <= 0)
        {
            failures.Add($"MaxMessages must be positive (was {options.MaxMessages}).");
        }

        if (options.MaxRequestBodyBytes is < 1024 or > 1024 * 1024 * 1024)
        {
            failures.Add($"MaxRequestBodyBytes must be between 1024 and 1 GiB (was {options.MaxRequestBodyBytes}).");
        }

        if (options.MaxInputTokens <= 0)
        {
            failures.Add($"MaxInputTokens must be positive (was {options.MaxInputTokens}).");
        }

        if (options.StreamingHoldback is < 0 or > 16 * 1024)
        {
            failures.Add($"StreamingHoldback must be between 0 and 16384 (was {options.StreamingHoldback}): every chunk rescans the held-back text.");
        }

        if (options.InjectionThreshold is double t && (t is < 0 or > 1 || double.IsNaN(t)))
        {
            failures.Add($"InjectionThreshold must be between 0 and 1 (was {t}).");
        }

        if (!PromptInjectionDetector.IsValidModelTimeout(options.InjectionModelTimeout))
        {
            failures.Add($"InjectionModelTimeout: {PromptInjectionDetector.ModelTimeoutRule} (was {options.InjectionModelTimeout}).");
        }

        if (!Enum.IsDefined(options.InjectionModelFailureMode))
        {
            failures.Add($"InjectionModelFailureMode must be FailClosed or FailOpen (was {(int)options.InjectionModelFailureMode}).");
        }

        if (options.MaxReAsks < 0 || options.LeakageWindowWords < 3 || options.MaxOutputCharacters is <= 0)
        {
            failures.Add("MaxReAsks cannot be negative, LeakageWindowWords must be at least 3 and MaxOutputCharacters positive when set.");
        }

        try
        {
            _ = OutputChecks.ParseSchema(options.OutputJsonSchema);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException or InvalidOperationException or Json.Schema.JsonSchemaException)
        {
            failures.Add($"OutputJsonSchema is not a valid JSON Schema: {ex.Message}");
        }

        foreach ((string property, GuardrailAction action) in new[]
        {
            (nameof(options.PromptInjection), options.PromptInjection), (nameof(options.IndirectInjection), options.IndirectInjection),
            (nameof(options.InputPii), options.InputPii), (nameof(options.OutputPii), options.OutputPii), (nameof(options.CanaryLeak), options.CanaryLeak),
            (nameof(options.InvalidJsonOutput), options.InvalidJsonOutput), (nameof(options.SystemPromptLeakage), options.SystemPromptLeakage),
        })
        {
            if (!Enum.IsDefined(action))
            {
                failures.Add($"{property} is not a GuardrailAction (was {(int)action}).");
            }
        }

        if (!Enum.IsDefined(options.StreamingMode) || !Enum.IsDefined(options.DocumentProfile))
        {
            failures.Add($"StreamingMode and DocumentProfile must be defined values (were {(int)options.StreamingMode}, {(int)options.DocumentProfile}).");
        }

        if (string.IsNullOrWhiteSpace(options.SafeMessage))
        {
            failures.Add("SafeMessage must not be empty: it replaces blocked output.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
