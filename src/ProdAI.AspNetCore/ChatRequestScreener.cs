using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Net.Http.Headers;
using ProdAI.Guardrails.Pii;
using ProdAI.Guardrails.Pipeline;
using ProdAI.Guardrails.PromptInjection;
using ProdAI.Telemetry;

namespace ProdAI.AspNetCore;

/// <summary>
/// Screens a chat request body — OpenAI's format (<c>{"messages": [{"role", "content"}]}</c>, content as a string, strings
/// or parts with <c>text</c>), Microsoft.Extensions.AI's (<c>contents</c>), an array of messages, a JSON string holding one —
/// with the guardrail policies: size and depth limits, message count, prompt injection in every message the application
/// did not write itself (all but system, developer and assistant), indirect injection in tool results, PII when the input
/// policy blocks it. Reads the bytes as the readers behind an endpoint may (see the package README: which bodies, which
/// encodings). Returns the problem to answer with, or <see langword="null"/> to let the request through; never echoes it.
/// </summary>
internal sealed partial class ChatRequestScreener(GuardrailsOptions options, PromptInjectionDetector injection, PiiDetector pii, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    // Per request: set once the second injection model has failed, so the rest of the request is not kept waiting for it.
    private static readonly AsyncLocal<StrongBox<bool>?> ModelDown = new();

    // Lenient as the parsers behind an endpoint may be (comments, trailing commas): a body one of them reads as a chat request
    // must not slip past as "not JSON".
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Gets the largest body the screen reads (<see cref="GuardrailsOptions.MaxRequestBodyBytes"/>).</summary>
    public long MaxBodyBytes => options.MaxRequestBodyBytes;

    public async Task<ProblemDetails?> ScreenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ModelDown.Value = new StrongBox<bool>(); // scoped to this call: an async method restores its caller's context
        // Any method that can carry a body (a PUT or a PATCH carries a chat request as well as a POST).
        if (request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return null;
        }

        // Declared JSON (application/json, */*+json) is screened; so is any other body that opens as JSON — a proxy or a
        // lenient backend parses a text/plain, untyped or form-typed body as JSON all the same — except uploads (multipart,
        // media, octet-stream) and gRPC, which are never read: reading a body fixes its size limit before the endpoint can
        // raise it. A compressed body must be decompressed before the screen (UseRequestDecompression first).
        BodyKind kind = Classify(request.ContentType, out Encoding? charset);
        bool compressed = request.Headers.ContentEncoding is { Count: > 0 } encodingHeader && !string.Equals(encodingHeader.ToString(), "identity", StringComparison.OrdinalIgnoreCase);
        if (kind == BodyKind.Other || (compressed && kind == BodyKind.Sniffed))
        {
            return null;
        }

        if (kind == BodyKind.Json && request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        if (compressed)
        {
            return Invalid("A compressed JSON body cannot be screened: decompress it first (app.UseRequestDecompression() before the guardrails).");
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

        // The encodings a reader behind the endpoint may use: the byte order mark's; otherwise UTF-8, the declared charset and
        // UTF-16/32 when the zero bytes of the opening say so (as RFC 4627 readers and Python's json.loads guess). Another
        // type than declared JSON is read only in the encodings under which it opens as JSON.
        List<Encoding> encodings = Encodings(head, charset);
        if (kind == BodyKind.Sniffed)
        {
            encodings.RemoveAll(e => !OpensAsJson(head, e));
            if (encodings.Count == 0)
            {
                return null; // not JSON
            }
        }

        // Read the body into memory, up to the limit, and hand the endpoint that copy (no temporary file: a container with a
        // read-only file system must still take long conversations); a body already seekable is rewound instead.
        byte[] body;
        using (var all = new MemoryStream())
        {
            Stream original = request.Body;
            bool tooLarge;
            try
            {
                tooLarge = !await ReadUpToLimitAsync(original, all, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                return Unreadable(ex);
            }

            if (tooLarge)
            {
                // Past the limit: declared JSON, or a body that names "messages", cannot be judged and is refused. Another
                // body that only opened like JSON (a large export, a log) is handed on whole: what was read, then the rest.
                if (kind == BodyKind.Json || LooksLikeChatRequest(Encoding.UTF8.GetString(all.GetBuffer(), 0, (int)all.Length)))
                {
                    return TooLarge();
                }

                if (original.CanSeek)
                {
                    original.Position = 0;
                }
                else
                {
                    request.Body = new PrefixedStream(all.ToArray(), original);
                }

                return null;
            }

            body = all.ToArray();
            if (original.CanSeek)
            {
                original.Position = 0;
            }
            else
            {
                request.Body = new MemoryStream(body, writable: false);
            }
        }

        // Each reading is screened as the readers make it (invalid bytes replaced, as StreamReader and minimal APIs do); one
        // refusal refuses the request. The first reading of declared JSON is the strict one: when it is not JSON, 400.
        for (int i = 0; i < encodings.Count; i++)
        {
            bool primary = i == 0 && kind == BodyKind.Json;
            ReadOnlyMemory<byte> utf8 = encodings[i].CodePage == Encoding.UTF8.CodePage && (primary || Utf8.IsValid(body))
                ? StripUtf8Bom(body)
                : Encoding.UTF8.GetBytes(Decode(body, encodings[i]).TrimStart('\uFEFF'));
            if (await ScreenBytesAsync(utf8, kind, primary, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    // Copies the body into `into` until its end (true) or until more than the limit has been copied (false); every byte
    // read is kept, so that a body handed on after all has nothing missing.
    private async Task<bool> ReadUpToLimitAsync(Stream body, MemoryStream into, CancellationToken cancellationToken)
    {
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                into.Write(buffer, 0, read);
                if (into.Length > MaxBodyBytes)
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
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
                return await ScreenDocumentSafelyAsync(document.RootElement, cancellationToken).ConfigureAwait(false);
            }
        }

        utf8 = SkipWhitespace(utf8); // a lenient reader skips any whitespace before the value (\f, \v, a no-break space)
        List<(int Start, int Length)> values = TopLevelObjects(utf8.Span);
        if (values.Count == 0)
        {
            return LooksLikeChatRequest(Encoding.UTF8.GetString(utf8.Span)) ? Unparsable() : null;
        }

        // One value at a time (a body of a million "{}" holds one document at once), the messages counted across all of them.
        int messages = 0;
        foreach ((int start, int length) in values)
        {
            using JsonDocument document = JsonDocument.Parse(utf8.Slice(start, length), ParseOptions);
            if (HasInvalidUnicode(document.RootElement))
            {
                return InvalidUnicode(); // checked here, before the count reads the names
            }

            messages += MessageCount(document.RootElement);
            if (messages > options.MaxMessages)
            {
                return ProdAIProblemDetails.Create(ProdAIErrorCodes.InputTooLarge, $"The request has more than {options.MaxMessages} messages.");
            }

            if (await ScreenDocumentAsync(document.RootElement, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static ReadOnlyMemory<byte> SkipWhitespace(ReadOnlyMemory<byte> utf8)
    {
        int i = 0;
        ReadOnlySpan<byte> span = utf8.Span;
        while (i < span.Length)
        {
            if (span[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0B or 0x0C)
            {
                i++;
            }
            else if (span[i..] is [0xC2, 0xA0, ..])
            {
                i += 2;
            }
            else if (span[i..] is [0xEF, 0xBB, 0xBF, ..])
            {
                i += 3;
            }
            else
            {
                break;
            }
        }

        return utf8[i..];
    }

    // Where each top-level object is, up to the first value that does not parse (what follows is not JSON: the values
    // before it are what a lenient parser takes).
    private static List<(int Start, int Length)> TopLevelObjects(ReadOnlySpan<byte> utf8)
    {
        var values = new List<(int, int)>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
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
                int start = (int)reader.TokenStartIndex;
                bool isObject = reader.TokenType == JsonTokenType.StartObject;
                reader.Skip();
                if (isObject)
                {
                    values.Add((start, (int)reader.BytesConsumed - start));
                }
            }
        }
        catch (JsonException)
        {
        }

        return values;
    }

    // \uXXXX escapes undone, so that "\u006dessages" is seen as the key it is.
    private static string Unescape(string text) =>
        !text.Contains("\\u", StringComparison.Ordinal) ? text : UnicodeEscape().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex UnicodeEscape();

    // A "messages" key as a JSON-ish parser would read it: quoted either way or bare, then a colon.
    [GeneratedRegex(@"[""']?messages[""']?\s*:", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ChatKey();

    private static ReadOnlyMemory<byte> StripUtf8Bom(ReadOnlyMemory<byte> utf8) =>
        utf8.Span is [0xEF, 0xBB, 0xBF, ..] ? utf8[3..] : utf8;

    // A read that failed: the server's own verdict when it has one (413 too large, 408 too slow), otherwise 400.
    private ProblemDetails Unreadable(IOException exception)
    {
        if (exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return TooLarge();
        }

        ProblemDetails problem = Invalid("The request body could not be read.");
        problem.Status = exception is BadHttpRequestException bad ? bad.StatusCode : problem.Status;
        return problem;
    }

    // A body that is a JSON string ([FromBody] string) is screened as the JSON it holds, and a body that is an array of
    // messages (an endpoint binding List<ChatMessage>) as those messages.
    private async Task<ProblemDetails?> ScreenDocumentSafelyAsync(JsonElement root, CancellationToken cancellationToken, bool nested = false)
    {
        string? json = null;
        if (!nested && root.ValueKind == JsonValueKind.String)
        {
            try
            {
                json = root.GetString() is { } inner && inner.TrimStart().StartsWith('{') ? inner : null;
            }
            catch (InvalidOperationException)
            {
                return InvalidUnicode();
            }
        }
        else if (!nested && root.ValueKind == JsonValueKind.Array && root.EnumerateArray().Any(LooksLikeMessage))
        {
            json = "{\"messages\":" + root.GetRawText() + "}";
        }

        if (json is not null)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(json, ParseOptions);
                return await ScreenDocumentSafelyAsync(document.RootElement, cancellationToken, nested: true).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                return LooksLikeChatRequest(json) ? Unparsable() : null;
            }
        }

        return HasInvalidUnicode(root) ? InvalidUnicode() : await ScreenDocumentAsync(root, cancellationToken).ConfigureAwait(false);
    }

    private static bool LooksLikeMessage(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.EnumerateObject().Any(p => p.NameEquals("role") || p.NameEquals("content") || p.NameEquals("contents"));

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
            }

            if (Messages(root) is not { } messages)
            {
                return false;
            }

            foreach (JsonElement message in messages.EnumerateArray())
            {
                ReadAll(message);
                foreach (JsonElement part in Parts(message))
                {
                    ReadAll(part);
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
            if (element.ValueKind == JsonValueKind.String)
            {
                _ = element.GetString();
                return;
            }

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

    // The problem to answer with, or null (also when the document is not a chat request at all).
    private async Task<ProblemDetails?> ScreenDocumentAsync(JsonElement root, CancellationToken cancellationToken)
    {
        // Property names as the endpoint's binder sees them (ASP.NET Core's web defaults match them case-insensitively):
        // "Messages" and "ROLE" count, and a chat request that names a property of an object the screen reads twice, in any
        // case, is refused — the screener and whatever parses the body next could read different copies. A second
        // "messages" of any type refuses the body before it is classified: the copy that is not an array must not make it
        // look like something else.
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        int named = 0;
        foreach (JsonProperty property in root.EnumerateObject())
        {
            named += IsNamed(property, "messages") ? 1 : 0;
        }

        if (named > 1)
        {
            return Invalid("The request body names the same property twice.");
        }

        if (Messages(root) is not { } messages)
        {
            return null; // not a chat request: nothing to screen
        }

        if (HasDuplicateProperty(root) || messages.EnumerateArray().Any(HasDuplicateInMessage))
        {
            return Invalid("The request body names the same property twice.");
        }

        int count = messages.GetArrayLength();
        if (count > options.MaxMessages)
        {
            return ProdAIProblemDetails.Create(ProdAIErrorCodes.InputTooLarge, $"The request has {count} messages; the limit is {options.MaxMessages}.");
        }

        int index = 0;
        foreach (JsonElement message in messages.EnumerateArray())
        {
            // A message is the user's unless it names a role the application sends itself: a missing or numeric role (an
            // enum bound from 0, Microsoft.Extensions.AI's ChatMessage defaulting to User) or an unknown one is screened.
            string role = message.ValueKind == JsonValueKind.Object && Property(message, "role") is { ValueKind: JsonValueKind.String } r
                ? r.GetString()!.ToLowerInvariant()
                : string.Empty;
            string text = Text(message);
            ProblemDetails? problem = role switch
            {
                "system" or "developer" or "assistant" => null,
                "tool" or "function" => await CheckAsync(text, index, InjectionScanMode.Document, options.IndirectInjection, checkPii: false, cancellationToken).ConfigureAwait(false),
                _ => await CheckAsync(text, index, InjectionScanMode.Prompt, options.PromptInjection, checkPii: true, cancellationToken).ConfigureAwait(false),
            };
            if (problem is not null)
            {
                return problem;
            }

            index++;
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
            PromptInjectionResult result;
            StrongBox<bool> modelDown = ModelDown.Value ??= new StrongBox<bool>();
            try
            {
                result = await injection.ScanWithModelAsync(text, mode, options.InjectionModelFailureMode, askModel: !modelDown.Value, cancellationToken).ConfigureAwait(false);
            }
            catch (InjectionModelUnavailableException ex)
            {
                LogModelUnavailableFailClosed(_logger, ex);
                return ProdAIProblemDetails.Create(ex); // 503 guardrails_unavailable: what failed, never the text
            }

            if (result.ModelUnavailable && !modelDown.Value)
            {
                modelDown.Value = true;
                LogModelUnavailableFailOpen(_logger);
            }

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
        HasDuplicateProperty(message) || Parts(message).Any(HasDuplicateProperty);

    // The messages array: "messages" (any case) as an array, or as {"$values": […]} (a serializer that preserves references).
    private static JsonElement? Messages(JsonElement root) => Property(root, "messages") switch
    {
        { ValueKind: JsonValueKind.Array } array => array,
        { ValueKind: JsonValueKind.Object } wrapped when Property(wrapped, "$values") is { ValueKind: JsonValueKind.Array } values => values,
        _ => null,
    };

    private static int MessageCount(JsonElement root) => root.ValueKind == JsonValueKind.Object && Messages(root) is { } messages ? messages.GetArrayLength() : 0;

    // The parts of a message's content: "content" or "contents" (Microsoft.Extensions.AI's shape) as an array.
    private static IEnumerable<JsonElement> Parts(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (string name in (string[])["content", "contents"])
        {
            if (Property(message, name) is { ValueKind: JsonValueKind.Array } parts)
            {
                foreach (JsonElement part in parts.EnumerateArray())
                {
                    yield return part;
                }
            }
        }
    }

    private enum BodyKind
    {
        Json,
        Sniffed,
        Other,
    }

    // Declared JSON, another type whose opening is looked at, or an upload or gRPC (never read: reading a body fixes its
    // size limit before the endpoint can raise it, and would stall a duplex call); and the declared charset, when there is
    // one .NET knows.
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
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
            {
                // an unknown charset: read as UTF-8, the only encoding JSON exchanged between systems may use (RFC 8259)
            }
        }

        if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return BodyKind.Json;
        }

        string[] uploads = ["multipart/", "image/", "audio/", "video/", "font/", "application/grpc", "application/octet-stream"];
        return uploads.Any(u => type.StartsWith(u, StringComparison.OrdinalIgnoreCase)) ? BodyKind.Other : BodyKind.Sniffed;
    }

    // Reads the body until its first byte that is not whitespace (JSON's, form feed, vertical tab, a no-break space, a UTF-8
    // byte order mark) and at least 64 bytes (for a UTF-16 or UTF-32 opening), or to its end when it is shorter; never much
    // more than the limit. Each byte is looked at once. Returns every byte read and the index of that first byte (-1: none).
    private async Task<(byte[] Bytes, int First)> ReadHeadAsync(Stream body, CancellationToken cancellationToken)
    {
        const int MinHead = 64;
        byte[] buffer = new byte[512];
        int length = 0, scanned = 0, first = -1;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, Math.Min(Array.MaxLength, MaxBodyBytes + 512)));
            }

            int read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            length += read;
            while (first < 0 && scanned < length)
            {
                byte b = buffer[scanned];
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0B or 0x0C)
                {
                    scanned++;
                }
                else if (b == 0xC2 && scanned + 1 < length && buffer[scanned + 1] == 0xA0)
                {
                    scanned += 2; // U+00A0
                }
                else if (b == 0xEF && scanned + 2 < length && buffer[scanned + 1] == 0xBB && buffer[scanned + 2] == 0xBF)
                {
                    scanned += 3; // U+FEFF
                }
                else if (b is 0xC2 or 0xEF && scanned + 2 >= length && read > 0)
                {
                    break; // a sequence cut by the read: wait for the rest
                }
                else
                {
                    first = scanned;
                }
            }

            if ((first >= 0 && length >= MinHead) || read == 0 || length > MaxBodyBytes || (length == buffer.Length && buffer.Length >= Array.MaxLength))
            {
                return (buffer[..length], first);
            }
        }
    }

    // The encodings to read a body in: its byte order mark's alone; otherwise UTF-8, the declared charset, and UTF-16 or
    // UTF-32 when the zero bytes of the opening say so.
    private static List<Encoding> Encodings(byte[] head, Encoding? charset)
    {
        if (DetectBom(head) is { } bom)
        {
            return [bom];
        }

        var encodings = new List<Encoding> { Encoding.UTF8 };
        if (charset is not null && charset.CodePage != Encoding.UTF8.CodePage)
        {
            encodings.Insert(0, charset);
        }

        Encoding? guessed = head switch
        {
            [0, 0, 0, not 0, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
            [not 0, 0, 0, 0, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: false),
            [0, not 0, 0, not 0, ..] => Encoding.BigEndianUnicode,
            [not 0, 0, not 0, 0, ..] => Encoding.Unicode,
            _ => null,
        };
        if (guessed is not null && encodings.All(e => e.CodePage != guessed.CodePage))
        {
            encodings.Add(guessed);
        }

        return encodings;
    }

    // Whether the opening, read in an encoding (invalid bytes replaced), starts as a JSON object a lenient parser would read:
    // whitespace and comments, '{', then a key ("…", '…' or a bare name) or '}'. RTF ("{\rtf1"), a script or a source file
    // opening with a comment and then code is not. An opening too short to tell counts.
    private static bool OpensAsJson(byte[] head, Encoding encoding)
    {
        string text = Decode(head, encoding);
        int i = SkipBlanks(text, 0);
        if (i < 0 || i == text.Length)
        {
            return true;
        }

        if (text[i] != '{')
        {
            return false;
        }

        i = SkipBlanks(text, i + 1);
        return i < 0 || i == text.Length || text[i] is '"' or '\'' or '}' or '_' or '$' || char.IsLetter(text[i]);
    }

    // The index after whitespace and comments from `i`, or -1 when a comment runs past the end (cannot tell yet).
    private static int SkipBlanks(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')
            {
                i++;
            }
            else if (text.AsSpan(i).StartsWith("//"))
            {
                int end = text.IndexOf('\n', i);
                if (end < 0)
                {
                    return -1;
                }

                i = end + 1;
            }
            else if (text.AsSpan(i).StartsWith("/*"))
            {
                int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return -1;
                }

                i = end + 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // The bytes as text in an encoding, invalid bytes replaced (as StreamReader and the minimal API readers do), its byte
    // order mark dropped.
    private static string Decode(byte[] bytes, Encoding encoding)
    {
        Encoding lenient = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        ReadOnlySpan<byte> preamble = encoding.GetPreamble();
        int skip = preamble.Length > 0 && bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        return lenient.GetString(bytes, skip, bytes.Length - skip);
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

    private static ProblemDetails InvalidUnicode() => Invalid("The request body holds a string that is not valid Unicode (an unpaired surrogate escape).");

    private static ProblemDetails Unparsable() => Invalid("The request body looks like a chat request but is not JSON the screen can read.");

    // Whether text names a "messages" key the way a lenient parser reads one (quoted either way or bare, \u-escaped).
    private static bool LooksLikeChatRequest(string text) => ChatKey().IsMatch(Unescape(text));

    // A message's text: "content" as a string, its text parts or strings, Microsoft.Extensions.AI's "contents", a "text".
    private static string Text(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            return message.ValueKind == JsonValueKind.String ? message.GetString()! : string.Empty;
        }

        var parts = new List<string>();
        foreach (string name in (string[])["content", "text"])
        {
            if (Property(message, name) is { ValueKind: JsonValueKind.String } value)
            {
                parts.Add(value.GetString()!);
            }
        }

        foreach (JsonElement part in Parts(message))
        {
            if (part.ValueKind == JsonValueKind.String)
            {
                parts.Add(part.GetString()!);
            }
            else if (part.ValueKind == JsonValueKind.Object && Property(part, "text") is { ValueKind: JsonValueKind.String } t)
            {
                parts.Add(t.GetString()!);
            }
            else if (part.ValueKind == JsonValueKind.Object && Property(part, "result") is { } result && result.ValueKind != JsonValueKind.Null)
            {
                // Microsoft.Extensions.AI's function result: the text, or the JSON the model will read
                parts.Add(result.ValueKind == JsonValueKind.String ? result.GetString()! : result.GetRawText());
            }
        }

        return string.Join('\n', parts);
    }

    [LoggerMessage(1, LogLevel.Error, "The second prompt-injection model is unavailable; the request is refused with 503 (InjectionModelFailureMode FailClosed)")]
    private static partial void LogModelUnavailableFailClosed(ILogger logger, Exception exception);

    [LoggerMessage(2, LogLevel.Warning, "The second prompt-injection model is unavailable; the request is screened by the built-in detector alone (InjectionModelFailureMode FailOpen)")]
    private static partial void LogModelUnavailableFailOpen(ILogger logger);
}
