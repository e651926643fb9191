namespace ProdAI.Guardrails.Normalization;

/// <summary>How a payload hidden in a text was encoded.</summary>
public enum PayloadEncoding
{
    /// <summary>Base64 (standard or URL-safe alphabet).</summary>
    Base64,

    /// <summary>Hexadecimal bytes.</summary>
    Hex,

    /// <summary>Percent (URL) encoding.</summary>
    UrlEncoding,

    /// <summary>ROT13 letter rotation.</summary>
    Rot13,

    /// <summary>Unicode TAG characters carrying ASCII.</summary>
    TagCharacters,

    /// <summary>International Morse code (dots and dashes; letters split by a space, words by a slash or two spaces).</summary>
    Morse,
}

/// <summary>A payload found encoded in a text and decoded to text, to be scanned like the text itself.</summary>
/// <param name="Encoding">How it was encoded.</param>
/// <param name="Start">Start of the encoded run in the original text (UTF-16 code units).</param>
/// <param name="End">End (exclusive) of the encoded run in the original text.</param>
/// <param name="Text">The decoded text.</param>
public sealed record DecodedPayload(PayloadEncoding Encoding, int Start, int End, string Text);
