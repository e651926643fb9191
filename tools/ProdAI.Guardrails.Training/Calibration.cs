namespace ProdAI.Guardrails.Training;

/// <summary>
/// What the whole-text model's default threshold is calibrated on, shared by the train verb and the semantic study: the
/// 5 folds of the train split (by a hash of the text), and the benign rows that count — the public data sets' prompts,
/// e-mails and abstracts, not the technical documents or the written rows (docs/quality.md, seventh session), nor the
/// everyday requests unless asked — of which at most <see cref="Rate"/> may be flagged out of fold.
/// </summary>
internal static class Calibration
{
    public const double Rate = 0.005;

    public static int Fold(string text, string salt = "") =>
        (int)(System.IO.Hashing.XxHash32.HashToUInt32(System.Text.Encoding.UTF8.GetBytes("fold:" + salt + text)) % 5);

    public static bool Counts(string source, bool everyday = false) =>
        source is not ("bipia-code-train" or "bipia-table-train" or "rag-docs" or Written.Source or Synthetic.ObfuscatedBenignSource) && (everyday || !Everyday.IsSource(source));
}
