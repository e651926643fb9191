using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProdAI.Routing;
using ProdAI.Routing.Difficulty;
using ProdAI.Routing.RateLimiting;
using ProdAI.Telemetry.Models;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ProdAI's router.</summary>
public static class ProdAIRoutingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RoutingOptions"/> (bound from <c>ProdAI:Routing</c> when <paramref name="configuration"/> is
    /// given), the <see cref="DeploymentCatalog"/> (clients from <see cref="ModelDeployment.Client"/> or the keyed
    /// <see cref="IChatClient"/> named by <see cref="ModelDeployment.ClientKey"/>; limiters from a registered
    /// <see cref="IDeploymentRateLimiterFactory"/>, else in memory) and the configured <see cref="IRoutingPolicy"/>. Add
    /// the router to a pipeline with <c>UseRouting()</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root or section, or <see langword="null"/>.</param>
    /// <param name="configure">Adjusts the options after binding (deployments with clients, policies …).</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddProdAIRouting(this IServiceCollection services, IConfiguration? configuration = null, Action<RoutingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<RoutingOptions>();
        if (configuration is not null)
        {
            var section = configuration.GetSection(RoutingOptions.SectionName);
            builder.Bind(section.Exists() ? section : configuration);
        }

        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton(sp =>
        {
            RoutingOptions options = sp.GetRequiredService<IOptions<RoutingOptions>>().Value;
            foreach (ModelDeployment d in options.Deployments)
            {
                if (d.Client is null && d.ClientKey is string key)
                {
                    d.Client = sp.GetRequiredKeyedService<IChatClient>(key);
                }
            }

            IDeploymentRateLimiterFactory? limiters = sp.GetService<IDeploymentRateLimiterFactory>();
            return new DeploymentCatalog(
                options.Deployments,
                sp.GetService<IModelCatalog>(),
                sp.GetService<TimeProvider>(),
                limiters is null ? null : limiters.Create);
        });
        services.TryAddSingleton(sp =>
        {
            RoutingOptions options = sp.GetRequiredService<IOptions<RoutingOptions>>().Value;
            TimeProvider time = sp.GetService<TimeProvider>() ?? TimeProvider.System;
            IReadOnlyList<double>? thresholds = options.DifficultyThresholds.Count == 0 ? null : [.. options.DifficultyThresholds];
            var policies = new Dictionary<string, IRoutingPolicy>(StringComparer.OrdinalIgnoreCase)
            {
                ["default"] = RoutingPolicies.CreateDefault(thresholds: thresholds),
                ["cheapest"] = new CheapestCapablePolicy(),
                ["difficulty"] = RoutingPolicies.Chain("difficulty", new CheapestCapablePolicy(), new DifficultyTierPolicy(null, thresholds)),
                ["difficulty-rules"] = RoutingPolicies.Chain("difficulty-rules", new CheapestCapablePolicy(), new DifficultyTierPolicy(RuleBasedComplexityScorer.Instance, thresholds)),
                ["cascade"] = RoutingPolicies.Chain("cascade", new CheapestCapablePolicy(), new CascadePolicy()),
                ["weighted"] = new WeightedPolicy(),
                ["least-latency"] = new LeastLatencyPolicy(),
            };
            policies["session"] = RoutingPolicies.Chain("session", policies["default"], new SessionAffinityPolicy(options.SessionIdleTimeout, timeProvider: time));
            if (options.Canary is not null)
            {
                policies["canary"] = new CanaryPolicy(options.Canary);
            }

            foreach (KeyValuePair<string, IRoutingPolicy> pair in policies)
            {
                options.Router.Policies.TryAdd(pair.Key, pair.Value);
            }

            return options.Router.Policies.TryGetValue(options.Policy, out IRoutingPolicy? chosen)
                ? chosen
                : throw new OptionsValidationException(RoutingOptions.SectionName, typeof(RoutingOptions), [$"Unknown routing policy '{options.Policy}' (known: {string.Join(", ", options.Router.Policies.Keys)})."]);
        });
        return services;
    }
}
