using Microsoft.Extensions.AI;

namespace ProdAI.Guardrails.Internal;

/// <summary>Copies of chat messages that a guardrail may change without touching the caller's history.</summary>
internal static class MessageCopies
{
    /// <summary>
    /// A copy with its own contents list (<see cref="ChatMessage.Clone"/> shares the list with the original), made to be
    /// changed: its <see cref="ChatMessage.RawRepresentation"/> is dropped, since a provider adapter that finds its own
    /// message type there sends that instead of the contents — the original text, unredacted.
    /// </summary>
    public static ChatMessage WithOwnContents(ChatMessage message)
    {
        ChatMessage copy = message.Clone();
        copy.Contents = [.. message.Contents];
        copy.RawRepresentation = null;
        return copy;
    }
}
