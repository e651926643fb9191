// Deployment-week sample: an in-process router over four (scripted, offline) deployments — difficulty routing with the
// embedded learned scorer, failover when a provider goes down and its circuit opens, a 429 with Retry-After, a canary
// rolled back on errors, and a tenant over its token quota. No API key, nothing downloaded.
using System.Globalization;
using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using ProdAI.Routing;
using ProdAI.Routing.RateLimiting;
using ProdAI.Telemetry;
using ProdAI.Testing;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

bool miniDown = false;
int canaryCalls = 0;
ScriptedChatClient Provider(string name, Func<ScriptedResponse?>? fault = null) => new()
{
    Responder = (messages, _) => fault?.Invoke() ?? new ScriptedResponse { Text = $"[{name}] answer", Latency = TimeSpan.FromMilliseconds(20) },
};

var mini = Provider("gpt-4o-mini", () => miniDown ? ScriptedResponse.Fail(new HttpRequestException("503", null, HttpStatusCode.ServiceUnavailable)) : null);
var gpt4o = Provider("gpt-4o");
var gpt41 = Provider("gpt-4.1 canary", () => Interlocked.Increment(ref canaryCalls) % 4 == 0 ? ScriptedResponse.Fail(new HttpRequestException("500", null, HttpStatusCode.InternalServerError)) : null);
var haiku = new ScriptedChatClient().RateLimitWith(TimeSpan.FromSeconds(1));
haiku.Responder = (_, _) => new ScriptedResponse { Text = "[claude-haiku] answer" };

using ServiceProvider services = new ServiceCollection()
    .AddProdAIRouting(configure: o =>
    {
        o.Deployments.Add(new ModelDeployment { Name = "mini", Model = "gpt-4o-mini", Tier = 0, Client = mini, Capabilities = DeploymentCapabilities.All });
        o.Deployments.Add(new ModelDeployment { Name = "haiku", Model = "claude-haiku-4-5", Tier = 0, Client = haiku, Capabilities = DeploymentCapabilities.All });
        o.Deployments.Add(new ModelDeployment { Name = "gpt-4o", Model = "gpt-4o", Tier = 1, Client = gpt4o, Capabilities = DeploymentCapabilities.All });
        o.Deployments.Add(new ModelDeployment { Name = "gpt-4.1", Model = "gpt-4.1", Tier = 1, Client = gpt41, Capabilities = DeploymentCapabilities.All });
        o.Canary = new CanaryOptions { Baseline = "gpt-4o", Canary = "gpt-4.1", Percent = 30, StickyBy = StickyBy.None, MinimumSamples = 10 };
        o.Deployments[0].Resilience.MaxRetryAttempts = 0;
    })
    .BuildServiceProvider();
IChatClient router = new ChatClientBuilder(new ScriptedChatClient())
    .UseTokenRateLimiting(new TokenRateLimitOptions { RequestsPerWindow = 1_000, TokensPerWindow = 40_000 })
    .UseRouting()
    .Build(services);

async Task Ask(string prompt, string? policy = null, string tenant = "acme")
{
    var options = new ChatOptions { AdditionalProperties = new() { [ProdAIPropertyNames.Tenant] = tenant } };
    if (policy is not null)
    {
        options.AdditionalProperties[RoutingPropertyNames.Policy] = policy;
    }

    try
    {
        ChatResponse response = await router.GetResponseAsync(prompt, options);
        var route = (RouteDecision)response.AdditionalProperties![ProdAIPropertyNames.Route]!;
        string attempts = string.Join(" → ", route.Attempts.Select(a => $"{a.Deployment}:{a.Outcome}{(a.Error is null ? "" : "(" + a.Error + ")")}"));
        string difficulty = route.Difficulty is double d ? $" difficulty {d:0.00}" : "";
        Console.WriteLine($"  {route.Deployment,-8} {route.Reason,-20}{difficulty,-17} est. ${route.EstimatedCost:0.000000}  {attempts}");
    }
    catch (ProdAIException ex)
    {
        Console.WriteLine($"  refused: {ex.Code} (retry after {ex.RetryAfter?.TotalSeconds:0.#} s) — {ex.Message}");
    }
}

Console.WriteLine("1. Difficulty routing (default policy: cheapest deployment of the tier the learned scorer picks)");
await Ask("What is the capital of Australia?\nA. Sydney\nB. Canberra\nC. Melbourne\nD. Perth\nAnswer:");
await Ask("Let p = (1, 2, 5, 4)(2, 3) in S_5. Find the index of <p> in S_5.\nA. 8\nB. 2\nC. 24\nD. 120\nAnswer:");
await Ask("Which of these sets of logic gates are designated as universal gates?\nA. NOR, NAND.\nB. XOR, NOR, NAND.\nC. OR, NOT, AND.\nD. NOR, NAND, XNOR.\nAnswer:");
await Ask("Janet's ducks lay 16 eggs per day. She eats three for breakfast every morning and bakes muffins for her friends every day with four. She sells the remainder at the farmers' market daily for $2 per fresh duck egg. How much in dollars does she make every day at the farmers' market?");
await Ask("A watermelon farm produced 120 baby watermelons. Ashlyn went to the farm after two months and found out that 30% of the watermelons were ready for harvest, so she took them home. When she came back two weeks later, 3/4 of the remaining melons were ready, so she harvested them. How many melons were not ready to be harvested after the two weeks?");

Console.WriteLine("2. The cheap provider goes down: failover, then its circuit opens and it is skipped");
miniDown = true;
for (int i = 0; i < 6; i++)
{
    await Ask("Say hello in French.", "cheapest");
}

Console.WriteLine("   (haiku answered 429 with Retry-After: 1 s on its first call; the router waited and retried it)");
Console.WriteLine("3. Canary: 30 % of strong-tier traffic to gpt-4.1, which fails one call in four");
var canary = (CanaryPolicy)services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RoutingOptions>>().Value.Router.Policies["canary"];
canary.RolledBack += (_, reason) => Console.WriteLine($"  >>> canary rolled back: {reason}");
for (int i = 0; i < 60 && canary.State == CanaryState.Active; i++)
{
    var options = new ChatOptions { AdditionalProperties = new() { [RoutingPropertyNames.Policy] = "canary", [ProdAIPropertyNames.Tenant] = "canary-test" } };
    await router.GetResponseAsync("ping", options);
}

await Ask("Which model answers now?", "canary", "canary-test");

Console.WriteLine("4. A tenant over its token quota (40,000 tokens a minute; each call counts its input plus 512 expected output tokens)");
int passed = 0;
while (passed < 200)
{
    try
    {
        await router.GetResponseAsync("Summarise our refund policy.", new ChatOptions { AdditionalProperties = new() { [ProdAIPropertyNames.Tenant] = "globex" } });
        passed++;
    }
    catch (RateLimitExceededException ex)
    {
        Console.WriteLine($"  {passed} calls passed, then: {ex.Code}, retry after {ex.RetryAfter?.TotalSeconds:0.0} s (tenant {ex.Scope?.Tenant}); other tenants are unaffected");
        break;
    }
}

Console.WriteLine("Health:");
foreach (DeploymentHealthSnapshot h in services.GetRequiredService<DeploymentCatalog>().GetHealthSnapshots())
{
    Console.WriteLine($"  {h.Name,-8} circuit {h.CircuitState,-8} calls {h.WindowCalls,3} errors {h.WindowErrors,3} latency {h.LatencyMs,6:0.0} ms");
}
