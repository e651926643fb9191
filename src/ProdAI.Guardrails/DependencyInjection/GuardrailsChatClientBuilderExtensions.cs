using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProdAI.Guardrails.Pipeline;
using ProdAI.Telemetry.Tokens;

namespace Microsoft.Extensions.AI;

/// <summary>Adds ProdAI's guardrails to a <see cref="ChatClientBuilder"/> pipeline.</summary>
public static class GuardrailsChatClientBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="GuardrailsChatClient"/>. Policies come from <c>AddProdAIGuardrails(...)</c> when registered (then
    /// <paramref name="configure"/> adjusts a copy), otherwise from the defaults. A registered
    /// <see cref="ProdAI.Guardrails.PromptInjection.IAsyncPromptInjectionClassifier"/> is consulted as a second injection model.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Adjusts the policies for this pipeline, or <see langword="null"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ChatClientBuilder UseGuardrails(this ChatClientBuilder builder, Action<GuardrailsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            GuardrailsOptions options = services.GetService<IOptions<GuardrailsOptions>>()?.Value ?? new GuardrailsOptions();
            if (configure is not null)
            {
                options = options.Clone();
                configure(options);
            }

            return new GuardrailsChatClient(inner, options, services.GetService<ITokenCounter>(), services.GetService<IMeterFactory>(), services.GetService<ProdAI.Guardrails.PromptInjection.IAsyncPromptInjectionClassifier>());
        });
    }

    /// <summary>
    /// Adds a <see cref="ProdAI.Guardrails.Pii.PiiPseudonymizingChatClient"/>: personal data is replaced by pseudonyms before the
    /// model and restored in the answer.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="detector">The detector; the default one when <see langword="null"/>.</param>
    /// <param name="configure">Adjusts the client (for example <see cref="ProdAI.Guardrails.Pii.PiiPseudonymizingChatClient.WithheldFromToolCalls"/>).</param>
    /// <returns>The builder, for chaining.</returns>
    public static ChatClientBuilder UsePiiPseudonymization(this ChatClientBuilder builder, ProdAI.Guardrails.Pii.PiiDetector? detector = null, Action<ProdAI.Guardrails.Pii.PiiPseudonymizingChatClient>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner =>
        {
            var client = new ProdAI.Guardrails.Pii.PiiPseudonymizingChatClient(inner, detector);
            configure?.Invoke(client);
            return client;
        });
    }
}
