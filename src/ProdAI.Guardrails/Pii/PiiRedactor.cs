using System.Security.Cryptography;
using System.Text;

namespace ProdAI.Guardrails.Pii;

/// <summary>Replaces detected entities in a text with a mask, a typed placeholder or a salted hash.</summary>
public sealed class PiiRedactor
{
    private readonly PiiDetector _detector;
    private readonly byte[]? _salt;

    /// <summary>Initializes a new instance of the <see cref="PiiRedactor"/> class.</summary>
    /// <param name="detector">The detector; <see cref="PiiDetector.Default"/> when <see langword="null"/>.</param>
    /// <param name="salt">The secret salt of <see cref="PiiOperator.Hash"/> (at least 16 bytes); required for that operator.</param>
    public PiiRedactor(PiiDetector? detector = null, byte[]? salt = null)
    {
        if (salt is { Length: < 16 })
        {
            throw new ArgumentException("The hash salt must be at least 16 bytes; generate it with RandomNumberGenerator and keep it secret.", nameof(salt));
        }

        _detector = detector ?? PiiDetector.Default;
        _salt = salt;
    }

    /// <summary>Detects and replaces the entities of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="operator">How to replace them.</param>
    /// <returns>The redacted text.</returns>
    public string Redact(string text, PiiOperator @operator)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Redact(text, _detector.Detect(text), @operator);
    }

    /// <summary>Replaces the given entities of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="entities">Non-overlapping entities in text order, as <see cref="PiiDetector.Detect"/> returns them.</param>
    /// <param name="operator">How to replace them.</param>
    /// <returns>The redacted text.</returns>
    public string Redact(string text, IReadOnlyList<PiiEntity> entities, PiiOperator @operator)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        if (@operator == PiiOperator.Hash && _salt is null)
        {
            throw new InvalidOperationException("PiiOperator.Hash needs a salt: create the PiiRedactor with a secret salt of at least 16 bytes.");
        }

        if (entities.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        int position = 0;
        foreach (PiiEntity entity in entities)
        {
            if (entity.Start < position || entity.End > text.Length)
            {
                throw new ArgumentException("Entities must be in text order, within the text and not overlap.", nameof(entities));
            }

            builder.Append(text, position, entity.Start - position);
            ReadOnlySpan<char> value = text.AsSpan(entity.Start, entity.Length);
            switch (@operator)
            {
                case PiiOperator.Mask:
                    AppendMask(builder, entity, value);
                    break;
                case PiiOperator.Placeholder:
                    builder.Append('<').Append(entity.Type).Append('>');
                    break;
                default:
                    builder.Append('<').Append(entity.Type).Append(':').Append(HashToken(value)).Append('>');
                    break;
            }

            position = entity.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static void AppendMask(StringBuilder builder, PiiEntity entity, ReadOnlySpan<char> value)
    {
        int keep = entity.Type == PiiEntityTypes.CreditCard ? 4 : 0;
        int digitsFromEnd = 0;
        int keepFrom = value.Length;
        for (int i = value.Length - 1; i >= 0 && digitsFromEnd < keep; i--)
        {
            if (char.IsAsciiDigit(value[i]))
            {
                digitsFromEnd++;
                keepFrom = i;
            }
        }

        for (int i = 0; i < value.Length; i++)
        {
            builder.Append(i >= keepFrom || value[i] is ' ' or '-' ? value[i] : '*');
        }
    }

    private string HashToken(ReadOnlySpan<char> value)
    {
        Span<byte> hash = stackalloc byte[32];
        byte[] bytes = Encoding.UTF8.GetBytes(value.ToString());
        HMACSHA256.HashData(_salt, bytes, hash);
        return Convert.ToHexStringLower(hash[..4]);
    }
}
