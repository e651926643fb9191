namespace ProdAI.Routing.Difficulty;

/// <summary>
/// A fast, transparent difficulty heuristic (no model): longer prompts, more numbers and constraints, code, equations and
/// reasoning verbs ("prove", "derive", "step by step", "optimise" …) raise the score; a short factual question stays low.
/// Useful when the learned scorer's training data does not resemble your traffic; measured against the learned one in
/// docs/quality.md.
/// </summary>
public sealed class RuleBasedComplexityScorer : IComplexityScorer
{
    private static readonly string[] Reasoning =
    [
        "prove", "derive", "step by step", "explain why", "analy", "compare", "optimi", "algorithm", "implement", "debug", "refactor",
        "calculate", "compute", "how many", "probability", "integral", "derivative", "equation", "trade-off", "tradeoff", "design a",
        "architecture", "complexity", "theorem", "evaluate", "justify", "critique", "multi-step", "strategy",
    ];

    private static readonly string[] Constraints = ["must", "should", "exactly", "at least", "at most", "without", "only if", "unless", "each", "every"];

    /// <summary>Gets a shared instance.</summary>
    public static RuleBasedComplexityScorer Instance { get; } = new();

    /// <inheritdoc />
    public double DefaultThreshold => 0.5;

    /// <inheritdoc />
    public double Score(ReadOnlySpan<char> prompt)
    {
        if (prompt.Length > DifficultyFeatures.MaxChars)
        {
            prompt = prompt[..DifficultyFeatures.MaxChars];
        }

        int words = 0, numbers = 0, questions = 0, lines = 0;
        bool code = false, math = false;
        bool inWord = false;
        foreach (char c in prompt)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                    numbers += char.IsAsciiDigit(c) ? 1 : 0;
                }

                inWord = true;
                continue;
            }

            inWord = false;
            switch (c)
            {
                case '?': questions++; break;
                case '\n': lines++; break;
                case '{' or '}' or ';' or '`': code = true; break;
                case '=' or '^' or '√' or '∑' or '∫' or '≤' or '≥': math = true; break;
            }
        }

        int reasoning = Count(prompt, Reasoning);
        int constraints = Count(prompt, Constraints);
        double z = -3.0
            + (0.45 * Math.Log2(words + 1))
            + (0.12 * Math.Min(numbers, 12))
            + (0.35 * Math.Min(reasoning, 4))
            + (0.15 * Math.Min(constraints, 6))
            + (0.2 * Math.Min(Math.Max(questions - 1, 0), 3))
            + (0.05 * Math.Min(lines, 20))
            + (code ? 0.8 : 0)
            + (math ? 0.6 : 0);
        return 1 / (1 + Math.Exp(-z));
    }

    private static int Count(ReadOnlySpan<char> text, string[] phrases)
    {
        int count = 0;
        foreach (string phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                count++;
            }
        }

        return count;
    }
}
