namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// Which sentence model document mode (<see cref="InjectionScanMode.Document"/>) uses: a trade-off between catching tasks
/// slipped into data and leaving alone documents that are themselves full of instructions to people.
/// </summary>
public enum DocumentProfile
{
    /// <summary>
    /// Tuned to catch tasks slipped into ordinary data (e-mails, web pages, tool output, abstracts): the default. Flags
    /// about a third of documents that are full of instructions to people (manuals, notices, e-mails that correct
    /// themselves) in ProdAI's blind tests.
    /// </summary>
    General,

    /// <summary>
    /// Also trained on documents full of instructions to people (manuals, recipes, help-centre articles, notices,
    /// protocols, e-mails that withdraw an earlier message): about half the false positives of <see cref="General"/> on
    /// such documents, at the cost of missing more injected tasks (docs/quality.md). For corpora of manuals, help centres
    /// or internal mail.
    /// </summary>
    Instructional,
}
