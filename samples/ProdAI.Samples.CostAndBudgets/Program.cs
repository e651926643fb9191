// Week 1 sample — production architecture: count tokens, price every call, and let a budget refuse a call.
// Runs offline: the "provider" is ProdAI.Testing's ScriptedChatClient, which answers with realistic usage.
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using ProdAI.Telemetry;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Budgets;
using ProdAI.Telemetry.Cost;
using ProdAI.Telemetry.Tokens;
using ProdAI.Testing;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// 1. Services: token counter, embedded model catalog, metrics, and a $0.01/day budget per tenant (soft limit at $0.0075).
var services = new ServiceCollection()
    .AddProdAITelemetry()
    .AddProdAIBudgets(budgets =>
    {
        budgets.Limits.Add(new BudgetLimit { Scope = BudgetScope.Tenant, Period = BudgetPeriod.Day, HardLimit = 0.01m, SoftLimit = 0.0075m });
        budgets.OnSoftLimitReached = args =>
        {
            Console.WriteLine($"   ! soft limit reached for tenant '{args.Attribution.Tenant}': {args.Status.Committed:0.000000} USD committed");
            return ValueTask.CompletedTask;
        };
    })
    .BuildServiceProvider();

// 2. Token counting: exact for OpenAI encodings, flagged estimates for models whose tokenizer is not shipped.
ITokenCounter counter = services.GetRequiredService<ITokenCounter>();
const string Question = "Summarise our refund policy for a customer who bought a laptop 40 days ago.";
Console.WriteLine("Token counts for the question:");
foreach (string model in new[] { "gpt-4o", "gpt-4", "claude-sonnet-4-5", "gemini-2.5-flash" })
{
    TokenCount count = counter.CountTokens(model, Question);
    Console.WriteLine($"   {model,-20} {count.Tokens,4} tokens ({count.Encoding}{(count.IsEstimated ? ", estimated" : ", exact")})");
}

// 3. An offline provider that answers like gpt-4o-mini would: usage counted from the real prompt, with OpenAI-style
//    prompt-cache hits (the shared policy prefix, in 128-token blocks) from the second call on.
string policy = string.Concat(Enumerable.Repeat(
    "Refund policy: items may be returned within 30 days with a receipt. Electronics past 30 days are covered by the warranty: repair first, then store credit. ", 300));
int call = 0;
var provider = new ScriptedChatClient("gpt-4o-mini")
{
    RecordCalls = false,
    Responder = (messages, options) =>
    {
        long input = counter.CountTokens("gpt-4o-mini", messages).Tokens;
        long cached = Interlocked.Increment(ref call) > 1 ? input * 8 / 10 / 128 * 128 : 0;
        return new ScriptedResponse
        {
            Text = "Laptops can be returned within 30 days; after that we offer repair or store credit under warranty.",
            Usage = new UsageDetails { InputTokenCount = input, CachedInputTokenCount = cached, OutputTokenCount = 600 },
        };
    },
};
IBudgetLedger ledger = services.GetRequiredService<IBudgetLedger>();
var acme = new CallAttribution("acme", null, null);

// 4. The pipeline, outermost first: cost tracking -> budgets -> provider.
using IChatClient client = provider.AsBuilder().UseCostTracking().UseBudgets().Build(services);

Console.WriteLine();
Console.WriteLine("Calls for tenant 'acme' (hard limit 0.01 USD/day, soft 0.0075), each with the policy as context:");
using (AttributionScope.Begin(tenant: "acme", user: "agent-7", feature: "support-chat"))
{
    for (int i = 1; i <= 20; i++)
    {
        try
        {
            ChatResponse response = await client.GetResponseAsync(
                [new ChatMessage(ChatRole.System, policy), new ChatMessage(ChatRole.User, Question)],
                new ChatOptions { MaxOutputTokens = 2_000 });
            var cost = (ChatCost)response.AdditionalProperties![ProdAIPropertyNames.Cost]!;
            var budget = (BudgetOutcome)response.AdditionalProperties[ProdAIPropertyNames.Budget]!;
            BudgetCounterStatus after = (await ledger.GetStatusAsync(acme))[0];
            Console.WriteLine($"   call {i,2}: {cost.Total:0.000000} USD ({cost.Usage.UncachedInputTokens,5} uncached + {cost.Usage.CacheReadTokens,5} cached in, {cost.Usage.OutputTokens} out); reserved {budget.Reserved:0.000000} first; spent so far {after.Spent:0.000000}");
        }
        catch (BudgetExceededException ex)
        {
            Console.WriteLine($"   call {i,2}: REFUSED [{ex.Code}] limit '{ex.LimitName}': spent {ex.Spent:0.000000} + reserved {ex.Reserved:0.000000} + this call up to {ex.Requested:0.000000} > {ex.Limit:0.00} USD; retry after {ex.RetryAfter:hh\\:mm}");
            break;
        }
    }
}

// 5. Streaming: the cost arrives on the last update and in ToChatResponse().
Console.WriteLine();
List<ChatResponseUpdate> updates = [];
using (AttributionScope.Begin(tenant: "globex"))
{
    await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "Say hello.")], new ChatOptions { MaxOutputTokens = 800 }))
    {
        updates.Add(update);
    }
}

ChatCost streamed = (ChatCost)updates.ToChatResponse().AdditionalProperties![ProdAIPropertyNames.Cost]!;
Console.WriteLine($"Streaming call for tenant 'globex': {streamed}");

IReadOnlyList<BudgetCounterStatus> status = await ledger.GetStatusAsync(acme);
Console.WriteLine($"Ledger for 'acme' today: spent {status[0].Spent:0.000000} USD, reserved {status[0].Reserved:0.000000} USD of {status[0].Counter.Limit.HardLimit:0.00} USD");
