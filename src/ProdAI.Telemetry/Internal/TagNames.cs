namespace ProdAI.Telemetry.Internal;

internal static class TagNames
{
    public const string RequestModel = "gen_ai.request.model";
    public const string ProviderName = "gen_ai.provider.name";
    public const string Tenant = "prodai.tenant";
    public const string User = "prodai.user";
    public const string Feature = "prodai.feature";
    public const string Currency = "prodai.currency";
    public const string TokenType = "prodai.token.type";
    public const string UsageEstimated = "prodai.usage.estimated";
    public const string UnpricedReason = "prodai.unpriced.reason";
    public const string BudgetEvent = "prodai.budget.event";
    public const string BudgetLimit = "prodai.budget.limit";
    public const string CostTotal = "prodai.cost.total";
    public const string InputMessages = "prodai.content.input";
    public const string OutputMessages = "prodai.content.output";
    public const string BudgetReserved = "prodai.budget.reserved";
}
