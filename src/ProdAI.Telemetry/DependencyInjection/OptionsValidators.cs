using Microsoft.Extensions.Options;
using ProdAI.Telemetry.Budgets;
using ProdAI.Telemetry.Content;

namespace ProdAI.Telemetry;

/// <summary>Validates <see cref="ProdAITelemetryOptions"/> at start-up (cross-field rules; builds the catalog once to surface errors).</summary>
internal sealed class ProdAITelemetryOptionsValidator : IValidateOptions<ProdAITelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, ProdAITelemetryOptions options)
    {
        var failures = new List<string>();
        ContentCaptureOptions capture = options.ContentCapture;
        if (capture.Enabled && capture.Redactor is null)
        {
            failures.Add("ContentCapture.Enabled requires ContentCapture.Redactor: content is only recorded through a redaction hook.");
        }

        if (capture.MaxLength < ContentCaptureOptions.MinMaxLength)
        {
            failures.Add($"ContentCapture.MaxLength must be at least {ContentCaptureOptions.MinMaxLength} (was {capture.MaxLength}).");
        }

        try
        {
            _ = options.BuildCatalog();
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException)
        {
            failures.Add(ex.Message);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Validates <see cref="BudgetOptions"/> at start-up.</summary>
internal sealed class BudgetOptionsValidator : IValidateOptions<BudgetOptions>
{
    public ValidateOptionsResult Validate(string? name, BudgetOptions options)
    {
        var failures = new List<string>();
        if (options.ReservationTimeout <= TimeSpan.Zero)
        {
            failures.Add($"ReservationTimeout must be positive (was {options.ReservationTimeout}).");
        }

        if (options.DefaultMaxOutputTokens <= 0)
        {
            failures.Add($"DefaultMaxOutputTokens must be positive (was {options.DefaultMaxOutputTokens}).");
        }

        if (!(options.EstimatedTokenSafetyFactor >= 1.0) || double.IsInfinity(options.EstimatedTokenSafetyFactor))
        {
            failures.Add($"EstimatedTokenSafetyFactor must be a finite number of at least 1 (was {options.EstimatedTokenSafetyFactor}).");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < options.Limits.Count; i++)
        {
            BudgetLimit? limit = options.Limits[i];
            if (limit is null)
            {
                failures.Add($"Limits[{i}] is null.");
                continue;
            }

            if (limit.HardLimit <= 0m)
            {
                failures.Add($"Limits[{i}] ('{limit.EffectiveName}'): HardLimit must be positive (was {limit.HardLimit}).");
            }

            if (limit.SoftLimit is decimal soft && (soft <= 0m || soft >= limit.HardLimit))
            {
                failures.Add($"Limits[{i}] ('{limit.EffectiveName}'): SoftLimit must be positive and below HardLimit (was {soft}, hard {limit.HardLimit}).");
            }

            if (!names.Add(limit.EffectiveName))
            {
                failures.Add($"Limits[{i}]: the limit name '{limit.EffectiveName}' is used twice; give one of them a distinct Name.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
