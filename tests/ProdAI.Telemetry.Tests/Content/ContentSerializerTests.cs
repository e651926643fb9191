using System.Text.Json;
using Microsoft.Extensions.AI;
using ProdAI.Telemetry.Content;

namespace ProdAI.Telemetry.Tests.Content;

public class ContentSerializerTests
{
    [Theory]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(257)]
    [InlineData(1000)]
    [InlineData(4096)]
    public void Serialize_LongContentWithEscapesAndEmoji_IsValidJsonWithinLimit(int maxLength)
    {
        var random = new Random(maxLength);
        string[] pieces = ["\"quoted\"", "back\\slash", "new\nline", "😀", "é", "<tag>", "plain words "];
        ChatMessage[] messages = [.. Enumerable.Range(0, 5).Select(i => new ChatMessage(i % 2 == 0 ? ChatRole.User : ChatRole.Assistant,
            string.Concat(Enumerable.Range(0, 200).Select(_ => pieces[random.Next(pieces.Length)]))))];

        string json = ContentSerializer.Serialize(messages, s => s, maxLength);

        Assert.True(json.Length <= maxLength, $"{json.Length} > {maxLength}");
        using JsonDocument doc = JsonDocument.Parse(json); // throws on invalid JSON
        Assert.True(doc.RootElement.ValueKind is JsonValueKind.Array or JsonValueKind.Object);
    }

    [Fact]
    public void Serialize_FitsWithoutTruncation_KeepsEverything()
    {
        string json = ContentSerializer.Serialize([new ChatMessage(ChatRole.User, "hi")], s => s.ToUpperInvariant(), 4096);
        Assert.Equal("""[{"role":"user","text":"HI"}]""", json);
    }

    [Fact]
    public void Serialize_Truncated_MarksTruncation()
    {
        string json = ContentSerializer.Serialize([new ChatMessage(ChatRole.User, new string('a', 10_000))], s => s, 200);
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.EndsWith(ContentSerializer.TruncationMarker, doc.RootElement[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_TooSmallLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentSerializer.Serialize([], s => s, 10));
    }
}
