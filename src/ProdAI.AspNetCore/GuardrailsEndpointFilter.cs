using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ProdAI.AspNetCore;

/// <summary>The per-endpoint form of the guardrails middleware.</summary>
internal sealed class GuardrailsEndpointFilter(ChatRequestScreener screener) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ProblemDetails? problem = await screener.ScreenAsync(context.HttpContext.Request, context.HttpContext.RequestAborted).ConfigureAwait(false);
        return problem is null ? await next(context).ConfigureAwait(false) : Results.Problem(problem);
    }
}
