using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProdAI.Redis.Budgets;
using ProdAI.Telemetry.Budgets;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ProdAI's Redis backends.</summary>
public static class ProdAIRedisServiceCollectionExtensions
{
    /// <summary>
    /// Replaces the budget ledger with a <see cref="RedisBudgetLedger"/>. Uses the registered <see cref="IConnectionMultiplexer"/>,
    /// or connects with <see cref="RedisBudgetLedgerOptions.Configuration"/> (never aborting on a failed first connect,
    /// failing fast while disconnected so <see cref="BudgetOptions.FailureMode"/> applies).
    /// </summary>
    /// <param name="services">The services; call <c>AddProdAIBudgets(...)</c> as well for the limits.</param>
    /// <param name="configure">Configures the ledger.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAIRedisBudgetLedger(this IServiceCollection services, Action<RedisBudgetLedgerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptionsWithValidateOnStart<RedisBudgetLedgerOptions>().Configure(configure).Validate(ValidOptions, InvalidMessage);
        return services.AddLedgerCore();
    }

    /// <summary>Replaces the budget ledger with a <see cref="RedisBudgetLedger"/> bound from <paramref name="section"/> (usually <c>ProdAI:Redis:Budgets</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The configuration section.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAIRedisBudgetLedger(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptionsWithValidateOnStart<RedisBudgetLedgerOptions>().Bind(section).Validate(ValidOptions, InvalidMessage);
        return services.AddLedgerCore();
    }

    /// <summary>
    /// Registers <see cref="ProdAI.Redis.Caching.RedisDistributedCache"/> as the <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>,
    /// which HybridCache (and so ProdAI's response and embedding caches) uses as its second tier. Connects with
    /// <paramref name="configuration"/> (a StackExchange.Redis string) unless an <see cref="IConnectionMultiplexer"/> is registered.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The Redis connection string, or <see langword="null"/> to use a registered connection.</param>
    /// <param name="keyPrefix">Prepended to every key.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAIRedisCache(this IServiceCollection services, string? configuration = null, string keyPrefix = "prodai:cache:")
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configuration is not null)
        {
            services.TryAddSingleton<IConnectionMultiplexer>(_ =>
            {
                ConfigurationOptions config = ConfigurationOptions.Parse(configuration);
                config.AbortOnConnectFail = false;
                config.BacklogPolicy = BacklogPolicy.FailFast;
                return ConnectionMultiplexer.Connect(config);
            });
        }

        services.Replace(ServiceDescriptor.Singleton<Microsoft.Extensions.Caching.Distributed.IDistributedCache>(sp => new ProdAI.Redis.Caching.RedisDistributedCache(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            keyPrefix,
            sp.GetService<Microsoft.Extensions.Logging.ILogger<ProdAI.Redis.Caching.RedisDistributedCache>>(),
            sp.GetService<TimeProvider>())));
        return services;
    }

    /// <summary>
    /// Shares token quotas across replicas: registers <see cref="ProdAI.Redis.RateLimiting.RedisRateLimiters"/> as the
    /// <see cref="ProdAI.Routing.RateLimiting.IDeploymentRateLimiterFactory"/>, so every deployment's RPM / TPM limiter
    /// of <c>AddProdAIRouting</c> lives in Redis. Uses the registered <see cref="IConnectionMultiplexer"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="keyPrefix">Prepended to every key.</param>
    /// <param name="failOpen">Whether calls pass while Redis is unreachable (default) or are refused.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAIRedisRateLimiting(this IServiceCollection services, string keyPrefix = "prodai:ratelimit:", bool failOpen = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new ProdAI.Redis.RateLimiting.RedisRateLimiters(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            keyPrefix,
            sp.GetService<TimeProvider>(),
            sp.GetService<Microsoft.Extensions.Logging.ILogger<ProdAI.Redis.RateLimiting.RedisRateLimiters>>(),
            failOpen));
        services.Replace(ServiceDescriptor.Singleton<ProdAI.Routing.RateLimiting.IDeploymentRateLimiterFactory>(sp => sp.GetRequiredService<ProdAI.Redis.RateLimiting.RedisRateLimiters>()));
        return services;
    }

    private const string InvalidMessage = "RedisBudgetLedgerOptions: KeyPrefix must not be empty and CounterRetention must not be negative.";

    private static bool ValidOptions(RedisBudgetLedgerOptions o) => !string.IsNullOrWhiteSpace(o.KeyPrefix) && o.CounterRetention >= TimeSpan.Zero;

    private static IServiceCollection AddLedgerCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectionMultiplexer>(sp =>
        {
            RedisBudgetLedgerOptions o = sp.GetRequiredService<IOptions<RedisBudgetLedgerOptions>>().Value;
            if (string.IsNullOrWhiteSpace(o.Configuration))
            {
                throw new InvalidOperationException("The Redis budget ledger needs a connection: set RedisBudgetLedgerOptions.Configuration (ProdAI:Redis:Budgets:Configuration) or register an IConnectionMultiplexer.");
            }

            ConfigurationOptions config = ConfigurationOptions.Parse(o.Configuration);
            config.AbortOnConnectFail = false;
            config.BacklogPolicy = BacklogPolicy.FailFast;
            return ConnectionMultiplexer.Connect(config);
        });
        services.Replace(ServiceDescriptor.Singleton<IBudgetLedger>(sp => new RedisBudgetLedger(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<IOptions<BudgetOptions>>().Value,
            sp.GetRequiredService<IOptions<RedisBudgetLedgerOptions>>().Value,
            sp.GetRequiredService<TimeProvider>())));
        return services;
    }
}
