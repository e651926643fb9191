using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ProdAI.Guardrails.Pipeline;

/// <summary>The ProdAI.Guardrails meter: detections by check, kind and action; span events without text.</summary>
internal sealed class GuardrailsInstruments
{
    public const string MeterName = "ProdAI.Guardrails";
    public const string DetectionsInstrument = "prodai.guardrails.detections";
    private static readonly Lazy<GuardrailsInstruments> Fallback = new(() => new GuardrailsInstruments(new Meter(MeterName)));
    private readonly Counter<long> _detections;

    private GuardrailsInstruments(Meter meter) =>
        _detections = meter.CreateCounter<long>(DetectionsInstrument, "{detection}", "Guardrail findings by check, kind (category or entity type) and action.");

    public static GuardrailsInstruments Create(IMeterFactory? factory) => factory is null ? Fallback.Value : new GuardrailsInstruments(factory.Create(MeterName));

    public void Record(IReadOnlyList<GuardrailFinding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        // One measurement and one span event per check, kind and action, with the count: a message of thirty thousand e-mail
        // addresses makes one event, not thirty thousand kept on the span.
        Activity? activity = Activity.Current;
        foreach (IGrouping<(string Check, string Kind, GuardrailAction Action), GuardrailFinding> group in findings.GroupBy(f => (f.Check, f.Kind, f.Action)))
        {
            string action = group.Key.Action.ToString().ToLowerInvariant();
            int count = group.Count();
            if (_detections.Enabled)
            {
                _detections.Add(count, new TagList
                {
                    { "prodai.guardrails.check", group.Key.Check },
                    { "prodai.guardrails.kind", group.Key.Kind },
                    { "prodai.guardrails.action", action },
                });
            }

            activity?.AddEvent(new ActivityEvent("prodai.guardrails.detection", tags: new ActivityTagsCollection
            {
                ["prodai.guardrails.check"] = group.Key.Check,
                ["prodai.guardrails.kind"] = group.Key.Kind,
                ["prodai.guardrails.action"] = action,
                ["prodai.guardrails.score"] = group.Max(f => f.Score),
                ["prodai.guardrails.count"] = count,
            }));
        }
    }
}
