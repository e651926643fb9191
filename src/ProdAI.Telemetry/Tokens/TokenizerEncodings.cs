using System.Collections.Concurrent;

namespace ProdAI.Telemetry.Tokens;

/// <summary>
/// The explicit table that maps model ids to the tiktoken encoding that counts their tokens.
/// </summary>
/// <remarks>
/// <para>Exact encodings: <c>o200k_base</c> for the gpt-4o, gpt-4.1, gpt-4.5, gpt-5, gpt-oss and o-series (o1, o3, o4)
/// families; <c>cl100k_base</c> for gpt-4, gpt-4-turbo, gpt-3.5 and the text-embedding-3 / ada-002 embedding models.</para>
/// <para>Estimated: models whose tokenizer is not shipped are counted with <c>o200k_base</c> and scaled by a
/// family factor (Claude ×1.15, Mistral ×1.10, Llama ×1.05, Gemini and anything else ×1.00), and flagged estimated.
/// The factors are rough ratios of those tokenizers' counts to o200k's on English prose; use the provider's own count
/// endpoint when you need exact numbers for them.</para>
/// <para>Matching ignores case and a provider prefix (<c>openai/</c>, <c>azure/</c>, <c>models/</c>); the longest
/// matching prefix wins, so <c>gpt-4o-mini</c> maps through <c>gpt-4o</c>, not <c>gpt-4</c>.</para>
/// </remarks>
public static class TokenizerEncodings
{
    /// <summary>The <c>o200k_base</c> encoding name.</summary>
    public const string O200kBase = "o200k_base";

    /// <summary>The <c>cl100k_base</c> encoding name.</summary>
    public const string Cl100kBase = "cl100k_base";

    private const int MaxCachedResolutions = 4096;

    // (prefix, encoding, exact, factor). Longest prefix wins.
    private static readonly (string Prefix, string Encoding, bool Exact, double Factor)[] Table =
    [
        ("gpt-5", O200kBase, true, 1.0),
        ("gpt-4.5", O200kBase, true, 1.0),
        ("gpt-4.1", O200kBase, true, 1.0),
        ("gpt-4o", O200kBase, true, 1.0),
        ("chatgpt-4o", O200kBase, true, 1.0),
        ("gpt-oss", O200kBase, true, 1.0),
        ("o1", O200kBase, true, 1.0),
        ("o3", O200kBase, true, 1.0),
        ("o4", O200kBase, true, 1.0),
        ("codex-mini", O200kBase, true, 1.0),
        ("gpt-4", Cl100kBase, true, 1.0),
        ("gpt-35", Cl100kBase, true, 1.0),
        ("gpt-3.5", Cl100kBase, true, 1.0),
        ("text-embedding-3", Cl100kBase, true, 1.0),
        ("text-embedding-ada-002", Cl100kBase, true, 1.0),
        ("claude", O200kBase, false, 1.15),
        ("anthropic.claude", O200kBase, false, 1.15),
        ("mistral", O200kBase, false, 1.10),
        ("ministral", O200kBase, false, 1.10),
        ("magistral", O200kBase, false, 1.10),
        ("codestral", O200kBase, false, 1.10),
        ("pixtral", O200kBase, false, 1.10),
        ("llama", O200kBase, false, 1.05),
        ("meta-llama", O200kBase, false, 1.05),
        ("gemini", O200kBase, false, 1.0),
        ("gemma", O200kBase, false, 1.0),
    ];

    private static readonly ConcurrentDictionary<string, TokenizerMapping> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Resolves the encoding that counts tokens for <paramref name="modelId"/>.</summary>
    /// <param name="modelId">The model id, or <see langword="null"/>.</param>
    /// <returns>The encoding, whether the count is exact, and the scale factor applied to estimates.</returns>
    public static TokenizerMapping Resolve(string? modelId)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            return new TokenizerMapping(O200kBase, false, 1.0);
        }

        if (Cache.TryGetValue(modelId, out TokenizerMapping cached))
        {
            return cached;
        }

        TokenizerMapping mapping = ResolveCore(modelId);
        if (Cache.Count < MaxCachedResolutions)
        {
            Cache.TryAdd(modelId, mapping);
        }

        return mapping;
    }

    private static TokenizerMapping ResolveCore(string modelId)
    {
        ReadOnlySpan<char> id = modelId.AsSpan().Trim();
        int slash = id.LastIndexOf('/');
        if (slash >= 0)
        {
            id = id[(slash + 1)..];
        }

        int best = -1;
        for (int i = 0; i < Table.Length; i++)
        {
            if (id.StartsWith(Table[i].Prefix, StringComparison.OrdinalIgnoreCase) &&
                (best < 0 || Table[i].Prefix.Length > Table[best].Prefix.Length))
            {
                best = i;
            }
        }

        return best < 0
            ? new TokenizerMapping(O200kBase, false, 1.0)
            : new TokenizerMapping(Table[best].Encoding, Table[best].Exact, Table[best].Factor);
    }
}

/// <summary>How tokens of a model are counted.</summary>
/// <param name="Encoding">The tiktoken encoding name.</param>
/// <param name="IsExact"><see langword="true"/> when the encoding is the model's own tokenizer.</param>
/// <param name="EstimateFactor">The factor applied to the count when it is an estimate.</param>
public readonly record struct TokenizerMapping(string Encoding, bool IsExact, double EstimateFactor);
