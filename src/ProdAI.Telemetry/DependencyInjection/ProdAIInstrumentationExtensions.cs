using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OpenTelemetry;

/// <summary>Subscribes OpenTelemetry's tracer and meter providers to every ProdAI package.</summary>
public static class ProdAIInstrumentationExtensions
{
    /// <summary>The wildcard that matches every ProdAI <c>ActivitySource</c> and <c>Meter</c> (<c>ProdAI.Telemetry</c>, <c>ProdAI.Guardrails</c> …).</summary>
    public const string SourceWildcard = "ProdAI.*";

    /// <summary>The source and meter name of Microsoft.Extensions.AI's <c>OpenTelemetryChatClient</c> (the <c>gen_ai.*</c> spans and metrics).</summary>
    public const string MicrosoftExtensionsAISourceName = "Experimental.Microsoft.Extensions.AI";

    /// <summary>Adds the ProdAI activity sources and Microsoft.Extensions.AI's to the tracer provider.</summary>
    /// <param name="builder">The tracer provider builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static TracerProviderBuilder AddProdAIInstrumentation(this TracerProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSource(SourceWildcard, MicrosoftExtensionsAISourceName);
    }

    /// <summary>Adds the ProdAI meters and Microsoft.Extensions.AI's to the meter provider.</summary>
    /// <param name="builder">The meter provider builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static MeterProviderBuilder AddProdAIInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter(SourceWildcard, MicrosoftExtensionsAISourceName);
    }
}
