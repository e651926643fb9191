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

        Activity? activity = Activity.Current;
        foreach (GuardrailFinding finding in findings)
        {
            if (_detections.Enabled)
            {
                _detections.Add(1, new TagList
                {
                    { "prodai.guardrails.check", finding.Check },
                    { "prodai.guardrails.kind", finding.Kind },
                    { "prodai.guardrails.action", finding.Action.ToString().ToLowerInvariant() },
                });
            }

            activity?.AddEvent(new ActivityEvent("prodai.guardrails.detection", tags: new ActivityTagsCollection
            {
                ["prodai.guardrails.check"] = finding.Check,
                ["prodai.guardrails.kind"] = finding.Kind,
                ["prodai.guardrails.action"] = finding.Action.ToString().ToLowerInvariant(),
                ["prodai.guardrails.score"] = finding.Score,
            }));
        }
    }
}
