using Microsoft.Extensions.AI;
using ProdAI.Telemetry.Attribution;

namespace ProdAI.Telemetry.Tests.Attribution;

public class AttributionTests
{
    [Fact]
    public async Task Begin_FlowsAcrossAwaitsAndTasks_RestoredOnDispose()
    {
        Assert.Null(AttributionScope.Current);
        using (AttributionScope.Begin(tenant: "acme", feature: "chat"))
        {
            await Task.Yield();
            CallAttribution? inTask = await Task.Run(() => AttributionScope.Current);
            Assert.Equal("acme", inTask!.Tenant);

            using (AttributionScope.Begin(user: "u-1", tags: new Dictionary<string, string> { ["env"] = "prod" }))
            {
                CallAttribution nested = AttributionScope.Current!;
                Assert.Equal("acme", nested.Tenant);
                Assert.Equal("u-1", nested.User);
                Assert.Equal("chat", nested.Feature);
                Assert.Equal("prod", nested.Tags["env"]);
            }

            Assert.Null(AttributionScope.Current!.User);
        }

        Assert.Null(AttributionScope.Current);
    }

    [Fact]
    public void Resolve_RequestPropertiesOverrideAmbientScope()
    {
        using (AttributionScope.Begin(tenant: "acme", user: "u-1", feature: "chat"))
        {
            var options = new ChatOptions { AdditionalProperties = new() { [ProdAIPropertyNames.Tenant] = "globex" } };
            CallAttribution resolved = CallAttribution.Resolve(options);
            Assert.Equal("globex", resolved.Tenant);
            Assert.Equal("u-1", resolved.User);
            Assert.Equal("chat", resolved.Feature);
        }

        Assert.Same(CallAttribution.Anonymous, CallAttribution.Resolve(null));
    }

    [Fact]
    public void WriteTo_ThenResolve_RoundTrips()
    {
        var attribution = new CallAttribution("t", "u", "f", new Dictionary<string, string> { ["k"] = "v" });
        var options = new ChatOptions();
        attribution.WriteTo(options);
        Assert.Equal(attribution, CallAttribution.Resolve(options));
    }
}
