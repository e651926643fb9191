namespace ProdAI.Redis.Budgets;

/// <summary>Options of the Redis budget ledger, bound from <c>ProdAI:Redis:Budgets</c>.</summary>
public class RedisBudgetLedgerOptions
{
    /// <summary>
    /// Gets or sets the StackExchange.Redis configuration string (for example <c>localhost:6379</c>). Used when no
    /// <c>IConnectionMultiplexer</c> is registered.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// Gets or sets the key prefix. Every key is written under the hash tag <c>{prefix}</c>, so on a Redis Cluster all of a
    /// ledger's keys live in one slot and each script runs atomically on one node.
    /// </summary>
    /// <value>Defaults to <c>prodai:budget</c>.</value>
    public string KeyPrefix { get; set; } = "prodai:budget";

    /// <summary>Gets or sets the Redis database number; -1 is the connection's default.</summary>
    /// <value>Defaults to -1.</value>
    public int Database { get; set; } = -1;

    /// <summary>Gets or sets how long a counter is kept after its window ends (for reporting and late settlements).</summary>
    /// <value>Defaults to 40 days.</value>
    public TimeSpan CounterRetention { get; set; } = TimeSpan.FromDays(40);
}
