using System.Collections.Frozen;
using System.Threading.RateLimiting;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using ProdAI.Routing.RateLimiting;
using ProdAI.Telemetry.Models;

namespace ProdAI.Routing;

/// <summary>
/// The deployments a router chooses from, validated once: unique names, models priced by the model catalog (or an
/// explicit <see cref="ModelDeployment.ModelInfo"/>), each with its Polly.Core resilience pipeline, its health and, when it
/// has RPM/TPM quotas, its token-aware rate limiter. Policies refer to deployments by their index in <see cref="Deployments"/>.
/// </summary>
public sealed class DeploymentCatalog
{
    private readonly FrozenDictionary<string, int> _byName;
    private readonly Entry[] _entries;

    /// <summary>Initializes a new instance of the <see cref="DeploymentCatalog"/> class.</summary>
    /// <param name="deployments">The deployments, at least one.</param>
    /// <param name="models">The model catalog for prices and context windows; <see langword="null"/> uses ProdAI's embedded defaults.</param>
    /// <param name="timeProvider">The clock for health windows, cooldowns and limiters.</param>
    /// <param name="limiterFactory">Creates the RPM/TPM limiter of a deployment with quotas (for example a Redis-backed one shared across replicas); <see langword="null"/> keeps them in memory.</param>
    public DeploymentCatalog(IEnumerable<ModelDeployment> deployments, IModelCatalog? models = null, TimeProvider? timeProvider = null, Func<ModelDeployment, TokenRateLimitOptions, RateLimiter>? limiterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(deployments);
        models ??= ModelCatalog.Default;
        TimeProvider = timeProvider ?? TimeProvider.System;
        List<ModelDeployment> list = [.. deployments];
        if (list.Count == 0)
        {
            throw new ArgumentException("A routing catalog needs at least one deployment.", nameof(deployments));
        }

        if (list.Count > 256)
        {
            throw new ArgumentException("A routing catalog holds at most 256 deployments.", nameof(deployments));
        }

        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _entries = new Entry[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            ModelDeployment d = list[i] ?? throw new ArgumentException("A deployment is null.", nameof(deployments));
            if (string.IsNullOrWhiteSpace(d.Name) || string.IsNullOrWhiteSpace(d.Model))
            {
                throw new ArgumentException($"Deployment #{i} needs a Name and a Model.", nameof(deployments));
            }

            if (!names.TryAdd(d.Name, i))
            {
                throw new ArgumentException($"Two deployments are named '{d.Name}'.", nameof(deployments));
            }

            if (d.Weight < 0 || d.Tier < 0 || d.RequestsPerMinute is <= 0 || d.TokensPerMinute is <= 0 || d.ContextWindow is <= 0)
            {
                throw new ArgumentException($"Deployment '{d.Name}': weight and tier cannot be negative; RPM, TPM and context window must be positive.", nameof(deployments));
            }

            d.Resilience.Validate();
            ModelInfo? info = d.ModelInfo ?? (models.TryGetModel(d.Model, out ModelInfo? found) ? found : null);
            _entries[i] = new Entry(d, info, TimeProvider, limiterFactory);
        }

        _byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Deployments = [.. list];
        MinContextWindow = _entries.Min(e => e.ContextWindow);
    }

    /// <summary>Gets the deployments, in catalog order.</summary>
    public IReadOnlyList<ModelDeployment> Deployments { get; }

    /// <summary>Gets the number of deployments.</summary>
    public int Count => _entries.Length;

    /// <summary>Gets the clock of health windows and cooldowns.</summary>
    public TimeProvider TimeProvider { get; }

    internal long MinContextWindow { get; }

    /// <summary>Returns the index of a deployment by name (case-insensitive), or -1.</summary>
    /// <param name="name">The deployment name.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOf(string name) => name is not null && _byName.TryGetValue(name, out int i) ? i : -1;

    /// <summary>Returns the health of a deployment.</summary>
    /// <param name="index">The deployment's index.</param>
    /// <returns>The live health.</returns>
    public DeploymentHealth GetHealth(int index) => _entries[index].Health;

    /// <summary>Returns the model information of a deployment (prices, context window), if known.</summary>
    /// <param name="index">The deployment's index.</param>
    /// <returns>The model, or <see langword="null"/> when neither the catalog nor the deployment prices it.</returns>
    public ModelInfo? GetModel(int index) => _entries[index].Model;

    /// <summary>Returns the deployment's context window in tokens (its own, the model's, or unbounded).</summary>
    /// <param name="index">The deployment's index.</param>
    /// <returns>The context window.</returns>
    public long GetContextWindow(int index) => _entries[index].ContextWindow;

    /// <summary>
    /// Estimates the cost of a call in the model's currency from token counts (standard tier, or the long-context tier
    /// above its threshold). Unpriced models cost <see cref="double.PositiveInfinity"/> so cost-sorting puts them last.
    /// </summary>
    /// <param name="index">The deployment's index.</param>
    /// <param name="inputTokens">Input tokens.</param>
    /// <param name="outputTokens">Expected output tokens.</param>
    /// <returns>The estimated cost.</returns>
    public double EstimateCost(int index, long inputTokens, long outputTokens)
    {
        Entry e = _entries[index];
        if (e.Pricing is null)
        {
            return double.PositiveInfinity;
        }

        bool longTier = e.LongContextThreshold is long t && inputTokens > t;
        return longTier
            ? ((inputTokens * e.LongInputPerToken) + (outputTokens * e.LongOutputPerToken))
            : ((inputTokens * e.InputPerToken) + (outputTokens * e.OutputPerToken));
    }

    /// <summary>Returns a snapshot of every deployment's health.</summary>
    /// <returns>One snapshot per deployment, in catalog order.</returns>
    public IReadOnlyList<DeploymentHealthSnapshot> GetHealthSnapshots() => [.. _entries.Select(e => e.Health.Snapshot())];

    internal ResiliencePipeline GetPipeline(int index) => _entries[index].Pipeline;

    internal RateLimiter? GetLimiter(int index) => _entries[index].Limiter;

    internal sealed class Entry
    {
        public Entry(ModelDeployment deployment, ModelInfo? model, TimeProvider timeProvider, Func<ModelDeployment, TokenRateLimitOptions, RateLimiter>? limiterFactory)
        {
            Model = model;
            ContextWindow = deployment.ContextWindow ?? model?.ContextWindow ?? long.MaxValue;
            Pricing = model?.Pricing;
            if (Pricing is not null)
            {
                InputPerToken = (double)Pricing.Standard.InputPerMillion / 1e6;
                OutputPerToken = (double)Pricing.Standard.OutputPerMillion / 1e6;
                LongContextThreshold = Pricing.LongContextThreshold;
                LongInputPerToken = (double)(Pricing.LongContext?.InputPerMillion ?? Pricing.Standard.InputPerMillion) / 1e6;
                LongOutputPerToken = (double)(Pricing.LongContext?.OutputPerMillion ?? Pricing.Standard.OutputPerMillion) / 1e6;
            }

            var circuit = new CircuitBreakerStateProvider();
            DeploymentResilienceOptions r = deployment.Resilience;
            Health = new DeploymentHealth(deployment.Name, timeProvider, r.SamplingDuration, alpha: 0.2, circuit);
            Pipeline = BuildPipeline(deployment.Name, r, circuit, Health, timeProvider);
            if (deployment.RequestsPerMinute is not null || deployment.TokensPerMinute is not null)
            {
                var limits = new TokenRateLimitOptions { RequestsPerWindow = deployment.RequestsPerMinute, TokensPerWindow = deployment.TokensPerMinute, Window = TimeSpan.FromMinutes(1) };
                Limiter = limiterFactory?.Invoke(deployment, limits) ?? new TokenRateLimiter(limits, timeProvider);
            }
        }

        public ModelInfo? Model { get; }

        public ModelPricing? Pricing { get; }

        public long ContextWindow { get; }

        public double InputPerToken { get; }

        public double OutputPerToken { get; }

        public long? LongContextThreshold { get; }

        public double LongInputPerToken { get; }

        public double LongOutputPerToken { get; }

        public DeploymentHealth Health { get; }

        public ResiliencePipeline Pipeline { get; }

        public RateLimiter? Limiter { get; }

        private static ResiliencePipeline BuildPipeline(string name, DeploymentResilienceOptions r, CircuitBreakerStateProvider circuit, DeploymentHealth health, TimeProvider timeProvider)
        {
            var builder = new ResiliencePipelineBuilder { Name = "prodai.routing", InstanceName = name, TimeProvider = timeProvider };
            if (r.MaxRetryAttempts > 0)
            {
                TimeSpan maxRetryAfter = r.MaxRetryAfter;
                builder.AddRetry(new RetryStrategyOptions
                {
                    MaxRetryAttempts = r.MaxRetryAttempts,
                    Delay = r.RetryBaseDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    MaxDelay = TimeSpan.FromSeconds(30),
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is Exception e
                        && !args.Context.CancellationToken.IsCancellationRequested
                        && RoutingErrors.IsTransient(e)
                        && !(RoutingErrors.GetRetryAfter(e) is TimeSpan wait && wait > maxRetryAfter)),

                    // Honour the provider's Retry-After exactly; without one, Polly's jittered exponential back-off applies.
                    DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is Exception e ? RoutingErrors.GetRetryAfter(e) : null),

                    // A failed try counts in the deployment's error rate even when a retry then succeeds (canary comparisons see it).
                    OnRetry = _ =>
                    {
                        health.RecordFailure();
                        return ValueTask.CompletedTask;
                    },
                });
            }

            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = r.FailureRatio,
                MinimumThroughput = r.MinimumThroughput,
                SamplingDuration = r.SamplingDuration,
                BreakDuration = r.BreakDuration,
                StateProvider = circuit,
                OnOpened = args =>
                {
                    health.CircuitOpened(args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
                // Client errors (400 / 413 / 422: the request's own fault) say nothing about the deployment's health.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is Exception e && e is not OperationCanceledException && e is not RateLimitExceededException
                    && !RoutingErrors.IsClientError(e)),
            });
            return builder.Build();
        }
    }
}
