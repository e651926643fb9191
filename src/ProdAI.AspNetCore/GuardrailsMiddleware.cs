using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ProdAI.AspNetCore;

/// <summary>Screens chat request bodies before the rest of the pipeline; answers refusals with ProblemDetails.</summary>
internal sealed class GuardrailsMiddleware(RequestDelegate next, ChatRequestScreener screener)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ProblemDetails? problem = await screener.ScreenAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (problem is not null)
        {
            await ProdAIProblemDetails.WriteAsync(context, problem).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
