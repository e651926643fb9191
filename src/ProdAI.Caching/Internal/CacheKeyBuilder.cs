using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using ProdAI.Telemetry.Attribution;

namespace ProdAI.Caching.Internal;

/// <summary>
/// The one implementation of cache-key hashing in ProdAI: XxHash128 over a tagged, length-prefixed encoding of the
/// normalised messages and of every option that changes the answer, so two requests share a key only when they would get
/// the same answer. Keys never contain prompt text.
/// </summary>
internal sealed class CacheKeyBuilder
{
    private readonly XxHash128 _hash = new();
    private readonly byte[] _scratch = new byte[16];

    public static string ForChat(IEnumerable<ChatMessage> messages, ChatOptions? options, string partition, string version, string kind)
    {
        var builder = new CacheKeyBuilder();
        builder.Add(version).Add(kind).Add(partition);
        builder.AddMessages(messages);
        builder.AddOptions(options);
        return builder.Finish($"prodai:{kind}:");
    }

    /// <summary>The partition of a semantic lookup: everything of the request except the turns that are embedded.</summary>
    public static string ForSemanticPartition(IReadOnlyList<ChatMessage> exactMessages, ChatOptions? options, string partition, string version)
    {
        var builder = new CacheKeyBuilder();
        builder.Add(version).Add("semantic").Add(partition);
        builder.AddMessages(exactMessages);
        builder.AddOptions(options);
        return builder.Finish(string.Empty);
    }

    public static string ForText(string text, string model)
    {
        var builder = new CacheKeyBuilder();
        builder.Add("embedding").Add(model).Add(text);
        return builder.Finish("prodai:emb:");
    }

    /// <summary>The tenant (and optionally user) partition of a call's attribution (ambient or per request).</summary>
    public static string Partition(CallAttribution attribution, bool byUser)
    {
        var tenant = attribution.Tenant ?? "-";
        return byUser ? $"{tenant}/{attribution.User ?? "-"}" : tenant;
    }

    /// <summary>Trims, unifies line ends and composes Unicode (NFC); returns the same string when nothing changes.</summary>
    public static string Normalize(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var result = trimmed.Length == text.Length ? text : trimmed.ToString();
        if (result.Contains('\r', StringComparison.Ordinal))
        {
            result = result.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        try
        {
            return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return result; // unpaired surrogates cannot be normalised; the raw text still hashes deterministically
        }
    }

    private CacheKeyBuilder Add(string? value)
    {
        if (value is null)
        {
            AddInt(-1);
            return this;
        }

        AddInt(value.Length);
        _hash.Append(MemoryMarshal.AsBytes(value.AsSpan()));
        return this;
    }

    private void AddTag(char tag) => _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<char>(in tag)));

    private void AddInt(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_scratch, value);
        _hash.Append(_scratch.AsSpan(0, 8));
    }

    private void AddDouble(double? value)
    {
        if (value is null)
        {
            AddTag('∅');
            return;
        }

        BinaryPrimitives.WriteDoubleLittleEndian(_scratch, value.Value);
        _hash.Append(_scratch.AsSpan(0, 8));
    }

    private void AddJson(object? value)
    {
        switch (value)
        {
            case null:
                AddTag('∅');
                break;
            case string s:
                Add(s);
                break;
            case JsonElement element:
                Add(element.GetRawText());
                break;
            case IFormattable formattable:
                Add(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                Add(JsonSerializer.Serialize(value, AIJsonUtilities.DefaultOptions.GetTypeInfo(value.GetType())));
                break;
        }
    }

    private void AddMessages(IEnumerable<ChatMessage> messages)
    {
        foreach (var message in messages)
        {
            AddTag('M');
            Add(message.Role.Value);
            Add(message.AuthorName);
            foreach (var content in message.Contents)
            {
                AddContent(content);
            }
        }
    }

    private void AddContent(AIContent content)
    {
        switch (content)
        {
            case TextContent text:
                AddTag('T');
                Add(Normalize(text.Text ?? string.Empty));
                break;
            case TextReasoningContent reasoning:
                AddTag('R');
                Add(reasoning.Text);
                break;
            case FunctionCallContent call:
                AddTag('F');
                Add(call.CallId);
                Add(call.Name);
                if (call.Arguments is not null)
                {
                    foreach (var (key, value) in call.Arguments.OrderBy(static p => p.Key, StringComparer.Ordinal))
                    {
                        Add(key);
                        AddJson(value);
                    }
                }

                break;
            case FunctionResultContent result:
                AddTag('r');
                Add(result.CallId);
                AddJson(result.Result);
                break;
            case DataContent data:
                AddTag('D');
                Add(data.MediaType);
                AddInt(data.Data.Length);
                _hash.Append(data.Data.Span);
                break;
            case UriContent uri:
                AddTag('U');
                Add(uri.MediaType);
                Add(uri.Uri.ToString());
                break;
            default:
                AddTag('X');
                Add(content.GetType().FullName);
                AddJson(content);
                break;
        }
    }

    private void AddOptions(ChatOptions? options)
    {
        AddTag('O');
        if (options is null)
        {
            return;
        }

        Add(options.ModelId);
        Add(options.Instructions is null ? null : Normalize(options.Instructions));
        AddDouble(options.Temperature);
        AddDouble(options.TopP);
        AddDouble(options.TopK);
        AddDouble(options.Seed);
        AddDouble(options.MaxOutputTokens);
        AddDouble(options.FrequencyPenalty);
        AddDouble(options.PresencePenalty);
        AddDouble(options.AllowMultipleToolCalls is null ? null : options.AllowMultipleToolCalls.Value ? 1 : 0);
        Add(options.ConversationId);
        if (options.StopSequences is { } stops)
        {
            AddTag('S');
            foreach (var stop in stops)
            {
                Add(stop);
            }
        }

        switch (options.ResponseFormat)
        {
            case null:
                AddTag('∅');
                break;
            case ChatResponseFormatJson json:
                AddTag('J');
                Add(json.SchemaName);
                Add(json.SchemaDescription);
                Add(json.Schema?.GetRawText());
                break;
            case ChatResponseFormatText:
                AddTag('t');
                break;
            default:
                AddTag('?');
                Add(options.ResponseFormat.GetType().FullName);
                break;
        }

        switch (options.ToolMode)
        {
            case null:
                AddTag('∅');
                break;
            case NoneChatToolMode:
                AddTag('n');
                break;
            case AutoChatToolMode:
                AddTag('a');
                break;
            case RequiredChatToolMode required:
                AddTag('q');
                Add(required.RequiredFunctionName);
                break;
            default:
                Add(options.ToolMode.GetType().FullName);
                break;
        }

        if (options.Tools is { Count: > 0 } tools)
        {
            AddTag('L');
            foreach (var tool in tools)
            {
                Add(tool.GetType().FullName);
                Add(tool.Name);
                Add(tool.Description);
                if (tool is AIFunctionDeclaration function)
                {
                    Add(function.JsonSchema.GetRawText());
                    Add(function.ReturnJsonSchema?.GetRawText());
                }
            }
        }

        if (options.AdditionalProperties is { Count: > 0 } properties)
        {
            AddTag('P');
            foreach (var (key, value) in properties.OrderBy(static p => p.Key, StringComparer.Ordinal))
            {
                // ProdAI's own request keys (tenant, cache control, tags …) are routing metadata, not model inputs.
                if (key.StartsWith("prodai.", StringComparison.Ordinal))
                {
                    continue;
                }

                Add(key);
                AddJson(value);
            }
        }
    }

    private string Finish(string prefix)
    {
        Span<byte> digest = stackalloc byte[16];
        _hash.GetCurrentHash(digest);
        return string.Concat(prefix, Convert.ToHexStringLower(digest));
    }
}
