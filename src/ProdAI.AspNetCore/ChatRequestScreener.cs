using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
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
    // Lenient as the parsers behind an endpoint may be (comments, trailing commas): a body one of them reads as a chat request
    // must not slip past as "not JSON".
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Gets the largest body the screen reads (<see cref="GuardrailsOptions.MaxRequestBodyBytes"/>).</summary>
    public long MaxBodyBytes => options.MaxRequestBodyBytes;

    public async Task<ProblemDetails?> ScreenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Any method that can carry a body (a PUT or a PATCH carries a chat request as well as a POST).
        if (request.ContentLength == 0 || request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return null;
        }

        // Declared JSON (application/json, */*+json) is screened; so is any other body, multipart and media types aside, that
        // opens with '{' — a proxy or a lenient backend parses a text/plain, untyped or form-typed body as JSON all the same.
        BodyKind kind = Classify(request.ContentType, out Encoding? charset);
        if (kind == BodyKind.Other)
        {
            return null;
        }

        if (kind == BodyKind.Json && request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        if (request.Body.CanSeek)
        {
            request.Body.Position = 0; // read before (an endpoint filter runs after the body was bound): screen it from the start
        }

        // The start of the body, up to its first byte that is not whitespace: a body that does not open as JSON is handed on
        // unbuffered, the bytes read put back in front of it.
        byte[] head;
        int first;
        try
        {
            (head, first) = await ReadHeadAsync(request.Body, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return Invalid("The request body could not be read.");
        }

        Encoding encoding = DetectBom(head) ?? charset ?? Encoding.UTF8;
        bool utf8 = encoding.CodePage == Encoding.UTF8.CodePage;
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
        }
        else
        {
            request.Body = new PrefixedStream(head, request.Body);
        }

        if (head.Length == 0 || (utf8 && kind == BodyKind.Sniffed && (first < 0 || head[first] != (byte)'{')))
        {
            return null; // empty (or read by the endpoint's binder already, see ScreenArgumentAsync), or not JSON
        }

        // Parse from the buffered body (no second copy), then rewind it for the endpoint.
        request.EnableBuffering(bufferThreshold: 64 * 1024);
        var limited = new LimitedReadStream(request.Body, MaxBodyBytes);
        JsonDocument? document;
        try
        {
            document = utf8
                ? await JsonDocument.ParseAsync(limited, ParseOptions, cancellationToken).ConfigureAwait(false)
                : await ParseTranscodedAsync(limited, encoding, kind, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestBodyTooLargeException)
        {
            return TooLarge();
        }
        catch (IOException)
        {
            return Invalid("The request body could not be read.");
        }
        catch (Exception ex) when (ex is JsonException or DecoderFallbackException)
        {
            // Declared JSON that is not: refused. Another type that only opened with '{': text, passed on.
            return kind == BodyKind.Json ? Invalid("The request body is not valid JSON, or nests deeper than 64 levels.") : null;
        }
        finally
        {
            request.Body.Position = 0;
        }

        if (document is null)
        {
            return null; // transcoded text that does not open as an object
        }

        using (document)
        {
            return (await ScreenDocumentSafelyAsync(document.RootElement, cancellationToken).ConfigureAwait(false)).Problem;
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

        return await ScreenDocumentSafelyAsync(root, cancellationToken).ConfigureAwait(false);
    }

    // A JSON string with an unpaired surrogate escape ("\ud800") parses, and throws when read as a .NET string: refused as
    // the invalid text it is instead of failing the request with a 500.
    private async Task<(ProblemDetails? Problem, bool IsChatRequest)> ScreenDocumentSafelyAsync(JsonElement root, CancellationToken cancellationToken)
    {
        try
        {
            return await ScreenDocumentAsync(root, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return (Invalid("The request body holds a string that is not valid Unicode (an unpaired surrogate escape)."), true);
        }
    }

    // The problem to answer with, or null; and whether the document is a chat request at all.
    private async Task<(ProblemDetails? Problem, bool IsChatRequest)> ScreenDocumentAsync(JsonElement root, CancellationToken cancellationToken)
    {
        // Property names as the endpoint's binder sees them (ASP.NET Core's web defaults match them case-insensitively):
        // "Messages" and "ROLE" count, and a chat request that names a property of an object the screen reads twice, in any
        // case, is refused — the screener and whatever parses the body next could read different copies. A second
        // "messages" of any type refuses the body before it is classified: the copy that is not an array must not make it
        // look like something else.
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, false);
        }

        int named = 0;
        foreach (JsonProperty property in root.EnumerateObject())
        {
            named += IsNamed(property, "messages") ? 1 : 0;
        }

        if (named > 1)
        {
            return (Invalid("The request body names the same property twice."), true);
        }

        if (Property(root, "messages") is not { ValueKind: JsonValueKind.Array } messages)
        {
            return (null, false); // not a chat request: nothing to screen
        }

        if (HasDuplicateProperty(root) || messages.EnumerateArray().Any(HasDuplicateInMessage))
        {
            return (Invalid("The request body names the same property twice."), true);
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
                // The categories, not the score: a score would tell an attacker how close a rewording came.
                return ProdAIProblemDetails.Create(ProdAIErrorCodes.PromptInjection, $"Message {index} was refused: {string.Join(", ", result.Categories)}.");
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
            if (IsNamed(property, name))
            {
                found = property.Value;
            }
        }

        return found;
    }

    private static bool IsNamed(JsonProperty property, string name) =>
        property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase);

    // Whether one object names a property twice, ignoring case (only the objects the screen reads are checked: a tool's
    // parameter schema may well have "id" and "ID").
    private static bool HasDuplicateProperty(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                return true;
            }
        }

        return false;
    }

    // A message, and each part of its content.
    private static bool HasDuplicateInMessage(JsonElement message) =>
        HasDuplicateProperty(message)
        || (message.ValueKind == JsonValueKind.Object && Property(message, "content") is { ValueKind: JsonValueKind.Array } parts && parts.EnumerateArray().Any(HasDuplicateProperty));

    private enum BodyKind
    {
        Json,
        Sniffed,
        Other,
    }

    // Declared JSON, another type whose opening is looked at, or a type that is never a chat request; and the declared
    // charset, when there is one .NET knows.
    private static BodyKind Classify(string? contentType, out Encoding? charset)
    {
        charset = null;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? media) || media.MediaType.Value is not { } type)
        {
            return BodyKind.Sniffed;
        }

        if (media.Charset.HasValue)
        {
            try
            {
                charset = Encoding.GetEncoding(media.Charset.Value!);
            }
            catch (ArgumentException)
            {
                // an unknown charset: read as UTF-8, the only encoding JSON exchanged between systems may use (RFC 8259)
            }
        }

        if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Json;
        }

        return type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("video/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("font/", StringComparison.OrdinalIgnoreCase)
            ? BodyKind.Other
            : BodyKind.Sniffed;
    }

    // Reads the body until its first byte that is not JSON whitespace (a UTF-8 byte order mark skipped; at least four bytes,
    // for the other marks), or to its end when it is shorter; never much more than the limit. Returns every byte read and
    // the index of that first byte (-1 when there is none).
    private async Task<(byte[] Bytes, int First)> ReadHeadAsync(Stream body, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[512];
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            int read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            length += read;
            int skip = buffer.AsSpan(0, length) is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            int first = length < 4 && read > 0 ? -1 : buffer.AsSpan(0, length)[Math.Min(skip, length)..].IndexOfAnyExcept(" \t\r\n"u8);
            if (first >= 0 || read == 0 || length > MaxBodyBytes)
            {
                return (buffer[..length], first < 0 ? -1 : first + Math.Min(skip, length));
            }
        }
    }

    // The encoding a byte order mark names (UTF-16 or UTF-32), or null for UTF-8 or none.
    private static Encoding? DetectBom(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true),
        [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true),
        [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
        [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
        _ => null,
    };

    // A body in UTF-16 or UTF-32 (a byte order mark or the declared charset): decoded, then parsed; null when the text does not
    // open as an object and was not declared JSON.
    private static async Task<JsonDocument?> ParseTranscodedAsync(Stream body, Encoding encoding, BodyKind kind, CancellationToken cancellationToken)
    {
        using var bytes = new MemoryStream();
        await body.CopyToAsync(bytes, cancellationToken).ConfigureAwait(false);
        Encoding strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        string text = strict.GetString(bytes.GetBuffer(), 0, (int)bytes.Length).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return kind == BodyKind.Sniffed && !text.StartsWith('{') ? null : JsonDocument.Parse(text, ParseOptions);
    }

    private ProblemDetails TooLarge() => ProdAIProblemDetails.Create(ProdAIErrorCodes.InputTooLarge, $"The request body is larger than {MaxBodyBytes} bytes.");

    private static ProblemDetails Invalid(string detail) => ProdAIProblemDetails.Create("invalid_request", detail);

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
