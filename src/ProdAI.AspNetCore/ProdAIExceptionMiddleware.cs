using Microsoft.AspNetCore.Http;
using ProdAI.Telemetry;

namespace ProdAI.AspNetCore;

/// <summary>Turns a <see cref="ProdAIException"/> thrown further down the pipeline into a ProblemDetails response.</summary>
internal sealed class ProdAIExceptionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (ProdAIException ex) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await ProdAIProblemDetails.WriteAsync(context, ProdAIProblemDetails.Create(ex)).ConfigureAwait(false);
        }
    }
}
