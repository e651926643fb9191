using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;

namespace ProdAI.Telemetry.Content;

/// <summary>
/// Serialises chat messages for span attributes as <c>[{"role": …, "text": …}]</c>, redacted, and truncated inside the
/// texts so that the result is valid JSON of at most the configured length.
/// </summary>
internal static class ContentSerializer
{
    internal const string TruncationMarker = "…[truncated]";

    public static string Serialize(IEnumerable<ChatMessage> messages, Func<string, string> redactor, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(redactor);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, ContentCaptureOptions.MinMaxLength);

        var items = new List<RecordedMessage>();
        foreach (ChatMessage message in messages)
        {
            if (message is null)
            {
                continue;
            }

            items.Add(new RecordedMessage(message.Role.Value, redactor(message.Text ?? string.Empty) ?? string.Empty));
        }

        string full = JsonSerializer.Serialize(items, RecordedJsonContext.Default.ListRecordedMessage);
        if (full.Length <= maxLength)
        {
            return full;
        }

        // Largest total text budget whose serialisation fits: binary search, a handful of serialisations.
        long totalText = items.Sum(i => (long)i.Text.Length);
        long lo = 0, hi = totalText;
        string? best = null;
        while (lo <= hi)
        {
            long mid = lo + ((hi - lo) / 2);
            string candidate = JsonSerializer.Serialize(Truncate(items, mid), RecordedJsonContext.Default.ListRecordedMessage);
            if (candidate.Length <= maxLength)
            {
                best = candidate;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best ?? JsonSerializer.Serialize(new TruncatedSummary(items.Count), RecordedJsonContext.Default.TruncatedSummary);
    }

    private static List<RecordedMessage> Truncate(List<RecordedMessage> items, long budget)
    {
        var result = new List<RecordedMessage>(items.Count);
        long remaining = budget;
        foreach (RecordedMessage item in items)
        {
            if (item.Text.Length <= remaining)
            {
                result.Add(item);
                remaining -= item.Text.Length;
                continue;
            }

            int keep = (int)Math.Max(0, remaining);
            if (keep > 0 && char.IsHighSurrogate(item.Text[keep - 1]))
            {
                keep--; // never split a surrogate pair
            }

            result.Add(new RecordedMessage(item.Role, string.Concat(item.Text.AsSpan(0, keep), TruncationMarker)));
            remaining = 0;
        }

        return result;
    }
}

internal sealed record RecordedMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("text")] string Text);

internal sealed record TruncatedSummary([property: JsonPropertyName("truncated_messages")] int TruncatedMessages);

[JsonSerializable(typeof(List<RecordedMessage>))]
[JsonSerializable(typeof(TruncatedSummary))]
internal sealed partial class RecordedJsonContext : JsonSerializerContext;
