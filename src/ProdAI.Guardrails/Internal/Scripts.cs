namespace ProdAI.Guardrails.Internal;

/// <summary>Writing systems the checks treat apart.</summary>
internal static class Scripts
{
    /// <summary>Whether a character is Han (CJK ideographs, extension A, compatibility), Hiragana, Katakana or Thai: scripts written without spaces between words.</summary>
    public static bool IsUnspaced(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3040' and <= '\u30FF') or (>= '\u0E00' and <= '\u0E7F');
}
