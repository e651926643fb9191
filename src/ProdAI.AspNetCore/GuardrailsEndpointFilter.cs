using System.IO.Pipelines;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ProdAI.AspNetCore;

/// <summary>
/// The per-endpoint form of the guardrails middleware. A filter runs after the endpoint's parameters were bound, so a
/// body bound to a type (<c>(ChatRequest request) =&gt; …</c>) has been read by then: every argument that may hold it (not a
/// service, a primitive or a framework type) is screened as the binder read it, serialised with the app's JSON options; an
/// endpoint that reads the body itself (<c>(HttpRequest request)</c>, <c>(Stream body)</c>, <c>(PipeReader body)</c>) has its
/// body screened, and is handed the body again from its start.
/// </summary>
internal sealed class GuardrailsEndpointFilter(ChatRequestScreener screener) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpContext http = context.HttpContext;
        System.Text.Json.JsonSerializerOptions json = http.RequestServices.GetService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions
            ?? System.Text.Json.JsonSerializerOptions.Web;
        if (http.Request.ContentLength > screener.MaxBodyBytes && http.Request.HasJsonContentType())
        {
            return Results.Problem(ProdAIProblemDetails.Create(ProdAI.Telemetry.ProdAIErrorCodes.InputTooLarge, $"The request body is larger than {screener.MaxBodyBytes} bytes."));
        }

        IServiceProviderIsService? isService = http.RequestServices.GetService<IServiceProviderIsService>();
        System.Reflection.ParameterInfo[]? parameters = http.GetEndpoint()?.Metadata.GetMetadata<System.Reflection.MethodInfo>()?.GetParameters();
        bool screened = false;
        for (int i = 0; i < context.Arguments.Count; i++)
        {
            object? argument = context.Arguments[i];
            System.Reflection.ParameterInfo? parameter = parameters is not null && parameters.Length == context.Arguments.Count ? parameters[i] : null;
            if (!MayHoldTheBody(argument, parameter, isService))
            {
                continue;
            }

            (ProblemDetails? found, bool isChat) = await screener.ScreenArgumentAsync(argument!, json, http.RequestAborted).ConfigureAwait(false);
            if (found is not null)
            {
                return Results.Problem(found);
            }

            screened |= isChat;
        }

        if (screened)
        {
            return await next(context).ConfigureAwait(false);
        }

        // The endpoint reads the body itself. A Stream or PipeReader argument was bound to the body before the screen read it:
        // it is replaced by the screened body, rewound.
        Stream originalBody = http.Request.Body;
        PipeReader originalReader = http.Request.BodyReader;
        ProblemDetails? problem = await screener.ScreenAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (problem is not null)
        {
            return Results.Problem(problem);
        }

        for (int i = 0; i < context.Arguments.Count; i++)
        {
            if (ReferenceEquals(context.Arguments[i], originalBody) && !ReferenceEquals(originalBody, http.Request.Body))
            {
                context.Arguments[i] = http.Request.Body;
            }
            else if (ReferenceEquals(context.Arguments[i], originalReader) && !ReferenceEquals(originalBody, http.Request.Body))
            {
                context.Arguments[i] = http.Request.BodyReader;
            }
        }

        return await next(context).ConfigureAwait(false);
    }

    // Whether an argument may be the body bound to a type: not a service (by its parameter's declared type or attribute), a
    // primitive, text or a framework type.
    private static bool MayHoldTheBody(object? argument, System.Reflection.ParameterInfo? parameter, IServiceProviderIsService? isService)
    {
        if (argument is null or string or Stream or PipeReader or HttpContext or HttpRequest or HttpResponse or ClaimsPrincipal
            or CancellationToken or IFormFile or IFormFileCollection or IFormCollection or Uri or IServiceProvider)
        {
            return false;
        }

        if (parameter is not null && (isService?.IsService(parameter.ParameterType) == true
            || parameter.IsDefined(typeof(FromServicesAttribute), inherit: true)
            || parameter.IsDefined(typeof(FromKeyedServicesAttribute), inherit: true)))
        {
            return false;
        }

        Type type = argument.GetType();
        return !(type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(Guid) || type == typeof(TimeSpan) || type == typeof(DateOnly) || type == typeof(TimeOnly)
            || isService?.IsService(type) == true);
    }
}
