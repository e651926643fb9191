using Microsoft.Extensions.AI;

namespace ProdAI.Guardrails.Internal;

/// <summary>Copies of chat messages that a guardrail may change without touching the caller's history.</summary>
internal static class MessageCopies
{
    /// <summary>A copy with its own contents list: <see cref="ChatMessage.Clone"/> shares the list with the original.</summary>
    public static ChatMessage WithOwnContents(ChatMessage message)
    {
        ChatMessage copy = message.Clone();
        copy.Contents = [.. message.Contents];
        return copy;
    }
}
