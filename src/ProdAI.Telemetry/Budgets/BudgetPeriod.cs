namespace ProdAI.Telemetry.Budgets;

/// <summary>The window a budget limit applies to. Windows are calendar windows in UTC; a new window starts at zero.</summary>
public enum BudgetPeriod
{
    /// <summary>A clock hour.</summary>
    Hour,

    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>An ISO week, starting on Monday.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>No window: the limit applies to all spend ever.</summary>
    Total,
}
