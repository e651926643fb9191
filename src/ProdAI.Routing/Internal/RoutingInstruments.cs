using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ProdAI.Routing.Internal;

/// <summary>The package's ActivitySource and Meter (both named <c>ProdAI.Routing</c>).</summary>
internal static class RoutingInstruments
{
    public const string Name = "ProdAI.Routing";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Decisions = Meter.CreateCounter<long>("prodai.routing.decisions", "{request}", "Routed requests by deployment, policy and reason.");

    private static readonly Counter<long> Failovers = Meter.CreateCounter<long>("prodai.routing.failovers", "{attempt}", "Attempts that did not answer (failed, unavailable, rate-limited, escalated) by deployment and outcome.");

    public static void Record(RouteDecision decision, Activity? activity)
    {
        if (Decisions.Enabled)
        {
            Decisions.Add(1, new("prodai.route.deployment", decision.Deployment), new("prodai.route.policy", decision.Policy), new("prodai.route.reason", decision.Reason));
        }

        if (Failovers.Enabled)
        {
            foreach (RouteAttempt attempt in decision.Attempts)
            {
                if (attempt.Outcome != RouteAttemptOutcome.Succeeded)
                {
                    Failovers.Add(1, new KeyValuePair<string, object?>("prodai.route.deployment", attempt.Deployment), new("prodai.route.outcome", attempt.Outcome.ToString()));
                }
            }
        }

        if (activity is not null)
        {
            activity.SetTag("prodai.route.deployment", decision.Deployment);
            activity.SetTag("prodai.route.model", decision.Model);
            activity.SetTag("prodai.route.policy", decision.Policy);
            activity.SetTag("prodai.route.reason", decision.Reason);
            activity.SetTag("prodai.route.attempts", decision.Attempts.Count);
            if (decision.EstimatedCost is decimal cost)
            {
                activity.SetTag("prodai.route.estimated_cost", (double)cost);
            }

            if (decision.Difficulty is double difficulty)
            {
                activity.SetTag("prodai.route.difficulty", difficulty);
            }
        }
    }
}
