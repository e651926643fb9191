// Optimisation-week sample: exact and semantic response caches in front of a (scripted, offline) provider, with the
// local MiniLM embedding model — no API key, nothing downloaded.
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using ProdAI.Caching;
using ProdAI.Telemetry;
using ProdAI.Telemetry.Attribution;
using ProdAI.Testing;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var provider = new ScriptedChatClient { Responder = (messages, _) => new ScriptedResponse { Text = $"(answer to: {messages.Last().Text})", Latency = TimeSpan.FromMilliseconds(400) } };
using var services = new ServiceCollection()
    .AddProdAICaching()             // HybridCache in memory; add AddProdAIRedisCache(...) to share entries across replicas
    .AddProdAILocalEmbeddings()     // all-MiniLM-L6-v2 inside the package
    .BuildServiceProvider();

IChatClient client = new ChatClientBuilder(provider)
    .UseExactCache()                // outermost: identical requests never reach the embedding model
    .UseSemanticCache()
    .Build(services);

string[] questions =
[
    "How do I reset my password on the mobile app?",
    "How do I reset my password on the mobile app?",          // exact hit
    "How can I reset the password in the mobile app?",        // semantic hit (paraphrase)
    "How do I reset my PIN on the mobile app?",                // different question: miss
    "Transfer 50 dollars to my savings account",
    "Transfer 500 dollars to my savings account",              // guard: the number differs
    "How do I enable two-factor authentication?",
    "How do I disable two-factor authentication?",            // guard: opposite direction
];

using (AttributionScope.Begin(tenant: "acme"))
{
    foreach (var question in questions)
    {
        var started = TimeProvider.System.GetTimestamp();
        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, question)]);
        var hit = (ChatCacheHit)response.AdditionalProperties![ProdAIPropertyNames.Cache]!;
        var similarity = hit.Similarity is { } s ? $" similarity {s:0.000}" : string.Empty;
        Console.WriteLine($"{hit.Kind,-9} {TimeProvider.System.GetElapsedTime(started).TotalMilliseconds,7:0.0} ms{similarity,-18} {question}");
    }
}

using (AttributionScope.Begin(tenant: "globex"))
{
    var other = await client.GetResponseAsync([new ChatMessage(ChatRole.User, questions[0])]);
    Console.WriteLine($"Another tenant asking the first question: {((ChatCacheHit)other.AdditionalProperties![ProdAIPropertyNames.Cache]!).Kind} (tenants never share entries)");
}

// Ten identical concurrent requests: one provider call (single-flight).
var before = provider.Calls.Count;
await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetResponseAsync([new ChatMessage(ChatRole.User, "What are your opening hours on Sunday?")])));
Console.WriteLine($"10 concurrent identical requests -> {provider.Calls.Count - before} provider call(s)");
Console.WriteLine($"Provider calls in total: {provider.Calls.Count}");
