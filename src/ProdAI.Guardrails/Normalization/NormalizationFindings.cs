namespace ProdAI.Guardrails.Normalization;

/// <summary>What the normaliser found and undid in a text. Any of these in a prompt is a signal of evasion.</summary>
[Flags]
public enum NormalizationFindings
{
    /// <summary>Nothing was changed beyond compatibility normalisation and case.</summary>
    None = 0,

    /// <summary>Zero-width or other invisible format characters were removed.</summary>
    InvisibleCharacters = 1,

    /// <summary>Bidirectional override or isolate controls were removed.</summary>
    BidiControls = 2,

    /// <summary>Unicode TAG characters (U+E0000–U+E007F, "ASCII smuggling") were removed and decoded.</summary>
    TagCharacters = 4,

    /// <summary>Cyrillic, Greek or Armenian look-alikes inside Latin words were folded to Latin (and then words written wholly in them, in English text).</summary>
    Confusables = 8,

    /// <summary>Leetspeak inside words (1gn0r3) was folded to letters.</summary>
    Leetspeak = 16,

    /// <summary>
    /// A payload decoded to text: base64, base32, base85, hex, URL-encoded, Morse, Braille, character escapes or codes,
    /// quoted-printable, the NATO alphabet, letters spelt out or drawn with other symbols (see <see cref="PayloadEncoding"/>;
    /// the readings without markup or diacritics and regional-indicator letters are not findings).
    /// </summary>
    EncodedPayload = 32,

    /// <summary>
    /// Letters in compatibility forms (full-width, mathematical alphanumerics, circled, superscript, ligatures) were folded by
    /// NFKC. Typography NFKC also folds — no-break and ideographic spaces, full-width punctuation, "…", superscript digits,
    /// fractions, half-width katakana — is folded without this finding.
    /// </summary>
    CompatibilityCharacters = 64,

    /// <summary>Unpaired UTF-16 surrogates were replaced with U+FFFD.</summary>
    InvalidUnicode = 128,

    /// <summary>Three or more combining marks were stacked on one Latin letter (Zalgo text) and dropped.</summary>
    CombiningMarks = 256,
}
