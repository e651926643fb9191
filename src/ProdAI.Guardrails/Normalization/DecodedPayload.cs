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

    /// <summary>
    /// Words spelt out letter by letter with a separator between the letters ("i g n o r e   a l l", "i-g-n-o-r-e",
    /// "I🙂g🙂n🙂o🙂r🙂e").
    /// </summary>
    SpacedLetters,

    /// <summary>
    /// Character references and escapes: HTML numeric references (<c>&amp;#73;</c>, <c>&amp;#x49;</c>) and <c>\u0049</c>,
    /// <c>\u{49}</c>, <c>\U00000049</c>, in runs holding at least six escaped ASCII letters.
    /// </summary>
    CharacterEscapes,

    /// <summary>Quoted-printable bytes (<c>=49=67=6E</c>), in runs holding at least six escaped ASCII letters.</summary>
    QuotedPrintable,

    /// <summary>Character codes written as numbers: binary bytes, decimal code points or octal bytes ("73 103 110 …").</summary>
    CharacterCodes,

    /// <summary>The NATO spelling alphabet ("India Golf November Oscar Romeo Echo").</summary>
    NatoAlphabet,

    /// <summary>Letters drawn with other symbols: small capitals, regional indicator symbols, upside-down (turned) text.</summary>
    LetterSymbols,

    /// <summary>The ROT47 rotation of printable ASCII.</summary>
    Rot47,

    /// <summary>A Caesar shift of the Latin letters other than ROT13, found from English letter frequencies.</summary>
    Caesar,

    /// <summary>
    /// The text read with every diacritic removed, when marks no language puts on nearly every letter cover most of its
    /// Latin letters ("İġṅȯṙė ȧl̇l̇"). Not counted as an <see cref="NormalizationFindings.EncodedPayload"/> finding.
    /// </summary>
    Diacritics,

    /// <summary>Ascii85 (Adobe) or base85 (RFC 1924, Python's <c>b85encode</c>).</summary>
    Base85,

    /// <summary>Words split by Markdown emphasis or HTML tags ("**I**gnore", "prev&lt;b&gt;ious&lt;/b&gt;"), read with the markup taken out.</summary>
    MarkupInWords,

    /// <summary>English written without its vowels ("gnr ll prvs nstrctns"), read back against a lexicon.</summary>
    VowelsRemoved,

    /// <summary>Pig Latin ("ignoreway allway eviouspray instructionsway"), read back.</summary>
    PigLatin,

    /// <summary>Words split by punctuation inside them ("ov.erride", "co/nv/ersation"), read joined.</summary>
    SplitWords,

    /// <summary>An order split into quoted pieces to be put together ("a='ign', b='ore all'; do a+b"), read joined.</summary>
    QuotedPieces,

    /// <summary>A language game that puts a syllable before every vowel (Ubbi Dubbi, Eggy-Peggy …), read without it.</summary>
    LanguageGame,
}

/// <summary>A payload found encoded in a text and decoded to text, to be scanned like the text itself.</summary>
/// <param name="Encoding">How it was encoded.</param>
/// <param name="Start">Start of the encoded run in the original text (UTF-16 code units).</param>
/// <param name="End">End (exclusive) of the encoded run in the original text.</param>
/// <param name="Text">The decoded text.</param>
public sealed record DecodedPayload(PayloadEncoding Encoding, int Start, int End, string Text);
