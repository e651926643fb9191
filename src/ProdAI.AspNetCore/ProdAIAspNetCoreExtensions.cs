using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProdAI.AspNetCore;
using ProdAI.Guardrails;
using ProdAI.Guardrails.Pipeline;
using ProdAI.Guardrails.PromptInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>ASP.NET Core integration of ProdAI.</summary>
public static class ProdAIAspNetCoreExtensions
{
    /// <summary>
    /// Screens every request whose body carries an OpenAI-format chat request (declared JSON, or another type that opens as
    /// JSON; uploads and gRPC are never read) with the guardrail policies registered by <c>services.AddProdAIGuardrails(...)</c>;
    /// refusals are answered with RFC 9457 ProblemDetails (400 <c>prompt_injection</c> / <c>pii_blocked</c> /
    /// <c>invalid_request</c>, 413 <c>input_too_large</c>) that never echo the request. The screen can only refuse:
    /// <c>Block</c> and <c>Redact</c> refuse, <c>Flag</c> lets the request through, input PII is refused only under
    /// <c>Block</c>, and token limits, redaction and output checks are left to the chat client (<c>UseGuardrails()</c>).
    /// Put it after <c>UseRouting()</c>, so that an endpoint's own body-size limit applies before the screen reads the body.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <returns>The application, for chaining.</returns>
    /// <exception cref="InvalidOperationException"><c>AddProdAIGuardrails</c> was not called.</exception>
    public static IApplicationBuilder UseProdAIGuardrails(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        EnsureScreener(app.ApplicationServices);
        return app.UseMiddleware<GuardrailsMiddleware>(CreateScreener(app.ApplicationServices));
    }

    /// <summary>Maps every <c>ProdAIException</c> (budgets, guardrails, rate limits …) thrown by later middleware or endpoints to ProblemDetails.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application, for chaining.</returns>
    public static IApplicationBuilder UseProdAIProblemDetails(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<ProdAIExceptionMiddleware>();
    }

    /// <summary>
    /// Screens this endpoint's chat requests with the guardrails (the per-endpoint form of <see cref="UseProdAIGuardrails"/>):
    /// the raw body is screened before the endpoint binds it (minimal APIs and MVC actions alike).
    /// </summary>
    /// <typeparam name="TBuilder">The endpoint convention builder.</typeparam>
    /// <param name="builder">The endpoint.</param>
    /// <returns>The builder, for chaining.</returns>
    public static TBuilder RequireGuardrails<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The raw body is screened before the endpoint binds it: the endpoint's request delegate (minimal API or MVC action)
        // is wrapped once it is built. Binding to a type, a Stream or a string then reads the screened, rewound body — no
        // bound object has to be serialised back, which no serializer setting (MVC's, Newtonsoft, converters) can get wrong.
        builder.Finally(endpoint =>
        {
            EnsureScreener(endpoint.ApplicationServices);
            Microsoft.AspNetCore.Http.RequestDelegate inner = endpoint.RequestDelegate
                ?? throw new InvalidOperationException("RequireGuardrails() needs an endpoint with a request delegate.");
            ChatRequestScreener screener = CreateScreener(endpoint.ApplicationServices);
            endpoint.RequestDelegate = async context =>
            {
                if (await screener.ScreenAsync(context.Request, context.RequestAborted).ConfigureAwait(false) is { } problem)
                {
                    await ProdAIProblemDetails.WriteAsync(context, problem).ConfigureAwait(false);
                    return;
                }

                await inner(context).ConfigureAwait(false);
            };
        });
        return builder;
    }

    private static void EnsureScreener(IServiceProvider services)
    {
        if (services.GetService<GuardrailsMarker>() is null)
        {
            throw new InvalidOperationException("ProdAI guardrails are not registered: call builder.Services.AddProdAIGuardrails(...) before UseProdAIGuardrails() or RequireGuardrails().");
        }

        // The detector's models and automata (about a second of one core) are built in the background while the application
        // starts, not by its first requests; a request that comes sooner waits only for what it needs. Once per process.
        if (Interlocked.Exchange(ref _warmUpStarted, 1) == 0)
        {
            _ = Task.Run(PromptInjectionDetector.WarmUp);
        }
    }

    private static int _warmUpStarted;

    internal static ChatRequestScreener CreateScreener(IServiceProvider services)
    {
        GuardrailsOptions options = services.GetRequiredService<IOptions<GuardrailsOptions>>().Value;
        return new ChatRequestScreener(
            options,
            options.CreateInjectionDetector(services.GetService<IAsyncPromptInjectionClassifier>()),
            options.CreatePiiDetector(),
            services.GetService<ILoggerFactory>()?.CreateLogger("ProdAI.AspNetCore.Guardrails"));
    }
}
