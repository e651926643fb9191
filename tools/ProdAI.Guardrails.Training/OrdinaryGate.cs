using ProdAI.Guardrails.Normalization;
using ProdAI.Guardrails.PromptInjection;

namespace ProdAI.Guardrails.Training;

/// <summary>
/// The second model of the ordinary-request check (<see cref="PromptInjectionOptions.HoldOrdinaryRequests"/>): "an everyday
/// request or an attack?", trained on every banking77 and CLINC150 train utterance, a quarter of the exam questions and the
/// public benign train prompts (self-instruct, XSTest) against every train attack in prompt mode. Its threshold is the
/// out-of-fold gate score below which at most 0.2 % of all train attacks in prompt mode would be held (3 of 1,506) — counted
/// among the attacks the check could hold at all (short, English, no rule, finding or payload; 51 of them, so 3 of 51 of
/// that kind), whether or not the whole-text model flags them. The learner's settings are the shipped defaults whatever
/// study options the tool was given.
/// </summary>
internal static class OrdinaryGate
{
    public const double ReleasedAttacks = 0.002;

    public static void Train(string datasets, List<Example> train, Func<Example, int> fold, string path)
    {
        List<Example> ordinary =
        [
            .. Everyday.Prompts(datasets, 1),
            .. train.Where(e => e.Label == 0 && e.Mode == InjectionScanMode.Prompt && e.Source is "self-instruct" or "xstest"),
        ];
        List<Example> attacks = [.. train.Where(e => e.Label == 1 && e.Mode == InjectionScanMode.Prompt)];
        List<Example> data = [.. ordinary, .. attacks];
        var outOfFold = new List<(double Score, Example Example)>();
        for (int f = 0; f < 5; f++)
        {
            (float[] w, float b) = Fit(data.Where(e => fold(e) != f));
            var probe = new HashedNgramClassifier(w, b, 0.5);
            outOfFold.AddRange(data.Where(e => fold(e) == f).Select(e => (Example: e, Text: TextNormalizer.Normalize(e.Text))).Where(x => IsCandidate(x.Text))
                .Select(x => (probe.Score(x.Text, InjectionScanMode.Prompt, []), x.Example)));
        }

        double[] candidates = [.. outOfFold.Where(v => v.Example.Label == 1).Select(v => v.Score).Order()];
        int released = (int)Math.Floor(attacks.Count * ReleasedAttacks);
        // Too few candidate attacks to set it by (never with the shipped data): 0, which holds nothing.
        double threshold = released < candidates.Length ? candidates[released] : 0;
        var ordinaryCandidates = outOfFold.Where(v => v.Example.Label == 0).ToList();
        Console.WriteLine($"ordinary-request gate: {ordinary.Count} ordinary, {attacks.Count} attacks, {candidates.Length} of them candidates; threshold {threshold:0.0000} " +
            $"(holds {candidates.Count(s => s < threshold)} attacks; {ordinaryCandidates.Count(v => v.Score < threshold)} of {ordinaryCandidates.Count} ordinary candidates would be held, out of fold)");
        foreach (var v in outOfFold.Where(v => v.Example.Label == 1 && v.Score < threshold))
        {
            Console.WriteLine($"  held attack {v.Score:0.000} {v.Example.Source} {v.Example.Text[..Math.Min(120, v.Example.Text.Length)].ReplaceLineEndings(" ")}");
        }

        (float[] weights, float bias) = Fit(data);
        using FileStream stream = File.Create(path);
        HashedNgramClassifier.Save(stream, weights, bias, threshold);
        Console.WriteLine($"ordinary-request gate written to {path}");
    }

    // The learner with the shipped settings (those of the whole-text model, classes balanced).
    private static (float[] Weights, float Bias) Fit(IEnumerable<Example> examples)
    {
        var trainer = new Trainer();
        trainer.Fit(Trainer.Featurize(examples), Trainer.DefaultEpochs, Trainer.DefaultLearningRate, Trainer.DefaultL2, seed: 1);
        return (trainer.Weights, trainer.Bias);
    }

    // What the runtime checks before it asks the gate (PromptInjectionDetector.Scan): a short English prompt with no finding,
    // payload or rule match.
    private static bool IsCandidate(NormalizedText normalized) =>
        PromptInjectionDetector.IsOrdinaryRequestCandidate(normalized) && PromptInjectionDetector.RuleCategories(normalized, InjectionScanMode.Prompt).Count == 0;
}
