using Microsoft.Extensions.AI;

namespace ProdAI.Testing;

/// <summary>A call a <see cref="ScriptedChatClient"/> received.</summary>
/// <param name="Messages">The messages, copied.</param>
/// <param name="Options">The options, as passed.</param>
/// <param name="Streaming"><see langword="true"/> for a streaming call.</param>
public sealed record ScriptedCall(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options, bool Streaming);
