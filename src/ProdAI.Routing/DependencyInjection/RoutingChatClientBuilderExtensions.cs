using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProdAI.Routing;
using ProdAI.Routing.RateLimiting;
using ProdAI.Telemetry.Budgets;
using ProdAI.Telemetry.Tokens;

namespace Microsoft.Extensions.AI;

/// <summary>Adds ProdAI's router to a <see cref="ChatClientBuilder"/> pipeline.</summary>
public static class ProdAIRoutingChatClientBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="RouterChatClient"/> over the catalog and policy registered by <c>AddProdAIRouting</c> (or the
    /// ones given). The builder's inner client serves deployments without a client of their own.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="catalog">The deployments; <see langword="null"/> resolves them from services.</param>
    /// <param name="policy">The default policy; <see langword="null"/> resolves it from services, else ProdAI's default.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ChatClientBuilder UseRouting(this ChatClientBuilder builder, DeploymentCatalog? catalog = null, IRoutingPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            RouterOptions router = services.GetService<IOptions<RoutingOptions>>()?.Value.Router ?? new RouterOptions();
            router.TokenCounter ??= services.GetService<ITokenCounter>();
            router.BudgetLedger ??= services.GetService<IBudgetLedger>();

            // Resolving the registered policy also registers the named ones that requests may pick (prodai.route.policy).
            IRoutingPolicy? registered;
            try
            {
                registered = services.GetService<IRoutingPolicy>();
            }
            catch (OptionsValidationException) when (policy is not null)
            {
                registered = null; // an explicit policy does not need the configured one
            }
            return new RouterChatClient(
                catalog ?? services.GetService<DeploymentCatalog>()
                    ?? throw new InvalidOperationException("UseRouting() needs deployments: call services.AddProdAIRouting(...) with at least one deployment, or pass a DeploymentCatalog."),
                policy ?? registered,
                router,
                inner,
                services.GetService<ILoggerFactory>()?.CreateLogger<RouterChatClient>());
        });
    }
}

/// <summary>Adds ProdAI's per-tenant token quotas to a <see cref="ChatClientBuilder"/> pipeline.</summary>
public static class ProdAIRateLimitingChatClientBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="TokenRateLimitingChatClient"/> that gives every tenant the same limits, in memory (or through a
    /// registered <see cref="IDeploymentRateLimiterFactory"/>-style factory passed as <paramref name="limiterFactory"/>).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="limits">The per-tenant limits (requests and tokens per window).</param>
    /// <param name="limiterFactory">Creates a tenant's limiter from its name and the limits; <see langword="null"/> for an in-memory <see cref="TokenRateLimiter"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static ChatClientBuilder UseTokenRateLimiting(this ChatClientBuilder builder, TokenRateLimitOptions limits, Func<string, TokenRateLimitOptions, System.Threading.RateLimiting.RateLimiter>? limiterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        return builder.Use((inner, services) =>
        {
            TimeProvider time = services.GetService<TimeProvider>() ?? TimeProvider.System;
            return new TokenRateLimitingChatClient(
                inner,
                tenant => limiterFactory?.Invoke(tenant, limits) ?? new TokenRateLimiter(limits, time),
                services.GetService<ITokenCounter>());
        });
    }
}
