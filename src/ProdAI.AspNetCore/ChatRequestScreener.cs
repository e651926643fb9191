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
        if (!HttpMethods.IsPost(request.Method))
        {
            return null;
        }

        // A JSON body is screened whatever its declared type: a proxy or a lenient backend parses a text/plain (or untyped)
        // body as JSON all the same. Other types are screened when the body opens with '{'.
        bool declaredJson = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        if (!declaredJson && !(request.ContentType is null || request.ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (request.Body.CanSeek && request.Body.Position > 0)
        {
            request.Body.Position = 0; // read before (an endpoint filter runs after the body was bound): screen it from the start
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return ProdAIProblemDetails.Create(ProdAIErrorCodes.InputTooLarge, $"The request body is larger than {MaxBodyBytes} bytes.");
        }

        // Parse straight from the buffered body (no second copy), then rewind it for the endpoint.
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        if (!declaredJson && !await OpensAsObjectAsync(request.Body, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, ParseOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException) when (request.ContentLength is null or > MaxBodyBytes || BufferedPastLimit(request))
        {
            return ProdAIProblemDetails.Create(ProdAIErrorCodes.InputTooLarge, $"The request body is larger than {MaxBodyBytes} bytes.");
        }
        catch (IOException)
        {
            return ProdAIProblemDetails.Create("invalid_request", "The request body could not be read.");
        }
        catch (JsonException) when (request.Body.Position == 0 || !declaredJson)
        {
            return null; // no JSON body to screen: empty, already read by the endpoint's binder (see ScreenArgumentAsync), or text
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
            return (await ScreenDocumentAsync(document.RootElement, cancellationToken).ConfigureAwait(false)).Problem;
        }
    }

    /// <summary>
    /// Screens a value an endpoint bound from the body (a minimal API parameter: by then the body has been read, and a
    /// filter sees the object, not the bytes), serialised as the endpoint's binder reads it; <see langword="null"/> when it
    /// is not a chat request or passes, and whether it carried <c>messages</c>.
    /// </summary>
    public async Task<(ProblemDetails? Problem, bool IsChatRequest)> ScreenArgumentAsync(object argument, JsonSerializerOptions serializerOptions, CancellationToken cancellationToken)
    {
        JsonElement root;
        try
        {
            root = JsonSerializer.SerializeToElement(argument, argument.GetType(), serializerOptions);
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException)
        {
            return (null, false); // not a JSON-shaped value (a stream, a form)
        }

        return await ScreenDocumentAsync(root, cancellationToken).ConfigureAwait(false);
    }

    // The problem to answer with, or null; and whether the document is a chat request at all.
    private async Task<(ProblemDetails? Problem, bool IsChatRequest)> ScreenDocumentAsync(JsonElement root, CancellationToken cancellationToken)
    {
        // Property names as the endpoint's binder sees them (ASP.NET Core's web defaults match them case-insensitively):
        // "Messages" and "ROLE" count, and a chat request that names a property twice, in any case, is refused — the
        // screener and whatever parses the body next could read different copies.
        if (root.ValueKind != JsonValueKind.Object || Property(root, "messages") is not { ValueKind: JsonValueKind.Array } messages)
        {
            return (null, false); // not a chat request: nothing to screen
        }

        if (HasDuplicateProperty(root))
        {
            return (ProdAIProblemDetails.Create("invalid_request", "The request body names the same property twice."), true);
        }

        int count = messages.GetArrayLength();
        if (count > options.MaxMessages)
        {
            return (ProdAIProblemDetails.Create(ProdAIErrorCodes.InputTooLarge, $"The request has {count} messages; the limit is {options.MaxMessages}."), true);
        }

        int index = 0;
        foreach (JsonElement message in messages.EnumerateArray())
        {
            string role = message.ValueKind == JsonValueKind.Object && Property(message, "role") is { ValueKind: JsonValueKind.String } r
                ? r.GetString()!.ToLowerInvariant()
                : string.Empty;
            string text = Text(message);
            ProblemDetails? problem = role switch
            {
                "user" => await CheckAsync(text, index, InjectionScanMode.Prompt, options.PromptInjection, checkPii: true, cancellationToken).ConfigureAwait(false),
                "tool" or "function" => await CheckAsync(text, index, InjectionScanMode.Document, options.IndirectInjection, checkPii: false, cancellationToken).ConfigureAwait(false),
                _ => null,
            };
            if (problem is not null)
            {
                return (problem, true);
            }

            index++;
        }

        return (null, true);
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

    // A property by name, ignoring case (the last one, as System.Text.Json's binder keeps, when a name repeats).
    private static JsonElement? Property(JsonElement element, string name)
    {
        JsonElement? found = null;
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                found = property.Value;
            }
        }

        return found;
    }

    // Whether any object in the document names a property twice, ignoring case (depth is bounded by the parser's 64).
    private static bool HasDuplicateProperty(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!names.Add(property.Name) || HasDuplicateProperty(property.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (HasDuplicateProperty(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    // Whether the body's first non-blank byte is '{' (read from the buffered body, which is rewound).
    private static async Task<bool> OpensAsObjectAsync(Stream body, CancellationToken cancellationToken)
    {
        byte[] head = new byte[256];
        int read = await body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        body.Position = 0;
        int first = Array.FindIndex(head, 0, read, b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF));
        return first >= 0 && head[first] == (byte)'{';
    }

    // The buffered body passed its limit (EnableBuffering throws an IOException then).
    private static bool BufferedPastLimit(HttpRequest request) => request.Body.CanSeek && request.Body.Position >= MaxBodyBytes;

    private static string Text(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object || Property(message, "content") is not { } content)
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
            if (part.ValueKind == JsonValueKind.Object && Property(part, "text") is { ValueKind: JsonValueKind.String } t)
            {
                parts.Add(t.GetString()!);
            }
        }

        return string.Join('\n', parts);
    }
}
