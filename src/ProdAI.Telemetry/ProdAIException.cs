using ProdAI.Telemetry.Attribution;

namespace ProdAI.Telemetry;

/// <summary>
/// Base type of every exception a ProdAI component throws when it refuses a request. <see cref="Code"/> is stable and
/// <c>snake_case</c> (for example <c>budget_exceeded</c>); ProdAI.AspNetCore maps it to an RFC 9457 ProblemDetails response.
/// </summary>
/// <remarks>Messages never contain prompt or response text.</remarks>
public class ProdAIException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ProdAIException"/> class.</summary>
    /// <param name="code">The stable, machine-readable error code.</param>
    /// <param name="message">A message that says what happened and how to fix it.</param>
    /// <param name="scope">The attribution of the refused request, when known.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ProdAIException(string code, string message, CallAttribution? scope = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Scope = scope;
    }

    /// <summary>Gets the stable, <c>snake_case</c> error code, such as <c>budget_exceeded</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the attribution (tenant, user, feature) of the refused request, when known.</summary>
    public CallAttribution? Scope { get; }

    /// <summary>Gets the time after which the same request may succeed (a budget window or rate limit resetting), or <see langword="null"/>.</summary>
    /// <remarks>ProdAI.AspNetCore sends it as the <c>Retry-After</c> header.</remarks>
    public virtual TimeSpan? RetryAfter => null;
}
