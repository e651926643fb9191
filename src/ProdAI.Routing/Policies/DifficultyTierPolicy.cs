using ProdAI.Routing.Difficulty;

namespace ProdAI.Routing;

/// <summary>
/// Routes by how hard the request looks: a complexity scorer rates the last user message in [0, 1], the thresholds cut
/// that into levels, and each level maps to a tier (lowest level → lowest tier present, highest level → highest tier).
/// The target tier goes first, then higher tiers (escalation), then lower ones; the order within a tier is kept, so
/// chain it after <see cref="CheapestCapablePolicy"/> to pick the cheapest deployment of the tier.
/// </summary>
public sealed class DifficultyTierPolicy : IRoutingPolicy
{
    private static readonly string[] Reasons = ["difficulty_low", "difficulty_medium", "difficulty_high"];
    private readonly double[] _thresholds;

    /// <summary>Initializes a new instance of the <see cref="DifficultyTierPolicy"/> class.</summary>
    /// <param name="scorer">The complexity scorer; <see langword="null"/> uses <see cref="LearnedComplexityScorer.Default"/>.</param>
    /// <param name="thresholds">Ascending level boundaries in (0, 1); <see langword="null"/> uses the scorer's default threshold (two levels).</param>
    public DifficultyTierPolicy(IComplexityScorer? scorer = null, IReadOnlyList<double>? thresholds = null)
    {
        Scorer = scorer ?? LearnedComplexityScorer.Default;
        _thresholds = thresholds is null ? [Scorer.DefaultThreshold] : [.. thresholds];
        if (_thresholds.Length == 0 || _thresholds.Any(t => t is <= 0 or >= 1 || double.IsNaN(t)))
        {
            throw new ArgumentException("Give one or more thresholds in (0, 1).", nameof(thresholds));
        }

        for (int i = 1; i < _thresholds.Length; i++)
        {
            if (_thresholds[i] <= _thresholds[i - 1])
            {
                throw new ArgumentException("Thresholds must be strictly ascending.", nameof(thresholds));
            }
        }
    }

    /// <inheritdoc />
    public string Name => "difficulty";

    /// <summary>Gets the scorer.</summary>
    public IComplexityScorer Scorer { get; }

    /// <summary>Gets the level boundaries.</summary>
    public IReadOnlyList<double> Thresholds => _thresholds;

    /// <inheritdoc />
    public void Route(RouteRequest context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RouteCandidates candidates = context.Candidates;
        if (double.IsNaN(context.Difficulty))
        {
            context.Difficulty = Scorer.Score(context.LastUserText);
        }

        int level = 0;
        while (level < _thresholds.Length && context.Difficulty >= _thresholds[level])
        {
            level++;
        }

        // Distinct tiers among the candidates, ascending (catalogs are small: at most 16 distinct tiers are told apart).
        Span<int> tiers = stackalloc int[16];
        int distinct = 0;
        for (int p = 0; p < candidates.Count; p++)
        {
            int tier = candidates[p].Tier;
            int at = tiers[..distinct].BinarySearch(tier);
            if (at < 0 && distinct < tiers.Length)
            {
                at = ~at;
                tiers[at..distinct].CopyTo(tiers[(at + 1)..]);
                tiers[at] = tier;
                distinct++;
            }
        }

        if (distinct == 0)
        {
            return;
        }

        int levels = _thresholds.Length + 1;
        int target = tiers[(int)Math.Round(level * (distinct - 1) / (double)(levels - 1))];
        candidates.SortBy(
            static (index, state) =>
            {
                int tier = state.Catalog.Deployments[index].Tier;
                return tier == state.Target ? 0 : tier > state.Target ? tier - state.Target : 1_000_000 + (state.Target - tier);
            },
            (context.Catalog, Target: target));
        context.PolicyName = Name;
        context.Reason = Reasons[level == 0 ? 0 : level == levels - 1 ? 2 : 1];
    }
}
