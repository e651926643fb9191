using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using ProdAI.Quality.Data;
using ProdAI.Routing;
using ProdAI.Telemetry;
using ProdAI.Telemetry.Models;
using ProdAI.Testing;

namespace ProdAI.Quality.Suites;

/// <summary>
/// Strong/weak routing on RouteLLM-style labels <c>{"prompt", "strong_correct", "weak_correct"}</c>: every prompt goes
/// through the router a user gets from <c>AddProdAIRouting()</c> + <c>UseRouting()</c> with its default policy over two
/// deployments — weak Mixtral-8x7B (tier 0) and strong gpt-4-1106-preview (tier 1), scripted so nothing is called — and
/// the chosen deployment's label counts. Figures at the default threshold: strong-call rate, accuracy, APGR (the share
/// of the weak-to-strong accuracy gap recovered; random routing recovers about its strong-call rate) and the estimated
/// cost relative to always calling the strong model; plus the whole curve over thresholds and its area (RouteLLM's APGR).
/// </summary>
internal sealed class RoutingSuite : IQualitySuite
{
    // Mixtral-8x7B-Instruct is not in ProdAI's catalog (it is no longer sold by its makers); priced here at the
    // $0.60 / $0.60 per million tokens hosts such as Together AI list for it. The strong model is in the catalog
    // (gpt-4-1106-preview is an alias of gpt-4-turbo: $10 / $30).
    private static readonly ModelInfo Mixtral = new("mixtral-8x7b-instruct", "mistral")
    {
        ContextWindow = 32_768,
        Pricing = new ModelPricing(new PriceTier(0.60m, 0.60m), "quality-harness", new DateOnly(2024, 8, 1)),
    };

    public string Name => "routing";

    public IReadOnlyList<SuiteOption> Options { get; } =
    [
        new("data", "JSONL rows {\"prompt\": str, \"strong_correct\": bool, \"weak_correct\": bool}"),
        new("policy", "the named policy (default: default; difficulty-rules for the rule-based scorer)", Required: false, AllowedValues: ["default", "difficulty", "difficulty-rules"]),
    ];

    public string Help => "routing --data FILE [--policy default|difficulty|difficulty-rules]";

    public JsonObject Run(SuiteArguments arguments, TextWriter log)
    {
        var rows = Jsonl.Read(arguments.Get("data"), (e, row) => (Prompt: row.String(e, "prompt"), Strong: row.Bool(e, "strong_correct"), Weak: row.Bool(e, "weak_correct"))).ToList();
        if (rows.Count == 0)
        {
            throw new DataFormatException($"{arguments.Get("data")}: no rows.");
        }

        var services = new ServiceCollection();
        string policy = arguments.GetOptional("policy") ?? "default";
        services.AddProdAIRouting(configure: o =>
        {
            o.Policy = policy;
            o.Deployments.Add(new ModelDeployment { Name = "weak", Model = Mixtral.Id, ModelInfo = Mixtral, Tier = 0, Client = Answering("weak") });
            o.Deployments.Add(new ModelDeployment { Name = "strong", Model = "gpt-4-1106-preview", Tier = 1, Client = Answering("strong") });
        });
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient router = new ChatClientBuilder(new ScriptedChatClient()).UseRouting().Build(provider);
        DeploymentCatalog catalog = provider.GetRequiredService<DeploymentCatalog>();
        int strongIndex = catalog.IndexOf("strong");

        var difficulty = new double[rows.Count];
        var toStrong = new bool[rows.Count];
        double routedCost = 0, strongCost = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            ChatResponse response = router.GetResponseAsync([new ChatMessage(ChatRole.User, rows[i].Prompt)]).GetAwaiter().GetResult();
            var decision = (RouteDecision)response.AdditionalProperties![ProdAIPropertyNames.Route]!;
            toStrong[i] = decision.Deployment == "strong";
            difficulty[i] = decision.Difficulty ?? double.NaN;
            routedCost += (double)(decision.EstimatedCost ?? 0);
            strongCost += catalog.EstimateCost(strongIndex, decision.InputTokens, decision.OutputTokens);
        }

        double strongAccuracy = rows.Average(r => r.Strong ? 1.0 : 0), weakAccuracy = rows.Average(r => r.Weak ? 1.0 : 0);
        double gap = strongAccuracy - weakAccuracy;
        // The gap-recovered share is undefined when the strong model is not better on this data: reported as null.
        double Pgr(double accuracy) => gap <= 0 ? double.NaN : (accuracy - weakAccuracy) / gap;
        static JsonNode? Figure(double value) => double.IsFinite(value) ? Metrics.Round(value) : null;
        double rate = toStrong.Average(s => s ? 1.0 : 0);
        double accuracy = Enumerable.Range(0, rows.Count).Average(i => (toStrong[i] ? rows[i].Strong : rows[i].Weak) ? 1.0 : 0);

        // The curve: send the top x % by difficulty to the strong model, x = 0, 5, …, 100.
        int[] order = [.. Enumerable.Range(0, rows.Count).OrderByDescending(i => difficulty[i])];
        var curve = new JsonArray();
        double area = 0, previousRate = 0, previousPgr = 0;
        log.WriteLine($"routing: {rows.Count} prompts; strong accuracy {strongAccuracy:0.0000}, weak {weakAccuracy:0.0000}");
        log.WriteLine("  strong-call rate → accuracy, gap recovered (random ≈ rate)");
        for (int step = 0; step <= 20; step++)
        {
            int k = (int)Math.Round(rows.Count * step / 20.0);
            double correct = 0;
            for (int j = 0; j < order.Length; j++)
            {
                correct += (j < k ? rows[order[j]].Strong : rows[order[j]].Weak) ? 1 : 0;
            }

            double r = k / (double)rows.Count, pgr = Pgr(correct / rows.Count);
            area += (r - previousRate) * (pgr + previousPgr) / 2;
            (previousRate, previousPgr) = (r, pgr);
            curve.Add(new JsonObject { ["strong_call_rate"] = Metrics.Round(r), ["accuracy"] = Metrics.Round(correct / rows.Count), ["apgr"] = Figure(pgr) });
            log.WriteLine($"  {r,5:0.00} → {correct / rows.Count:0.0000}, {pgr:0.000}");
        }

        double threshold = policy == "difficulty-rules" ? ProdAI.Routing.Difficulty.RuleBasedComplexityScorer.Instance.DefaultThreshold : ProdAI.Routing.Difficulty.LearnedComplexityScorer.Default.DefaultThreshold;
        log.WriteLine($"{policy} policy (threshold {threshold:0.00}): strong-call rate {rate:0.0000}, accuracy {accuracy:0.0000}, APGR {Pgr(accuracy):0.0000} (margin over random {Pgr(accuracy) - rate:+0.000;-0.000}), cost ratio {routedCost / strongCost:0.0000}");
        return new JsonObject
        {
            ["n"] = rows.Count,
            ["policy"] = policy,
            ["strong_call_rate"] = Metrics.Round(rate),
            ["accuracy"] = Metrics.Round(accuracy),
            ["apgr"] = Figure(Pgr(accuracy)),
            ["cost_ratio"] = Figure(routedCost / strongCost),
            ["threshold"] = Metrics.Round(threshold),
            ["strong_accuracy"] = Metrics.Round(strongAccuracy),
            ["weak_accuracy"] = Metrics.Round(weakAccuracy),
            ["apgr_area"] = Figure(area),
            ["curve"] = curve,
        };
    }

    private static ScriptedChatClient Answering(string text) => new() { RecordCalls = false, Responder = (_, _) => ScriptedResponse.Reply(text) };
}
