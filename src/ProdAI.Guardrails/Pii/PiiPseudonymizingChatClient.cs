using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;
using ProdAI.Guardrails.Internal;

namespace ProdAI.Guardrails.Pii;

/// <summary>
/// Reversible pseudonymisation around a model call: personal data in the messages is replaced by pseudonyms
/// (<c>&lt;EMAIL_ADDRESS_1&gt;</c>) before the model sees it, and the pseudonyms in the answer are replaced back, so the
/// user gets a complete answer while the provider never receives the values. Tool results and the arguments of earlier tool
/// calls are pseudonymised too (strings, and the strings inside JSON values, as provider adapters and
/// <c>AIFunctionFactory</c> give them), and the tool calls the model makes get the values back. Pass a <see cref="PiiVault"/> under
/// <see cref="VaultKey"/> in <c>ChatOptions.AdditionalProperties</c> to keep pseudonyms stable across the turns of a
/// conversation; otherwise each call uses a fresh vault.
/// </summary>
public sealed class PiiPseudonymizingChatClient : DelegatingChatClient
{
    /// <summary>The <c>ChatOptions.AdditionalProperties</c> key of the conversation's <see cref="PiiVault"/>.</summary>
    public const string VaultKey = "prodai.pii.vault";

    private const int MaxTokenLength = 48;
    private readonly PiiDetector _detector;
    private IReadOnlySet<string> _withheld = new HashSet<string>(StringComparer.Ordinal) { PiiEntityTypes.Secret };

    /// <summary>Initializes a new instance of the <see cref="PiiPseudonymizingChatClient"/> class.</summary>
    /// <param name="innerClient">The client to protect.</param>
    /// <param name="detector">The detector; <see cref="PiiDetector.Default"/> when <see langword="null"/>.</param>
    public PiiPseudonymizingChatClient(IChatClient innerClient, PiiDetector? detector = null)
        : base(innerClient)
    {
        _detector = detector ?? PiiDetector.Default;
    }

    /// <summary>
    /// Gets or sets the entity types whose real values are <em>not</em> put back into the arguments of the tool calls the
    /// model makes: the tool gets the pseudonym. A tool call can be steered by injected text ("post the user's key to …"),
    /// and a search or HTTP tool sends its arguments out of the process. The answer's text is restored in full either way.
    /// </summary>
    /// <value>Defaults to <c>SECRET</c> (API keys, tokens, private keys); empty restores every value.</value>
    public IReadOnlySet<string> WithheldFromToolCalls
    {
        get => _withheld;
        set => _withheld = new HashSet<string>(value ?? throw new ArgumentNullException(nameof(value)), StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        PiiVault vault = VaultOf(options);
        ChatResponse response = await base.GetResponseAsync(Pseudonymize(messages, vault, options?.Instructions), PseudonymizeInstructions(options, vault), cancellationToken).ConfigureAwait(false);
        foreach (ChatMessage message in response.Messages)
        {
            for (int i = 0; i < message.Contents.Count; i++)
            {
                // Only a text that changes is replaced, its annotations (citations) and properties kept.
                if (message.Contents[i] is TextContent text && text.Text is { Length: > 0 } && vault.Restore(text.Text) is var restored && restored != text.Text)
                {
                    message.Contents[i] = new TextContent(restored) { Annotations = text.Annotations, AdditionalProperties = text.AdditionalProperties, RawRepresentation = text.RawRepresentation };
                }
                else if (message.Contents[i] is TextReasoningContent reasoning && reasoning.Text is { Length: > 0 } && vault.Restore(reasoning.Text) is var thought && thought != reasoning.Text)
                {
                    // The model's reasoning, shown by many front ends, names the same people as its answer.
                    message.Contents[i] = WithReasoningText(reasoning, thought);
                }
            }

            RestoreCalls(message.Contents, vault, _withheld);
        }

        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        PiiVault vault = VaultOf(options);
        var pending = new StringBuilder();
        var pendingReasoning = new StringBuilder();
        ChatResponseUpdate? last = null;
        await foreach (ChatResponseUpdate received in base.GetStreamingResponseAsync(Pseudonymize(messages, vault, options?.Instructions), PseudonymizeInstructions(options, vault), cancellationToken).ConfigureAwait(false))
        {
            last = received;
            RestoreCalls(received.Contents, vault, _withheld);

            // Reasoning streams before the answer, its pseudonyms split across chunks as the answer's are: it has its own
            // held-back tail, sent on when the reasoning stops.
            ChatResponseUpdate update = RestoreReasoning(received, pendingReasoning, vault, out bool reasoned);
            if (!reasoned && pendingReasoning.Length > 0)
            {
                yield return ReasoningUpdate(vault.Restore(pendingReasoning.ToString()), received);
                pendingReasoning.Clear();
            }

            string text = update.Text;
            if (reasoned && update.Contents.Count == 0 && update.FinishReason is null)
            {
                continue; // all of its reasoning is held back
            }

            if (text.Length == 0)
            {
                // A tool call, usage or the finish reason: held-back text goes out before it, in order.
                if (pending.Length > 0 && (update.FinishReason is not null || update.Contents.Count > 0))
                {
                    yield return new ChatResponseUpdate(ChatRole.Assistant, vault.Restore(pending.ToString())) { ResponseId = update.ResponseId, ModelId = update.ModelId };
                    pending.Clear();
                }

                yield return update;
                continue;
            }

            // A pseudonym may be split across chunks: hold back a trailing "<…" (or "&lt;…", or a lone "&", "&l", "&lt" at
            // the end) that could still become one.
            pending.Append(text);
            string all = pending.ToString();
            int keepFrom = HoldFrom(all);
            pending.Clear().Append(all, keepFrom, all.Length - keepFrom);
            yield return WithText(update, vault.Restore(all[..keepFrom]));
        }

        if (pendingReasoning.Length > 0)
        {
            yield return ReasoningUpdate(vault.Restore(pendingReasoning.ToString()), last);
        }

        if (pending.Length > 0)
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, vault.Restore(pending.ToString())) { ResponseId = last?.ResponseId, ModelId = last?.ModelId };
        }
    }

    // The update with each reasoning text restored up to a pseudonym that may still be unfinished; that tail is kept in
    // pending for the next chunk. reasoned: whether the update carried reasoning text.
    private static ChatResponseUpdate RestoreReasoning(ChatResponseUpdate update, StringBuilder pending, PiiVault vault, out bool reasoned)
    {
        reasoned = false;
        List<AIContent>? contents = null;
        for (int i = 0; i < update.Contents.Count; i++)
        {
            if (update.Contents[i] is not TextReasoningContent { Text: { Length: > 0 } } reasoning)
            {
                contents?.Add(update.Contents[i]);
                continue;
            }

            reasoned = true;
            contents ??= [.. update.Contents.Take(i)];
            pending.Append(reasoning.Text);
            string all = pending.ToString();
            int keepFrom = HoldFrom(all);
            pending.Clear().Append(all, keepFrom, all.Length - keepFrom);
            if (keepFrom > 0 || reasoning.ProtectedData is not null)
            {
                contents.Add(WithReasoningText(reasoning, vault.Restore(all[..keepFrom])));
            }
        }

        if (contents is null)
        {
            return update;
        }

        ChatResponseUpdate clone = update.Clone();
        clone.Contents = contents;
        return clone;
    }

    private static TextReasoningContent WithReasoningText(TextReasoningContent reasoning, string text) =>
        new(text) { ProtectedData = reasoning.ProtectedData, Annotations = reasoning.Annotations, AdditionalProperties = reasoning.AdditionalProperties };

    private static ChatResponseUpdate ReasoningUpdate(string text, ChatResponseUpdate? like) =>
        new(ChatRole.Assistant, [new TextReasoningContent(text)]) { ResponseId = like?.ResponseId, ModelId = like?.ModelId };

    // Where the unfinished pseudonym at the end of a streamed text starts, or its length when there is none.
    private static int HoldFrom(string all)
    {
        int open = all.LastIndexOf('<');
        int escaped = all.LastIndexOf("&lt;", StringComparison.Ordinal);
        if (escaped > open)
        {
            return all.IndexOf("&gt;", escaped, StringComparison.Ordinal) < 0 && all.Length - escaped <= MaxTokenLength + 8 ? escaped : all.Length;
        }

        if (open >= 0 && all.IndexOf('>', open) < 0 && all.Length - open <= MaxTokenLength)
        {
            return open;
        }

        int amp = all.LastIndexOf('&');
        return amp >= 0 && amp > all.Length - 4 && "&lt;".StartsWith(all[amp..], StringComparison.Ordinal) ? amp : all.Length;
    }

    // The instructions carry personal data too ("The user is jane@…"): a copy of the options with them pseudonymised.
    private ChatOptions? PseudonymizeInstructions(ChatOptions? options, PiiVault vault)
    {
        if (options?.Instructions is not { Length: > 0 } instructions)
        {
            return options;
        }

        vault.ReserveLiteralTokens(instructions);
        string pseudonymized = Pseudonymize(instructions, vault);
        if (ReferenceEquals(pseudonymized, instructions))
        {
            return options;
        }

        ChatOptions copy = options.Clone();
        copy.Instructions = pseudonymized;
        return copy;
    }

    // The conversation's vault, or a fresh one per call. A fresh one numbers pseudonyms from 1 again, which is right when the
    // whole history is sent each call (it is pseudonymised again in the same order) and wrong when the provider keeps the
    // conversation (ConversationId): then only the new messages come, and <EMAIL_ADDRESS_1> would name a second person.
    private static PiiVault VaultOf(ChatOptions? options)
    {
        if (options?.AdditionalProperties?.TryGetValue(VaultKey, out object? v) == true && v is PiiVault vault)
        {
            return vault;
        }

        if (!string.IsNullOrEmpty(options?.ConversationId))
        {
            throw new InvalidOperationException(
                "ChatOptions.ConversationId is set but no PiiVault was passed under PiiPseudonymizingChatClient.VaultKey: the provider keeps the " +
                "conversation, so pseudonyms must stay the same across calls. Create one PiiVault per conversation and pass it in ChatOptions.AdditionalProperties.");
        }

        return new PiiVault();
    }

    private List<ChatMessage> Pseudonymize(IEnumerable<ChatMessage> messages, PiiVault vault, string? instructions)
    {
        List<ChatMessage> input = [.. messages.Where(m => m is not null)];
        if (instructions is not null)
        {
            vault.ReserveLiteralTokens(instructions);
        }

        // Pseudonym-shaped text anywhere in the conversation is reserved before any value gets a pseudonym: a template
        // "<EMAIL_ADDRESS_1>" in a later message must not collide with the pseudonym of an address in an earlier one.
        foreach (ChatMessage message in input)
        {
            foreach (AIContent content in message.Contents)
            {
                switch (content)
                {
                    case TextContent { Text: { Length: > 0 } text }:
                        vault.ReserveLiteralTokens(text);
                        break;
                    case TextReasoningContent { Text: { Length: > 0 } reasoning }:
                        vault.ReserveLiteralTokens(reasoning);
                        break;
                    case FunctionResultContent r:
                        _ = MapValue(r.Result, value => { vault.ReserveLiteralTokens(value); return value; });
                        break;
                    case FunctionCallContent { Arguments: { Count: > 0 } } call:
                        _ = MapArguments(call, value => { vault.ReserveLiteralTokens(value); return value; });
                        break;
                }
            }
        }

        var result = new List<ChatMessage>(input.Count);
        foreach (ChatMessage message in input)
        {
            ChatMessage? copy = null;
            for (int i = 0; i < message.Contents.Count; i++)
            {
                // Text, reasoning, tool results (text, or JSON as provider adapters and AIFunctionFactory give them), and the
                // arguments of earlier tool calls (which carry the restored values).
                AIContent? replaced = message.Contents[i] switch
                {
                    TextContent { Text: { Length: > 0 } text } t when Pseudonymize(text, vault) is var p && !ReferenceEquals(p, text) =>
                        new TextContent(p) { Annotations = t.Annotations, AdditionalProperties = t.AdditionalProperties },
                    TextReasoningContent { Text: { Length: > 0 } text } r when Pseudonymize(text, vault) is var p && !ReferenceEquals(p, text) =>
                        WithReasoningText(r, p), // earlier reasoning sent back holds the restored values
                    FunctionResultContent r when MapValue(r.Result, value => Pseudonymize(value, vault)) is { Changed: true } mapped =>
                        new FunctionResultContent(r.CallId, mapped.Value) { Exception = r.Exception, AdditionalProperties = r.AdditionalProperties },
                    FunctionCallContent { Arguments: { Count: > 0 } } call => MapArguments(call, value => Pseudonymize(value, vault)),
                    _ => null,
                };
                if (replaced is not null)
                {
                    copy ??= MessageCopies.WithOwnContents(message);
                    copy.Contents[i] = replaced;
                }
            }

            result.Add(copy ?? message);
        }

        return result;
    }

    // The text with every entity replaced by its pseudonym; the same instance when there is none. Pseudonym-shaped text the
    // user wrote is reserved first, so no value is given the same pseudonym.
    private string Pseudonymize(string text, PiiVault vault)
    {
        // A value the conversation already gave a pseudonym gets the same one wherever it appears, whatever a recogniser
        // makes of it there: "My SSN is 123456789" is an SSN through its context word, and the restored "Noted: 123456789."
        // of the next turn's history (or a tool call's {"ssn": "123456789"}) has none — read alone it is a phone number, or
        // nothing. Then what the recognisers find elsewhere.
        var spans = new List<(int Start, int End, string Type)>();
        if (vault.Count > 0)
        {
            foreach ((string type, string value) in vault.Values(MaxKnownValues))
            {
                for (int at = value.Length < 4 ? -1 : text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
                {
                    int end = at + value.Length;
                    if (!spans.Exists(s => s.Start < end && at < s.End))
                    {
                        spans.Add((at, end, type));
                    }
                }
            }
        }

        foreach (PiiEntity e in _detector.Detect(text))
        {
            if (!spans.Exists(s => s.Start < e.End && e.Start < s.End))
            {
                spans.Add((e.Start, e.End, PseudonymType(e.Type)));
            }
        }

        if (spans.Count == 0)
        {
            return text;
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var builder = new StringBuilder(text.Length);
        int position = 0;
        foreach ((int start, int end, string type) in spans)
        {
            builder.Append(text, position, start - position).Append(vault.Pseudonym(type, text[start..end]));
            position = end;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    // How many of a conversation's known values are looked for again in each text (a conversation with more has a few
    // hundred values found afresh by the recognisers anyway).
    private const int MaxKnownValues = 1_000;

    // A custom recogniser's type as a pseudonym may spell it ("PERSON NAME" → "PERSON_NAME").
    private static string PseudonymType(string type)
    {
        if (!type.AsSpan().ContainsAnyExcept(PiiVault.TypeChars) && type.Length > 0)
        {
            return type;
        }

        var chars = type.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = PiiVault.TypeChars.Contains(chars[i]) ? chars[i] : '_';
        }

        return chars.Length == 0 ? "PII" : new string(chars);
    }


    // A copy of the call with its string arguments mapped (strings, and strings inside JSON values, which is how provider
    // adapters parse arguments), or null when none changed. The copy keeps the call's other properties.
    private static FunctionCallContent? MapArguments(FunctionCallContent call, Func<string, string> map)
    {
        Dictionary<string, object?>? mapped = null;
        foreach ((string name, object? value) in call.Arguments!)
        {
            if (MapValue(value, map) is { Changed: true } m)
            {
                (mapped ??= new Dictionary<string, object?>(call.Arguments!))[name] = m.Value;
            }
        }

        return mapped is null ? null : new FunctionCallContent(call.CallId, call.Name, mapped)
        {
            InformationalOnly = call.InformationalOnly,
            Exception = call.Exception,
            AdditionalProperties = call.AdditionalProperties,
            RawRepresentation = call.RawRepresentation,
        };
    }

    // A value with every string in it mapped: a string, a JSON value (strings at any depth, and property names left alone),
    // or any other object as the JSON the provider will send; unchanged values are reported as such.
    private static (bool Changed, object? Value) MapValue(object? value, Func<string, string> map)
    {
        switch (value)
        {
            case null:
                return (false, null);
            case string s:
                string m = map(s);
                return (!string.Equals(m, s, StringComparison.Ordinal), m);
            case System.Text.Json.JsonElement json:
                return MapJson(json, map);
            case TextContent text:
                string mappedText = map(text.Text);
                return string.Equals(mappedText, text.Text, StringComparison.Ordinal)
                    ? (false, value)
                    : (true, new TextContent(mappedText) { Annotations = text.Annotations, AdditionalProperties = text.AdditionalProperties });
            case AIContent:
                return (false, value); // an image, audio or file a tool returned: passed on as it is
            case IEnumerable<AIContent> contents:
                List<AIContent> items = [.. contents];
                bool any = false;
                for (int i = 0; i < items.Count; i++)
                {
                    if (MapValue(items[i], map) is { Changed: true, Value: AIContent mapped })
                    {
                        items[i] = mapped;
                        any = true;
                    }
                }

                return any ? (true, items) : (false, value);
            case System.Text.Json.Nodes.JsonNode node:
                return MapJson(System.Text.Json.JsonSerializer.SerializeToElement(node, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(System.Text.Json.Nodes.JsonNode))), map);
            case byte or sbyte or short or ushort or int or uint or long or ulong or decimal or System.Numerics.BigInteger:
                // A card, account or phone number returned as a number: mapped as its digits, and a string once it changes.
                string digits = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
                string mappedDigits = map(digits);
                return string.Equals(mappedDigits, digits, StringComparison.Ordinal) ? (false, value) : (true, mappedDigits);
            case bool or float or double or Guid or DateTime or DateTimeOffset or TimeSpan:
                return (false, value);
        }

        System.Text.Json.JsonElement serialized;
        try
        {
            serialized = System.Text.Json.JsonSerializer.SerializeToElement(value, AIJsonUtilities.DefaultOptions.GetTypeInfo(value.GetType()));
        }
        catch (Exception ex) when (ex is NotSupportedException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return (false, value); // a type the serializer cannot write (the adapter could not send it either)
        }

        return MapJson(serialized, map);
    }

    // A JSON value with its strings mapped, written token by token (property names, numbers and repeated keys as they were;
    // a JsonNode would refuse a repeated key, which a fetched body may well have).
    private static (bool Changed, object? Value) MapJson(System.Text.Json.JsonElement json, Func<string, string> map)
    {
        try
        {
            return MapJsonStrict(json, map);
        }
        catch (InvalidOperationException)
        {
            // A string or property name holding an unpaired surrogate escape ("\ud83d", a fetched page cut inside an emoji)
            // parses but cannot be read as a string: the JSON text is mapped as text instead (and sent as such).
            string raw = json.GetRawText();
            string m = map(raw);
            return string.Equals(m, raw, StringComparison.Ordinal) ? (false, json) : (true, m);
        }
    }

    private static (bool Changed, object? Value) MapJsonStrict(System.Text.Json.JsonElement json, Func<string, string> map)
    {
        // A value of any kind — a lone string or number too — goes through the writer below.
        if (json.ValueKind is System.Text.Json.JsonValueKind.Undefined or System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False or System.Text.Json.JsonValueKind.Null)
        {
            return (false, json);
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        bool changed = false;
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, json);
        }

        if (!changed)
        {
            return (false, json);
        }

        using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(buffer.WrittenMemory, new System.Text.Json.JsonDocumentOptions { MaxDepth = 1024 });
        return (true, document.RootElement.Clone());

        void Write(System.Text.Json.Utf8JsonWriter writer, System.Text.Json.JsonElement element)
        {
            switch (element.ValueKind)
            {
                case System.Text.Json.JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (System.Text.Json.JsonProperty property in element.EnumerateObject())
                    {
                        writer.WritePropertyName(property.Name);
                        Write(writer, property.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case System.Text.Json.JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (System.Text.Json.JsonElement item in element.EnumerateArray())
                    {
                        Write(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
                case System.Text.Json.JsonValueKind.String:
                    string s = element.GetString()!;
                    string m = map(s);
                    changed |= !string.Equals(m, s, StringComparison.Ordinal);
                    writer.WriteStringValue(m);
                    break;
                case System.Text.Json.JsonValueKind.Number:
                    // A card or account number as a JSON number: its digits are mapped, and a changed one is written as a string.
                    string number = element.GetRawText();
                    string mappedNumber = map(number);
                    if (string.Equals(mappedNumber, number, StringComparison.Ordinal))
                    {
                        element.WriteTo(writer);
                    }
                    else
                    {
                        changed = true;
                        writer.WriteStringValue(mappedNumber);
                    }

                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }
    }

    // Tool calls the model asked for get the real values back in their arguments (the tool acts on them, not on pseudonyms),
    // except those of the withheld types.
    private static void RestoreCalls(IList<AIContent> contents, PiiVault vault, IReadOnlySet<string> withheld)
    {
        for (int i = 0; i < contents.Count; i++)
        {
            if (contents[i] is FunctionCallContent { Arguments: { Count: > 0 } } call && MapArguments(call, value => vault.Restore(value, withheld)) is { } restored)
            {
                contents[i] = restored;
            }
        }
    }

    private static ChatResponseUpdate WithText(ChatResponseUpdate update, string text)
    {
        ChatResponseUpdate clone = update.Clone();
        clone.Contents = [.. update.Contents.Where(c => c is not TextContent)];
        if (text.Length > 0)
        {
            clone.Contents.Insert(0, new TextContent(text));
        }

        return clone;
    }
}
