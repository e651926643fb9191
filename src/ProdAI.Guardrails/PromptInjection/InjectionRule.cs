using System.Text.RegularExpressions;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>What a rule's match does.</summary>
internal enum RuleEffect
{
    /// <summary>Every match is evidence the classifier weighs (an extraction match that reads as a how-to question is skipped).</summary>
    Evidence,

    /// <summary>
    /// The first match that does not read as a negation, a past tense or a question decides on its own; the search goes on
    /// from just after a skipped match's start, and more than 32 skipped matches in one text count as a match.
    /// </summary>
    Decisive,

    /// <summary>The first match is evidence and decides on its own in a prompt that is not one short question (DAN spelt out).</summary>
    DecisiveUnlessShortQuestion,

    /// <summary>The first match that is an address to the AI, not a noun phrase ("the AI team", "the AI act"), decides on its own.</summary>
    DecisiveAddress,
}

/// <summary>
/// One row of the rule table (<see cref="InjectionRules.All"/>), run in order: its category and pattern; the keyword sets it
/// needs before the pattern runs (one keyword of each, all sets looked up in one pass by <see cref="InjectionRules.Index"/>,
/// which spares a full automaton run over text that cannot match — every alternative of the pattern contains a keyword of
/// each set); the one scan mode it is limited to, if any; whether it also waits for the twelve-language gate
/// (<see cref="InjectionRules.MayBeMultilingual(ReadOnlySpan{char})"/>) or, on long texts, for the shared pre-screen
/// automaton; and what a match does.
/// </summary>
internal sealed record InjectionRule(InjectionCategory Category, Func<Regex> CreatePattern, KeywordFilter[] Keywords, RuleEffect Effect = RuleEffect.Evidence)
{
    // Built on first use: constructing the table's automata takes about two seconds (the multilingual patterns most of it),
    // and most texts never reach most patterns past their keywords — the first scan in a process pays only for what it runs.
    private readonly Lazy<Regex> _pattern = new(CreatePattern);

    /// <summary>Gets the rule's pattern, built the first time it is asked for.</summary>
    public Regex Pattern => _pattern.Value;

    /// <summary>Gets a value indicating whether <see cref="Pattern"/> has been built.</summary>
    public bool IsPatternBuilt => _pattern.IsValueCreated;

    /// <summary>Gets the only scan mode the rule runs in, or <see langword="null"/> for both.</summary>
    public InjectionScanMode? OnlyIn { get; init; }

    /// <summary>Gets a value indicating whether the rule runs only on text that may be in one of the fifteen more languages.</summary>
    public bool MultilingualGate { get; init; }

    /// <summary>Gets a value indicating whether the rule runs only on text that does not read as English (<see cref="InjectionRules.LooksEnglish"/>).</summary>
    public bool OutsideEnglish { get; init; }

    /// <summary>Gets a value indicating whether, on long texts, the rule runs only when the shared pre-screen automaton matched.</summary>
    public bool PreScreened { get; init; }

    /// <summary>Gets a value indicating whether a match can decide on its own.</summary>
    public bool CanDecide => Effect != RuleEffect.Evidence;

    /// <summary>Whether every keyword set is in <paramref name="text"/>, given what <see cref="InjectionRules.Index"/> found in it.</summary>
    public bool KeywordsFoundIn(KeywordHits hits, ReadOnlySpan<char> text)
    {
        foreach (KeywordFilter filter in Keywords)
        {
            if (!filter.FoundIn(hits, text))
            {
                return false;
            }
        }

        return true;
    }
}
