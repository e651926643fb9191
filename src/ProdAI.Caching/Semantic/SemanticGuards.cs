namespace ProdAI.Caching.Semantic;

/// <summary>
/// Checks that keep a semantic cache from answering a question with the answer to a different one that merely looks alike:
/// embeddings of "transfer $50 to savings" and "transfer $500 to savings" are nearly identical, the answers are not.
/// </summary>
[Flags]
public enum SemanticGuards
{
    /// <summary>No guard: the similarity threshold alone decides.</summary>
    None = 0,

    /// <summary>The numbers (digits and number words) of both texts must be the same.</summary>
    Numbers = 1,

    /// <summary>Both texts must be negated, or neither ("can I" versus "can't I", "with" versus "without").</summary>
    Negation = 2,

    /// <summary>Names (capitalised words inside a sentence, acronyms, product-like tokens, quoted text) of one text must occur in the other.</summary>
    Entities = 4,

    /// <summary>Opposite direction or state words must not differ (to/from order, ascending/descending, enable/disable, buy/sell …).</summary>
    Direction = 8,

    /// <summary>Dates and relative days, months and weekdays of both texts must be the same.</summary>
    Dates = 16,

    /// <summary>Content words that one text has and the other lacks must not replace each other one for one ("locate my card" versus "link my card").</summary>
    Substitution = 32,

    /// <summary>The default guards: every guard but <see cref="Substitution"/>, which also rejects many true paraphrases.</summary>
    Default = Numbers | Negation | Entities | Direction | Dates,

    /// <summary>Every guard.</summary>
    All = Numbers | Negation | Entities | Direction | Dates | Substitution,
}
