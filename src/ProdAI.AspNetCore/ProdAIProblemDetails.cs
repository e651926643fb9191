using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ProdAI.Telemetry;

namespace ProdAI.AspNetCore;

/// <summary>Maps ProdAI refusals to RFC 9457 ProblemDetails with a stable <c>code</c> extension.</summary>
public static class ProdAIProblemDetails
{
    /// <summary>The URI prefix of ProdAI problem types; the code follows it.</summary>
    public const string TypePrefix = "https://prodai.dev/problems/";

    /// <summary>Returns the HTTP status for a ProdAI error code.</summary>
    /// <param name="code">The code, such as <c>prompt_injection</c>.</param>
    /// <returns>400 for refused content, 413 over limits, 429 for budgets and rate limits, 503 when a backend is down, 500 otherwise.</returns>
    public static int StatusCodeFor(string code) => code switch
    {
        ProdAIErrorCodes.PromptInjection or ProdAIErrorCodes.PiiBlocked or "invalid_request" => StatusCodes.Status400BadRequest,
        ProdAIErrorCodes.InputTooLarge => StatusCodes.Status413PayloadTooLarge,
        ProdAIErrorCodes.BudgetExceeded or ProdAIErrorCodes.RateLimited => StatusCodes.Status429TooManyRequests,
        ProdAIErrorCodes.BudgetUnavailable or ProdAIErrorCodes.NoDeploymentAvailable or ProdAIErrorCodes.GuardrailsUnavailable => StatusCodes.Status503ServiceUnavailable,
        ProdAIErrorCodes.ModelNotPriced => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Builds the ProblemDetails of a ProdAI refusal. The detail is the exception message, which never holds prompt text.</summary>
    /// <param name="exception">The refusal.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails Create(ProdAIException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var problem = Create(exception.Code, exception.Message);
        if (exception.RetryAfter is TimeSpan retry)
        {
            problem.Extensions["retryAfterSeconds"] = (int)Math.Ceiling(retry.TotalSeconds);
        }

        return problem;
    }

    /// <summary>Builds a ProblemDetails for a code.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="detail">What happened and how to fix it (no prompt text).</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails Create(string code, string detail)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return new ProblemDetails
        {
            Type = TypePrefix + code,
            Title = code.Replace('_', ' '),
            Status = StatusCodeFor(code),
            Detail = detail,
            Extensions = { ["code"] = code },
        };
    }

    internal static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (problem.Extensions.TryGetValue("retryAfterSeconds", out object? seconds) && seconds is int s)
        {
            context.Response.Headers.RetryAfter = s.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        IProblemDetailsService? service = context.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
        if (service is null || !await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).ConfigureAwait(false))
        {
            await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json").ConfigureAwait(false);
        }
    }
}
