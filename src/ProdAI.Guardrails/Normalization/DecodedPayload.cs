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

    /// <summary>RFC 4648 base32 (upper-case alphabet).</summary>
    Base32,

    /// <summary>English grade-1 Braille in Unicode Braille patterns (U+2800–U+28FF).</summary>
    Braille,

    /// <summary>The Atbash letter mirror (a↔z, b↔y …).</summary>
    Atbash,

    /// <summary>The whole text written backwards.</summary>
    Reversed,

    /// <summary>Words spelt out letter by letter with spaces between the letters ("i g n o r e   a l l").</summary>
    SpacedLetters,
}

/// <summary>A payload found encoded in a text and decoded to text, to be scanned like the text itself.</summary>
/// <param name="Encoding">How it was encoded.</param>
/// <param name="Start">Start of the encoded run in the original text (UTF-16 code units).</param>
/// <param name="End">End (exclusive) of the encoded run in the original text.</param>
/// <param name="Text">The decoded text.</param>
public sealed record DecodedPayload(PayloadEncoding Encoding, int Start, int End, string Text);
