using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.RegularExpressions;
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
internal sealed partial class ChatRequestScreener(GuardrailsOptions options, PromptInjectionDetector injection, PiiDetector pii)
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

        // Declared JSON (application/json, */*+json) is screened; so is any other body (gRPC aside) that opens with '{' or
        // a comment — a proxy or a lenient backend parses a text/plain, untyped, form- or even image-typed body as JSON all
        // the same. A declared charset is believed for declared JSON only.
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

        // The start of the body: a body that does not open as JSON is handed on unbuffered, the bytes read put back in front.
        byte[] head;
        int first;
        try
        {
            (head, first) = await ReadHeadAsync(request.Body, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            return Unreadable(ex);
        }

        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
        }
        else
        {
            request.Body = new PrefixedStream(head, request.Body);
        }

        if (head.Length == 0)
        {
            return null; // empty, or read by the endpoint's binder already (see ScreenArgumentAsync)
        }

        if (first < 0 && head.Length > MaxBodyBytes)
        {
            return TooLarge(); // whitespace past the limit: what follows it cannot be screened
        }

        Encoding? bom = DetectBom(head);
        if (kind == BodyKind.Sniffed && !(bom is null ? first >= 0 && head[first] is (byte)'{' or (byte)'/' : DecodedOpensAsObject(head, bom)))
        {
            return null; // not JSON
        }

        // Read the body (buffered for the endpoint, rewound after), up to the limit.
        request.EnableBuffering(bufferThreshold: 64 * 1024);
        byte[] body;
        try
        {
            using var all = new MemoryStream();
            await new LimitedReadStream(request.Body, MaxBodyBytes).CopyToAsync(all, cancellationToken).ConfigureAwait(false);
            body = all.ToArray();
        }
        catch (RequestBodyTooLargeException)
        {
            return TooLarge();
        }
        catch (IOException ex)
        {
            return Unreadable(ex);
        }
        finally
        {
            request.Body.Position = 0;
        }

        // The readings a parser behind the endpoint may make: the byte order mark's or the declared charset's, and UTF-8 when
        // the bytes are UTF-8 too (a backend that ignores the charset). Each is screened; one refusal refuses the request.
        Encoding? declared = kind == BodyKind.Json ? charset : null;
        Encoding encoding = bom ?? declared ?? Encoding.UTF8;
        var readings = new List<(ReadOnlyMemory<byte> Utf8, bool Primary)>();
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            readings.Add((body, true));
        }
        else
        {
            try
            {
                Encoding strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                int skip = bom is null ? 0 : bom.GetPreamble().Length;
                readings.Add((Encoding.UTF8.GetBytes(strict.GetString(body, skip, body.Length - skip)), true));
            }
            catch (DecoderFallbackException)
            {
                if (kind == BodyKind.Json && bom is not null)
                {
                    return Invalid($"The request body is not valid {encoding.WebName}.");
                }
            }

            if (bom is null && Utf8.IsValid(body))
            {
                readings.Add((body, readings.Count == 0));
            }
        }

        foreach ((ReadOnlyMemory<byte> utf8, bool primary) in readings)
        {
            if (await ScreenBytesAsync(StripUtf8Bom(utf8), kind, primary, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    // Declared JSON: one document (lenient: comments, trailing commas), refused when it is not JSON. Another type: every
    // top-level value a lenient parser could take (Go's and Newtonsoft's read the first one and ignore what follows), and a
    // body that reads as a chat request in some parser's eyes but not in System.Text.Json's ('…', unquoted names) is refused.
    private async Task<ProblemDetails?> ScreenBytesAsync(ReadOnlyMemory<byte> utf8, BodyKind kind, bool primary, CancellationToken cancellationToken)
    {
        if (kind == BodyKind.Json)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(utf8, ParseOptions);
            }
            catch (JsonException)
            {
                return primary ? Invalid("The request body is not valid JSON, or nests deeper than 64 levels.") : null;
            }

            using (document)
            {
                return (await ScreenDocumentSafelyAsync(document.RootElement, cancellationToken).ConfigureAwait(false)).Problem;
            }
        }

        var documents = new List<JsonDocument>();
        try
        {
            ReadValues(utf8, documents);
            if (documents.Count == 0)
            {
                return ChatKey().IsMatch(Encoding.UTF8.GetString(utf8.Span))
                    ? Invalid("The request body looks like a chat request but is not JSON the screen can read.")
                    : null;
            }

            foreach (JsonDocument document in documents)
            {
                if ((await ScreenDocumentSafelyAsync(document.RootElement, cancellationToken).ConfigureAwait(false)).Problem is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }
        finally
        {
            foreach (JsonDocument document in documents)
            {
                document.Dispose();
            }
        }
    }

    // Every top-level object, up to the first value that does not parse.
    private static void ReadValues(ReadOnlyMemory<byte> utf8, List<JsonDocument> documents)
    {
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions
        {
            AllowMultipleValues = true,
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 64,
        });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    documents.Add(JsonDocument.ParseValue(ref reader));
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // what follows is not JSON: the values before it are what a lenient parser takes
        }
    }

    // A "messages" key as a JSON-ish parser would read it: quoted either way or bare, then a colon.
    [GeneratedRegex(@"[""']?messages[""']?\s*:", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ChatKey();

    private static ReadOnlyMemory<byte> StripUtf8Bom(ReadOnlyMemory<byte> utf8) =>
        utf8.Span is [0xEF, 0xBB, 0xBF, ..] ? utf8[3..] : utf8;

    // A read that failed: the server's own verdict when it has one (413 too large, 408 too slow), otherwise 400.
    private ProblemDetails Unreadable(IOException exception) =>
        exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            ? TooLarge()
            : exception is BadHttpRequestException bad
                ? new ProblemDetails { Type = ProdAIProblemDetails.TypePrefix + "invalid_request", Title = "invalid request", Status = bad.StatusCode, Detail = "The request body could not be read.", Extensions = { ["code"] = "invalid_request" } }
                : Invalid("The request body could not be read.");

    /// <summary>
    /// Screens a value an endpoint bound from the body (a minimal API parameter: by then the body has been read, and a
    /// filter sees the object, not the bytes), serialised as the endpoint's binder reads it; <see langword="null"/> when it
    /// is not a chat request or passes, and whether it carried <c>messages</c>. A value that cannot be serialised is refused.
    /// </summary>
    public async Task<(ProblemDetails? Problem, bool IsChatRequest)> ScreenArgumentAsync(object argument, JsonSerializerOptions serializerOptions, CancellationToken cancellationToken)
    {
        JsonElement root;
        try
        {
            root = JsonSerializer.SerializeToElement(argument, argument.GetType(), serializerOptions);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The body was bound to it and read: it cannot be screened another way, so it is refused, not passed unscreened.
            return (Invalid("The request body could not be screened: the value it was bound to cannot be serialised as JSON."), true);
        }

        return await ScreenDocumentSafelyAsync(root, cancellationToken).ConfigureAwait(false);
    }

    // A JSON string with an unpaired surrogate escape ("\ud800") parses, and throws when read as a .NET string: the names and
    // strings the screen reads are checked first, and such a body is refused as the invalid text it is (not a 500).
    private async Task<(ProblemDetails? Problem, bool IsChatRequest)> ScreenDocumentSafelyAsync(JsonElement root, CancellationToken cancellationToken) =>
        HasInvalidUnicode(root)
            ? (Invalid("The request body holds a string that is not valid Unicode (an unpaired surrogate escape)."), true)
            : await ScreenDocumentAsync(root, cancellationToken).ConfigureAwait(false);

    // Whether a name or string the screen reads (the root's names; each message's names, role and content; each part's names
    // and text) is not valid UTF-16.
    private static bool HasInvalidUnicode(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        try
        {
            foreach (JsonProperty property in root.EnumerateObject())
            {
                _ = property.Name;
                if (property.Value.ValueKind != JsonValueKind.Array || !property.NameEquals("messages") && !string.Equals(property.Name, "messages", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                foreach (JsonElement message in property.Value.EnumerateArray())
                {
                    ReadAll(message);
                    if (message.ValueKind == JsonValueKind.Object && Property(message, "content") is { ValueKind: JsonValueKind.Array } parts)
                    {
                        foreach (JsonElement part in parts.EnumerateArray())
                        {
                            ReadAll(part);
                        }
                    }
                }
            }

            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }

        static void ReadAll(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (JsonProperty property in element.EnumerateObject())
            {
                _ = property.Name;
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    _ = property.Value.GetString();
                }
            }
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

    // Declared JSON, another type whose opening is looked at, or gRPC (never read: reading it would fix its size limit and
    // stall a duplex call); and the declared charset, when there is one .NET knows.
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

        return type.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) ? BodyKind.Other : BodyKind.Sniffed;
    }

    // Reads the body until its first byte that is not JSON whitespace (a UTF-8 byte order mark skipped) and at least 64
    // bytes (for a UTF-16 or UTF-32 opening), or to its end when it is shorter; never much more than the limit. Returns every
    // byte read and the index of that first byte (-1 when there is none).
    private async Task<(byte[] Bytes, int First)> ReadHeadAsync(Stream body, CancellationToken cancellationToken)
    {
        const int MinHead = 64;
        byte[] buffer = new byte[512];
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, Math.Min(Array.MaxLength, MaxBodyBytes + 512)));
            }

            int read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            length += read;
            int skip = Math.Min(length, buffer.AsSpan(0, length) is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0);
            int first = buffer.AsSpan(skip, length - skip).IndexOfAnyExcept(" \t\r\n"u8);
            if ((first >= 0 && length >= MinHead) || read == 0 || length > MaxBodyBytes || length == buffer.Length && buffer.Length >= Array.MaxLength)
            {
                return (buffer[..length], first < 0 ? -1 : first + skip);
            }
        }
    }

    // Whether a UTF-16 or UTF-32 opening decodes to an object (whitespace first), or cannot be told from the head yet.
    private static bool DecodedOpensAsObject(byte[] head, Encoding encoding)
    {
        int preamble = encoding.GetPreamble().Length;
        int usable = head.Length - preamble;
        int unit = encoding is UTF32Encoding ? 4 : 2;
        string text = encoding.GetString(head, preamble, usable - (usable % unit)).TrimStart(' ', '\t', '\r', '\n');
        return text.Length == 0 || text[0] is '{' or '/';
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
