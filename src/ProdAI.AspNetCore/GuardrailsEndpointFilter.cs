using System.IO.Pipelines;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ProdAI.AspNetCore;

/// <summary>
/// The per-endpoint form of the guardrails middleware. A filter runs after the endpoint's parameters were bound, so a
/// body bound to a type (<c>(ChatRequest request) =&gt; …</c>) has been read by then: the arguments bound from the body (the
/// types the endpoint accepts, <c>[FromBody]</c> parameters, and such members of an <c>[AsParameters]</c> argument) are
/// screened as the binder read them, serialised with the app's JSON options; one that cannot be serialised is refused,
/// not passed unscreened. An endpoint that reads the body itself (<c>(HttpRequest request)</c>, <c>(Stream body)</c>,
/// <c>(PipeReader body)</c>) has its body screened, and is handed the body again from its start.
/// </summary>
internal sealed class GuardrailsEndpointFilter(ChatRequestScreener screener) : IEndpointFilter
{
    // The app's JSON options without a reference handler ("$id"/"$values" would hide the messages array), one copy per options.
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Plain = [];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpContext http = context.HttpContext;
        if (http.Request.ContentLength > screener.MaxBodyBytes && http.Request.HasJsonContentType())
        {
            return Results.Problem(ProdAIProblemDetails.Create(ProdAI.Telemetry.ProdAIErrorCodes.InputTooLarge, $"The request body is larger than {screener.MaxBodyBytes} bytes."));
        }

        JsonSerializerOptions json = SerializerOptions(http);
        bool screened = false;
        foreach (object body in BodyArguments(context))
        {
            (ProblemDetails? found, bool isChat) = await screener.ScreenArgumentAsync(body, json, http.RequestAborted).ConfigureAwait(false);
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

    private static JsonSerializerOptions SerializerOptions(HttpContext http)
    {
        JsonSerializerOptions options = http.RequestServices.GetService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions
            ?? JsonSerializerOptions.Web;
        return options.ReferenceHandler is null ? options : Plain.GetValue(options, static o => new JsonSerializerOptions(o) { ReferenceHandler = null });
    }

    // The arguments bound from the body: a parameter whose declared type the endpoint accepts (IAcceptsMetadata, every
    // entry: [Consumes] adds one without a type), a [FromBody] parameter, an MVC action parameter bound from the body
    // ([ApiController] infers it without an attribute), or such members of an [AsParameters] argument. Services, route
    // values, query strings and headers are never serialised.
    private static IEnumerable<object> BodyArguments(EndpointFilterInvocationContext context)
    {
        Endpoint? endpoint = context.HttpContext.GetEndpoint();
        Type[] accepted = [.. (endpoint?.Metadata.GetOrderedMetadata<IAcceptsMetadata>() ?? []).Select(m => m.RequestType).OfType<Type>().Distinct()];
        var action = endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>();
        HashSet<string> mvcBody = [.. (action?.Parameters ?? []).Where(p => p.BindingInfo?.BindingSource == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body).Select(p => p.Name)];
        ParameterInfo[]? parameters = (endpoint?.Metadata.GetMetadata<MethodInfo>() ?? action?.MethodInfo)?.GetParameters();
        if (parameters is not null && parameters.Length != context.Arguments.Count)
        {
            parameters = null;
        }

        for (int i = 0; i < context.Arguments.Count; i++)
        {
            object? argument = context.Arguments[i];
            if (argument is null or Stream or PipeReader)
            {
                continue;
            }

            ParameterInfo? parameter = parameters?[i];
            if (parameter is null
                ? argument is not string && accepted.Any(t => t != typeof(object) && t.IsInstanceOfType(argument))
                : HasFromBody(parameter) || mvcBody.Contains(parameter.Name!) || accepted.Contains(parameter.ParameterType))
            {
                yield return argument;
            }
            else if (parameter?.IsDefined(typeof(AsParametersAttribute), inherit: true) == true)
            {
                foreach (PropertyInfo property in argument.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length == 0 && (HasFromBody(property) || accepted.Contains(property.PropertyType))
                        && Value(property, argument) is { } member and not (Stream or PipeReader))
                    {
                        yield return member;
                    }
                }
            }
        }
    }

    private static bool HasFromBody(ICustomAttributeProvider target) => target.GetCustomAttributes(inherit: true).OfType<IFromBodyMetadata>().Any();

    // A member's value, or null when its getter throws (a value that cannot be read was not bound from the body either).
    private static object? Value(PropertyInfo property, object target)
    {
        try
        {
            return property.GetValue(target);
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }
}
