using System.Diagnostics.Metrics;

namespace ProdAI.Benchmarks;

/// <summary>Metrics are only recorded when someone listens: listen to a meter like an OpenTelemetry exporter would.</summary>
internal static class Listeners
{
    public static MeterListener ListenTo(string meterName)
    {
        var listener = new MeterListener { InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == meterName) { l.EnableMeasurementEvents(instrument); } } };
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => { });
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => { });
        listener.Start();
        return listener;
    }
}
