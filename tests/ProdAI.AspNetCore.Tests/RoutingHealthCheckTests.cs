using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProdAI.Routing;

namespace ProdAI.AspNetCore.Tests;

public class RoutingHealthCheckTests
{
    [Fact]
    public async Task TheHealthEndpointGoesFromHealthyToDegradedToUnhealthyAsCircuitsOpen()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddProdAIRouting(configure: o =>
        {
            foreach (string name in new[] { "a", "b" })
            {
                var deployment = new ModelDeployment { Name = name, Model = "gpt-4o-mini", Client = new FailingClient() };
                deployment.Resilience.MaxRetryAttempts = 0;
                deployment.Resilience.MinimumThroughput = 2;
                o.Deployments.Add(deployment);
            }
        });
        builder.Services.AddHealthChecks().AddProdAIRouting();
        await using WebApplication app = builder.Build();
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) => context.Response.WriteAsync(report.Status + "|" + report.Entries["prodai-routing"].Description),
        });
        await app.StartAsync();
        HttpClient http = app.GetTestClient();
        IChatClient router = new ChatClientBuilder(new FailingClient()).UseRouting().Build(app.Services);
        var pinA = new ChatOptions { AdditionalProperties = new() { [RoutingPropertyNames.Deployment] = "a" } };

        Assert.Equal("Healthy|2 of 2 deployments available", await http.GetStringAsync("/health"));

        // Two failed calls pinned to "a" (each fails over to "b", which fails too) open both circuits at the second call;
        // after the first, only counts exist.
        await Assert.ThrowsAsync<NoDeploymentAvailableException>(() => router.GetResponseAsync("hi", pinA));
        await Assert.ThrowsAsync<NoDeploymentAvailableException>(() => router.GetResponseAsync("hi", pinA));
        HttpResponseMessage down = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("Unhealthy|0 of 2 deployments available", await down.Content.ReadAsStringAsync());

        HealthReport report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var data = (IDictionary<string, object?>)report.Entries["prodai-routing"].Data["a"];
        Assert.Equal("Open", data["circuit"]);
        Assert.Equal(2, data["windowErrors"]);
        Assert.DoesNotContain("hi", JsonSerializer.Serialize(report.Entries["prodai-routing"].Data), StringComparison.Ordinal);
    }

    private sealed class FailingClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new HttpRequestException("503", null, HttpStatusCode.ServiceUnavailable);

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new HttpRequestException("503", null, HttpStatusCode.ServiceUnavailable);

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
