using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ProdAI.AspNetCore;

/// <summary>
/// The per-endpoint form of the guardrails middleware. A filter runs after the endpoint's parameters were bound, so a
/// body bound to a type (<c>(ChatRequest request) =&gt; …</c>) has been read by then: such arguments are screened as the
/// binder read them (serialised with the app's JSON options); an endpoint that reads the body itself
/// (<c>(HttpRequest request) =&gt; …</c>) has its body screened.
/// </summary>
internal sealed class GuardrailsEndpointFilter(ChatRequestScreener screener) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpContext http = context.HttpContext;
        System.Text.Json.JsonSerializerOptions json = http.RequestServices.GetService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions
            ?? System.Text.Json.JsonSerializerOptions.Web;
        bool screened = false;
        foreach (object? argument in context.Arguments)
        {
            if (argument is null or string or HttpContext or HttpRequest or HttpResponse or CancellationToken or Stream or System.IO.Pipelines.PipeReader or IFormFile or IFormFileCollection or IFormCollection ||
                argument.GetType().IsPrimitive || argument is Enum or decimal or DateTime or DateTimeOffset or Guid)
            {
                continue;
            }

            (ProblemDetails? found, bool isChat) = await screener.ScreenArgumentAsync(argument, json, http.RequestAborted).ConfigureAwait(false);
            if (found is not null)
            {
                return Results.Problem(found);
            }

            screened |= isChat;
        }

        ProblemDetails? problem = screened ? null : await screener.ScreenAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        return problem is null ? await next(context).ConfigureAwait(false) : Results.Problem(problem);
    }
}
