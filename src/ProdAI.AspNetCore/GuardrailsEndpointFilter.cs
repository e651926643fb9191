using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ProdAI.AspNetCore;

/// <summary>
/// The per-endpoint form of the guardrails middleware. A filter runs after the endpoint's parameters were bound, so a
/// body bound to a type (<c>(ChatRequest request) =&gt; …</c>) has been read by then: that argument (the endpoint's
/// accepted request type) is screened as the binder read it, serialised with the app's JSON options; an endpoint that
/// reads the body itself (<c>(HttpRequest request) =&gt; …</c>) has its body screened.
/// </summary>
internal sealed class GuardrailsEndpointFilter(ChatRequestScreener screener) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpContext http = context.HttpContext;
        System.Text.Json.JsonSerializerOptions json = http.RequestServices.GetService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions
            ?? System.Text.Json.JsonSerializerOptions.Web;
        // Only the argument bound from the body (the endpoint's accepted request type): services and other parameters are
        // never serialised.
        Type? bodyType = http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;
        bool screened = false;
        foreach (object? argument in context.Arguments)
        {
            if (bodyType is null || argument is null or string or Stream || !bodyType.IsInstanceOfType(argument))
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
