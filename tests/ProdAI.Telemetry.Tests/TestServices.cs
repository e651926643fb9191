using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ProdAI.Telemetry.Tests;

/// <summary>A private meter factory per test, so parallel tests never see each other's measurements.</summary>
internal sealed class TestMeters : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public IMeterFactory Factory => _services.GetRequiredService<IMeterFactory>();

    public void Dispose() => _services.Dispose();
}
