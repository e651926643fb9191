using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ProdAI.Guardrails.Pii;
using ProdAI.Guardrails.Pipeline;
using ProdAI.Guardrails.PromptInjection;
using ProdAI.Telemetry;

namespace ProdAI.AspNetCore;

/// <summary>
/// Screens an OpenAI-format chat request body (<c>{"messages": [{"role", "content"}]}</c>, content as a string or as
/// parts with <c>"type": "text"</c>) with the guardrail policies: size and depth limits, message count, prompt injection
/// in user messages, indirect injection in tool messages, PII when the input policy blocks it. Returns the problem to
/// answer with, or <see langword="null"/> to let the request through. Never echoes the request.
/// </summary>
internal sealed class ChatRequestScreener(GuardrailsOptions options, PromptInjectionDetector injection, PiiDetector pii)
{
    public const int MaxBodyBytes = 4 * 1024 * 1024;
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    public async Task<ProblemDetails?> ScreenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method) || request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return ProdAIProblemDetails.Create(ProdAIErrorCodes.InputTooLarge, $"The request body is larger than {MaxBodyBytes} bytes.");
        }

        // Parse straight from the buffered body (no second copy), then rewind it for the endpoint.
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, ParseOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return ProdAIProblemDetails.Create(ProdAIErrorCodes.InputTooLarge, $"The request body is larger than {MaxBodyBytes} bytes.");
        }
        catch (JsonException)
        {
            return ProdAIProblemDetails.Create("invalid_request", "The request body is not valid JSON, or nests deeper than 64 levels.");
        }
        finally
        {
            request.Body.Position = 0;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object ||
                !document.RootElement.TryGetProperty("messages", out JsonElement messages) || messages.ValueKind != JsonValueKind.Array)
            {
                return null; // not a chat request: nothing to screen
            }

            int count = messages.GetArrayLength();
            if (count > options.MaxMessages)
            {
                return ProdAIProblemDetails.Create(ProdAIErrorCodes.InputTooLarge, $"The request has {count} messages; the limit is {options.MaxMessages}.");
            }

            int index = 0;
            foreach (JsonElement message in messages.EnumerateArray())
            {
                string role = message.TryGetProperty("role", out JsonElement r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : string.Empty;
                string text = Text(message);
                ProblemDetails? problem = role switch
                {
                    "user" => await CheckAsync(text, index, InjectionScanMode.Prompt, options.PromptInjection, checkPii: true, cancellationToken).ConfigureAwait(false),
                    "tool" or "function" => await CheckAsync(text, index, InjectionScanMode.Document, options.IndirectInjection, checkPii: false, cancellationToken).ConfigureAwait(false),
                    _ => null,
                };
                if (problem is not null)
                {
                    return problem;
                }

                index++;
            }
        }

        return null;
    }

    private async ValueTask<ProblemDetails?> CheckAsync(string text, int index, InjectionScanMode mode, GuardrailAction action, bool checkPii, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (action is GuardrailAction.Block or GuardrailAction.Redact)
        {
            PromptInjectionResult result = await injection.ScanAsync(text, mode, cancellationToken).ConfigureAwait(false);
            if (result.IsInjection)
            {
                return ProdAIProblemDetails.Create(ProdAIErrorCodes.PromptInjection, $"Message {index} was refused: {string.Join(", ", result.Categories)} (score {result.Score:0.00}).");
            }
        }

        if (checkPii && options.InputPii == GuardrailAction.Block)
        {
            IReadOnlyList<PiiEntity> found = pii.Detect(text);
            if (found.Count > 0)
            {
                return ProdAIProblemDetails.Create(ProdAIErrorCodes.PiiBlocked, $"Message {index} was refused: it contains {string.Join(", ", found.Select(e => e.Type).Distinct())}.");
            }
        }

        return null;
    }

    private static string Text(JsonElement message)
    {
        if (!message.TryGetProperty("content", out JsonElement content))
        {
            return string.Empty;
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString()!;
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        foreach (JsonElement part in content.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out JsonElement t) && t.ValueKind == JsonValueKind.String)
            {
                parts.Add(t.GetString()!);
            }
        }

        return string.Join('\n', parts);
    }
}
