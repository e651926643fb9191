using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

namespace ProdAI.Telemetry.Tokens;

/// <summary>
/// <see cref="ITokenCounter"/> over Microsoft.ML.Tokenizers' tiktoken encodings (<c>o200k_base</c>, <c>cl100k_base</c>),
/// mapped from model ids by <see cref="TokenizerEncodings"/>.
/// </summary>
/// <remarks>
/// <para>Each encoding is created once per process, on first use (creation costs about 100 ms), and shared: the
/// tokenizers are thread-safe. Use <see cref="Shared"/> rather than creating instances.</para>
/// <para>Chat requests are counted the way OpenAI documents for its chat models: 3 tokens of overhead per message,
/// 1 more when the message has an author name, and 3 tokens that prime the reply. Images count 765 tokens each (a
/// 1024×1024 high-detail image) and tool definitions are counted from their JSON schema; both make the count an estimate.</para>
/// </remarks>
public sealed class TiktokenTokenCounter : ITokenCounter
{
    /// <summary>Tokens added per chat message.</summary>
    public const int TokensPerMessage = 3;

    /// <summary>Tokens added when a message carries an author name.</summary>
    public const int TokensPerName = 1;

    /// <summary>Tokens that prime the assistant's reply.</summary>
    public const int ReplyPrimingTokens = 3;

    /// <summary>Tokens assumed per image input.</summary>
    public const int TokensPerImage = 765;

    private static readonly Lazy<Tokenizer> O200k = new(() => TiktokenTokenizer.CreateForEncoding(TokenizerEncodings.O200kBase), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Tokenizer> Cl100k = new(() => TiktokenTokenizer.CreateForEncoding(TokenizerEncodings.Cl100kBase), LazyThreadSafetyMode.ExecutionAndPublication);

    private TiktokenTokenCounter()
    {
    }

    /// <summary>Gets the process-wide instance.</summary>
    public static TiktokenTokenCounter Shared { get; } = new();

    /// <inheritdoc />
    public TokenCount CountTokens(string? modelId, ReadOnlySpan<char> text)
    {
        TokenizerMapping mapping = TokenizerEncodings.Resolve(modelId);
        long raw = text.IsEmpty ? 0 : GetTokenizer(mapping.Encoding).CountTokens(text);
        return Finish(raw, estimated: false, mapping);
    }

    /// <inheritdoc />
    public TokenCount CountTokens(string? modelId, IEnumerable<ChatMessage> messages, ChatOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        TokenizerMapping mapping = TokenizerEncodings.Resolve(modelId);
        Tokenizer tokenizer = GetTokenizer(mapping.Encoding);
        bool estimated = false;
        long total = ReplyPrimingTokens;

        if (!string.IsNullOrEmpty(options?.Instructions))
        {
            total += TokensPerMessage + tokenizer.CountTokens(options.Instructions);
        }

        if (options?.Tools is { Count: > 0 } tools)
        {
            estimated = true;
            foreach (AITool tool in tools)
            {
                total += tokenizer.CountTokens(tool.Name) + tokenizer.CountTokens(tool.Description ?? string.Empty);
                if (tool is AIFunctionDeclaration function)
                {
                    total += tokenizer.CountTokens(function.JsonSchema.GetRawText());
                }
            }
        }

        foreach (ChatMessage message in messages)
        {
            if (message is null)
            {
                continue;
            }

            total += TokensPerMessage;
            if (!string.IsNullOrEmpty(message.AuthorName))
            {
                total += TokensPerName + tokenizer.CountTokens(message.AuthorName);
            }

            total += CountContents(tokenizer, message.Contents, ref estimated);
        }

        return Finish(total, estimated, mapping);
    }

    /// <summary>Counts the tokens of message contents (text, reasoning, tool calls and results, images).</summary>
    internal static long CountContents(Tokenizer tokenizer, IList<AIContent> contents, ref bool estimated)
    {
        long total = 0;
        for (int i = 0; i < contents.Count; i++)
        {
            switch (contents[i])
            {
                case TextContent text:
                    total += tokenizer.CountTokens(text.Text ?? string.Empty);
                    break;
                case TextReasoningContent reasoning:
                    total += tokenizer.CountTokens(reasoning.Text ?? string.Empty);
                    break;
                case FunctionCallContent call:
                    total += tokenizer.CountTokens(call.Name);
                    if (call.Arguments is { Count: > 0 })
                    {
                        total += tokenizer.CountTokens(JsonSerializer.Serialize(call.Arguments, AIJsonUtilities.DefaultOptions));
                    }

                    break;
                case FunctionResultContent result:
                    total += tokenizer.CountTokens(result.Result switch
                    {
                        null => string.Empty,
                        string s => s,
                        JsonElement e => e.GetRawText(),
                        object o => JsonSerializer.Serialize(o, AIJsonUtilities.DefaultOptions),
                    });
                    break;
                case DataContent data when data.HasTopLevelMediaType("image"):
                    total += TokensPerImage;
                    estimated = true;
                    break;
                case UsageContent:
                    break;
                case AIContent:
                    estimated = true;
                    break;
            }
        }

        return total;
    }

    /// <summary>
    /// Gets the process-wide Microsoft.ML.Tokenizers tokenizer of an encoding (<see cref="TokenizerEncodings.O200kBase"/> or
    /// <see cref="TokenizerEncodings.Cl100kBase"/>; anything else gives o200k), for callers that need token offsets, such as
    /// ProdAI.Rag's chunkers.
    /// </summary>
    /// <param name="encoding">The encoding name.</param>
    /// <returns>The shared tokenizer (thread-safe).</returns>
    public static Tokenizer GetTokenizer(string encoding) =>
        string.Equals(encoding, TokenizerEncodings.Cl100kBase, StringComparison.Ordinal) ? Cl100k.Value : O200k.Value;

    private static TokenCount Finish(long raw, bool estimated, TokenizerMapping mapping) =>
        mapping.IsExact
            ? new TokenCount(raw, estimated, mapping.Encoding)
            : new TokenCount((long)Math.Ceiling(raw * mapping.EstimateFactor), true, mapping.Encoding);
}
