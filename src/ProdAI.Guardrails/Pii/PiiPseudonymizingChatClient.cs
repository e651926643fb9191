using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;
using ProdAI.Guardrails.Internal;

namespace ProdAI.Guardrails.Pii;

/// <summary>
/// Reversible pseudonymisation around a model call: personal data in the messages is replaced by pseudonyms
/// (<c>&lt;EMAIL_ADDRESS_1&gt;</c>) before the model sees it, and the pseudonyms in the answer are replaced back, so the
/// user gets a complete answer while the provider never receives the values. Tool results given as text and the string
/// arguments of earlier tool calls are pseudonymised too, and the tool calls the model makes get the values back. Pass a <see cref="PiiVault"/> under
/// <see cref="VaultKey"/> in <c>ChatOptions.AdditionalProperties</c> to keep pseudonyms stable across the turns of a
/// conversation; otherwise each call uses a fresh vault.
/// </summary>
public sealed class PiiPseudonymizingChatClient : DelegatingChatClient
{
    /// <summary>The <c>ChatOptions.AdditionalProperties</c> key of the conversation's <see cref="PiiVault"/>.</summary>
    public const string VaultKey = "prodai.pii.vault";

    private const int MaxTokenLength = 48;
    private readonly PiiDetector _detector;

    /// <summary>Initializes a new instance of the <see cref="PiiPseudonymizingChatClient"/> class.</summary>
    /// <param name="innerClient">The client to protect.</param>
    /// <param name="detector">The detector; <see cref="PiiDetector.Default"/> when <see langword="null"/>.</param>
    public PiiPseudonymizingChatClient(IChatClient innerClient, PiiDetector? detector = null)
        : base(innerClient)
    {
        _detector = detector ?? PiiDetector.Default;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        PiiVault vault = VaultOf(options);
        ChatResponse response = await base.GetResponseAsync(Pseudonymize(messages, vault), options, cancellationToken).ConfigureAwait(false);
        foreach (ChatMessage message in response.Messages)
        {
            for (int i = 0; i < message.Contents.Count; i++)
            {
                if (message.Contents[i] is TextContent text && text.Text is { Length: > 0 })
                {
                    message.Contents[i] = new TextContent(vault.Restore(text.Text));
                }
            }

            RestoreCalls(message.Contents, vault);
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
        ChatResponseUpdate? last = null;
        await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(Pseudonymize(messages, vault), options, cancellationToken).ConfigureAwait(false))
        {
            last = update;
            RestoreCalls(update.Contents, vault);
            string text = update.Text;
            if (text.Length == 0)
            {
                yield return update;
                continue;
            }

            // A pseudonym may be split across chunks: hold back a trailing "<…" that could still become one.
            pending.Append(text);
            string all = pending.ToString();
            int open = all.LastIndexOf('<');
            int keepFrom = open >= 0 && all.IndexOf('>', open) < 0 && all.Length - open <= MaxTokenLength ? open : all.Length;
            pending.Clear().Append(all, keepFrom, all.Length - keepFrom);
            yield return WithText(update, vault.Restore(all[..keepFrom]));
        }

        if (pending.Length > 0)
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, vault.Restore(pending.ToString())) { ResponseId = last?.ResponseId, ModelId = last?.ModelId };
        }
    }

    private static PiiVault VaultOf(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(VaultKey, out object? v) == true && v is PiiVault vault ? vault : new PiiVault();

    private List<ChatMessage> Pseudonymize(IEnumerable<ChatMessage> messages, PiiVault vault)
    {
        var result = new List<ChatMessage>();
        foreach (ChatMessage message in messages)
        {
            if (message is null)
            {
                continue;
            }

            ChatMessage? copy = null;
            for (int i = 0; i < message.Contents.Count; i++)
            {
                // Text, tool results given as text, and the arguments of earlier tool calls (which carry the restored values).
                AIContent? replaced = message.Contents[i] switch
                {
                    TextContent { Text: { Length: > 0 } text } when Pseudonymize(text, vault) is var p && !ReferenceEquals(p, text) => new TextContent(p),
                    FunctionResultContent { Result: string output } r when Pseudonymize(output, vault) is var p && !ReferenceEquals(p, output) => new FunctionResultContent(r.CallId, p),
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
        vault.ReserveLiteralTokens(text);
        IReadOnlyList<PiiEntity> entities = _detector.Detect(text);
        if (entities.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        int position = 0;
        foreach (PiiEntity entity in entities)
        {
            builder.Append(text, position, entity.Start - position).Append(vault.Pseudonym(entity.Type, text[entity.Start..entity.End]));
            position = entity.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    // A copy of the call with its string arguments mapped, or null when none changed.
    private static FunctionCallContent? MapArguments(FunctionCallContent call, Func<string, string> map)
    {
        Dictionary<string, object?>? mapped = null;
        foreach ((string name, object? value) in call.Arguments!)
        {
            if (value is string s && map(s) is var m && m != s)
            {
                (mapped ??= new Dictionary<string, object?>(call.Arguments!))[name] = m;
            }
        }

        return mapped is null ? null : new FunctionCallContent(call.CallId, call.Name, mapped);
    }

    // Tool calls the model asked for get the real values back in their arguments: the tool acts on them, not on pseudonyms.
    private static void RestoreCalls(IList<AIContent> contents, PiiVault vault)
    {
        for (int i = 0; i < contents.Count; i++)
        {
            if (contents[i] is FunctionCallContent { Arguments: { Count: > 0 } } call && MapArguments(call, vault.Restore) is { } restored)
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
