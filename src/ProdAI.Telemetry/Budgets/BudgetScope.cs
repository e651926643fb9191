namespace ProdAI.Telemetry.Budgets;

/// <summary>What a budget limit is counted per.</summary>
public enum BudgetScope
{
    /// <summary>One counter for every call.</summary>
    Global,

    /// <summary>One counter per tenant.</summary>
    Tenant,

    /// <summary>One counter per end user.</summary>
    User,

    /// <summary>One counter per product feature.</summary>
    Feature,
}
