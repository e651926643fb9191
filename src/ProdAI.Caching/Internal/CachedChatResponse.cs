using System.Buffers;
using System.Buffers.Binary;
using System.ComponentModel;
using System.IO.Hashing;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;

namespace ProdAI.Caching.Internal;

/// <summary>
/// A stored response: a self-checking payload (magic, version, store time, XxHash64 of the body, the response as JSON).
/// Immutable, so HybridCache's memory tier keeps the instance and a hit does not parse JSON again.
/// </summary>
[ImmutableObject(true)]
internal sealed class CachedChatResponse
{
    private const uint Magic = 0x31434150; // "PAC1"
    private const int HeaderLength = 4 + 8 + 8;
    private readonly ChatResponse? _response;

    private CachedChatResponse(byte[] payload, ChatResponse? response, DateTimeOffset storedAt, bool corrupt)
    {
        Payload = payload;
        _response = response;
        StoredAt = storedAt;
        IsCorrupt = corrupt;
    }

    public byte[] Payload { get; }

    public DateTimeOffset StoredAt { get; }

    public bool IsCorrupt { get; }

    public ChatResponse Response => _response ?? throw new InvalidOperationException("The entry is corrupt.");

    public static CachedChatResponse Create(ChatResponse response, DateTimeOffset storedAt)
    {
        var stored = Copy(response, dropProdAIProperties: true);
        var body = JsonSerializer.SerializeToUtf8Bytes(stored, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ChatResponse)));
        var payload = new byte[HeaderLength + body.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(payload, Magic);
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(4), storedAt.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteUInt64LittleEndian(payload.AsSpan(12), XxHash64.HashToUInt64(body));
        body.CopyTo(payload.AsSpan(HeaderLength));
        return new CachedChatResponse(payload, stored, storedAt, corrupt: false);
    }

    /// <summary>Reads a payload; never throws: a damaged payload gives an entry with <see cref="IsCorrupt"/> set.</summary>
    public static CachedChatResponse Read(ReadOnlySpan<byte> payload)
    {
        try
        {
            if (payload.Length < HeaderLength || BinaryPrimitives.ReadUInt32LittleEndian(payload) != Magic)
            {
                return Corrupt();
            }

            var body = payload[HeaderLength..];
            if (XxHash64.HashToUInt64(body) != BinaryPrimitives.ReadUInt64LittleEndian(payload[12..]))
            {
                return Corrupt();
            }

            var response = (ChatResponse?)JsonSerializer.Deserialize(body, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(ChatResponse)));
            if (response is null)
            {
                return Corrupt();
            }

            var storedAt = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64LittleEndian(payload[4..]));
            return new CachedChatResponse(payload.ToArray(), response, storedAt, corrupt: false);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return Corrupt();
        }
    }

    /// <summary>A copy for one caller: callers may change messages and properties without touching the stored entry.</summary>
    public ChatResponse CloneResponse() => Copy(Response, dropProdAIProperties: false);

    private static CachedChatResponse Corrupt() => new([], null, default, corrupt: true);

    /// <summary>
    /// A copy whose messages, text contents and property bags are new objects (other contents are immutable in practice
    /// and shared); optionally without per-call metadata (cost, budget, cache outcome) that must not be replayed.
    /// </summary>
    private static ChatResponse Copy(ChatResponse source, bool dropProdAIProperties)
    {
        var messages = new List<ChatMessage>(source.Messages.Count);
        foreach (var message in source.Messages)
        {
            var contents = new List<AIContent>(message.Contents.Count);
            foreach (var content in message.Contents)
            {
                contents.Add(content is TextContent text ? new TextContent(text.Text) : content);
            }

            messages.Add(new ChatMessage(message.Role, contents)
            {
                AuthorName = message.AuthorName,
                MessageId = message.MessageId,
                CreatedAt = message.CreatedAt,
                AdditionalProperties = message.AdditionalProperties is null ? null : new(message.AdditionalProperties),
            });
        }

        AdditionalPropertiesDictionary? properties = null;
        if (source.AdditionalProperties is { Count: > 0 } sourceProperties)
        {
            properties = [];
            foreach (var (key, value) in sourceProperties)
            {
                if (!dropProdAIProperties || !key.StartsWith("prodai.", StringComparison.Ordinal))
                {
                    properties[key] = value;
                }
            }
        }

        return new ChatResponse(messages)
        {
            ResponseId = source.ResponseId,
            ModelId = source.ModelId,
            CreatedAt = source.CreatedAt,
            FinishReason = source.FinishReason,
            ConversationId = source.ConversationId,
            Usage = source.Usage is null ? null : new UsageDetails
            {
                InputTokenCount = source.Usage.InputTokenCount,
                OutputTokenCount = source.Usage.OutputTokenCount,
                TotalTokenCount = source.Usage.TotalTokenCount,
                AdditionalCounts = source.Usage.AdditionalCounts is null ? null : new(source.Usage.AdditionalCounts),
            },
            AdditionalProperties = properties is { Count: > 0 } ? properties : null,
        };
    }
}

/// <summary>Stores <see cref="CachedChatResponse"/> in HybridCache's distributed tier as its raw self-checking payload.</summary>
internal sealed class CachedChatResponseSerializer : IHybridCacheSerializer<CachedChatResponse>
{
    public CachedChatResponse Deserialize(ReadOnlySequence<byte> source) =>
        source.IsSingleSegment ? CachedChatResponse.Read(source.FirstSpan) : CachedChatResponse.Read(source.ToArray());

    public void Serialize(CachedChatResponse value, IBufferWriter<byte> target) => target.Write(value.Payload);
}
