namespace ProdAI.Telemetry;

/// <summary>
/// Keys under which ProdAI components read per-request data from <c>ChatOptions.AdditionalProperties</c>
/// and write their results to <c>ChatResponse.AdditionalProperties</c>. Defined once here so every package agrees.
/// </summary>
public static class ProdAIPropertyNames
{
    /// <summary>Request key: the tenant the call is attributed to (string).</summary>
    public const string Tenant = "prodai.tenant";

    /// <summary>Request key: the end user the call is attributed to (string). Recorded on spans only, never on metrics.</summary>
    public const string User = "prodai.user";

    /// <summary>Request key: the product feature the call is attributed to (string).</summary>
    public const string Feature = "prodai.feature";

    /// <summary>Request key: free-form attribution tags (<see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to string).</summary>
    public const string Tags = "prodai.tags";

    /// <summary>Request key: cache control directives for ProdAI caches (string, e.g. <c>no-cache</c>).</summary>
    public const string CacheControl = "prodai.cache.control";

    /// <summary>Response key: the <see cref="Cost.ChatCost"/> of the call.</summary>
    public const string Cost = "prodai.cost";

    /// <summary>Response key: the budget reservation outcome of the call (<see cref="Budgets.BudgetOutcome"/>).</summary>
    public const string Budget = "prodai.budget";

    /// <summary>
    /// Response key: <see langword="true"/> when a component (a guardrail that flagged the response, for example) asks caches
    /// not to store this response.
    /// </summary>
    public const string CacheNoStore = "prodai.cache.no_store";

    /// <summary>Response key: cache outcome written by ProdAI.Caching.</summary>
    public const string Cache = "prodai.cache";

    /// <summary>Response key: routing decision written by ProdAI.Routing.</summary>
    public const string Route = "prodai.route";

    /// <summary>Response key: guardrail verdicts written by ProdAI.Guardrails.</summary>
    public const string Guardrails = "prodai.guardrails";
}
