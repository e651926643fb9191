using System.Collections.Frozen;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Hedging;
using Polly.Timeout;
using ProdAI.Routing.Internal;
using ProdAI.Routing.RateLimiting;
using ProdAI.Telemetry;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Tokens;

namespace ProdAI.Routing;

/// <summary>
/// An in-process model router: for each request it filters the catalog to the deployments that can serve it
/// (capabilities, context window, token quota), lets the routing policy order them, then calls them in order through
/// each deployment's Polly pipeline (attempt timeout, Retry-After aware retries, circuit breaker), skipping deployments
/// that are cooling down or over their RPM / TPM, and failing over to the next candidate on failure. A streaming call
/// fails over only until its first update reached the caller; after that an error surfaces as is. Cascades escalate on
/// rejected answers; latency-critical requests can be hedged. The decision comes back in
/// <c>ChatResponse.AdditionalProperties["prodai.route"]</c> (<see cref="RouteDecision"/>) and as span tags.
/// </summary>
/// <remarks>
/// The router is the end of a pipeline: deployments carry their own clients, and those without one are called through
/// the inner client (when given) with <see cref="ChatOptions.ModelId"/> set to the deployment's model.
/// </remarks>
public sealed partial class RouterChatClient : IChatClient
{
    private static readonly ResiliencePropertyKey<HedgeState> HedgeKey = new("prodai.routing.hedge");
    private readonly DeploymentCatalog _catalog;
    private readonly IRoutingPolicy _policy;
    private readonly RouterOptions _options;
    private readonly IChatClient? _inner;
    private readonly ILogger _logger;
    private readonly ITokenCounter _tokenCounter;
    private readonly ResiliencePipeline<HedgeResult>? _hedging;
    private readonly ChatClientMetadata _metadata;
    private readonly FrozenSet<string> _modelIds;
    private RouteRequest? _spare;

    /// <summary>Initializes a new instance of the <see cref="RouterChatClient"/> class.</summary>
    /// <param name="catalog">The deployments.</param>
    /// <param name="policy">The default policy; <see langword="null"/> for <see cref="RoutingPolicies.CreateDefault"/>.</param>
    /// <param name="options">The router's settings.</param>
    /// <param name="innerClient">The client for deployments without their own, or <see langword="null"/>.</param>
    /// <param name="logger">Receives failovers, cooldowns and exhausted routes.</param>
    public RouterChatClient(DeploymentCatalog catalog, IRoutingPolicy? policy = null, RouterOptions? options = null, IChatClient? innerClient = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _options = options ?? new RouterOptions();
        _options.Validate();
        _policy = policy ?? RoutingPolicies.CreateDefault();
        _inner = innerClient;
        _logger = logger ?? NullLogger.Instance;
        _tokenCounter = _options.TokenCounter ?? TiktokenTokenCounter.Shared;
        foreach (ModelDeployment d in catalog.Deployments)
        {
            if (d.Client is null && innerClient is null)
            {
                throw new ArgumentException($"Deployment '{d.Name}' has no client and the router has no inner client to call it through.", nameof(catalog));
            }
        }

        if (_options.HedgingDelay is TimeSpan delay)
        {
            _hedging = new ResiliencePipelineBuilder<HedgeResult> { TimeProvider = catalog.TimeProvider }
                .AddHedging(new HedgingStrategyOptions<HedgeResult>
                {
                    Delay = delay,
                    MaxHedgedAttempts = _options.MaxHedgedAttempts,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null and not OperationCanceledException),
                    ActionGenerator = args =>
                    {
                        HedgeState state = args.PrimaryContext.Properties.GetValue(HedgeKey, null!);
                        int position = state.NextPosition();
                        return position < 0 ? null : () => state.Router.HedgedAttemptAsync(state, position, args.ActionContext.CancellationToken);
                    },
                })
                .Build();
        }

        _metadata = new ChatClientMetadata("prodai.router", null, catalog.Deployments[0].Model);
        _modelIds = catalog.Deployments.Select(d => d.Model).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the deployments.</summary>
    public DeploymentCatalog Catalog => _catalog;

    /// <summary>Gets the default policy.</summary>
    public IRoutingPolicy Policy => _policy;

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        RouteRequest context = await PrepareAsync(messages, options, streaming: false, cancellationToken).ConfigureAwait(false);
        var attempts = new AttemptLog();
        using Activity? activity = RoutingInstruments.Source.StartActivity("route");
        bool hedge = _hedging is not null && (_options.HedgeAllRequests || IsLatencyCritical(options)) && context.Cascade is null;
        try
        {
            ChatResponse? fallback = null;
            int fallbackIndex = -1;
            int escalations = 0;
            int minTier = int.MinValue;
            Exception? last = null;
            TimeSpan? earliestRetry = null;
            int tried = 0;
            for (int position = 0; position < context.Candidates.Count && tried < _options.MaxAttempts; position++)
            {
                int index = context.Candidates.IndexAt(position);
                if (_catalog.Deployments[index].Tier < minTier)
                {
                    continue; // a cascade escalates upwards only
                }

                Admission admission = await AdmitAsync(context, index, attempts, cancellationToken).ConfigureAwait(false);
                if (!admission.Admitted)
                {
                    earliestRetry = Min(earliestRetry, admission.RetryAfter);
                    continue;
                }

                ChatResponse response;
                try
                {
                    if (hedge)
                    {
                        var state = new HedgeState(this, context, attempts, position, _options.MaxAttempts - tried);
                        try
                        {
                            (response, index) = await HedgeAsync(state, cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            tried += state.Launched;
                            position = state.LastPosition;
                        }
                    }
                    else
                    {
                        tried++;
                        response = await AttemptAsync(context, index, attempts, cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (DeploymentSkippedException) when (!hedge)
                {
                    tried--; // lost the half-open probe to a concurrent call: not an attempt
                    continue;
                }
                catch (Exception ex) when (CanFailOver(ex, cancellationToken))
                {
                    last = ex is DeploymentSkippedException skipped ? skipped.InnerException! : ex;
                    LogFailover(_logger, _catalog.Deployments[index].Name, Describe(last));
                    continue;
                }

                if (context.Cascade is CascadeOptions cascade && escalations < cascade.MaxEscalations && HasHigherTier(context, position)
                    && !await AcceptAsync(cascade, response, index, context, cancellationToken).ConfigureAwait(false))
                {
                    attempts.Escalate();
                    escalations++;
                    fallback = response;
                    fallbackIndex = index;
                    minTier = _catalog.Deployments[index].Tier + 1;
                    continue;
                }

                return Complete(context, response, index, attempts, activity);
            }

            if (fallback is not null)
            {
                return Complete(context, fallback, fallbackIndex, attempts, activity);
            }

            throw Exhausted(context, attempts, last, earliestRetry);
        }
        finally
        {
            // A hedged attempt that lost may still be finishing in the background: its request is not reused.
            if (!hedge)
            {
                Return(context);
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        RouteRequest context = await PrepareAsync(messages, options, streaming: true, cancellationToken).ConfigureAwait(false);
        var attempts = new AttemptLog();
        using Activity? activity = RoutingInstruments.Source.StartActivity("route");
        StreamAttempt? stream = null;
        int chosen = -1;
        List<ChatResponseUpdate>? buffered = null;
        List<ChatResponseUpdate>? rejected = null;
        int rejectedIndex = -1;
        try
        {
            Exception? last = null;
            TimeSpan? earliestRetry = null;
            int tried = 0;
            int escalations = 0;
            int minTier = int.MinValue;
            for (int position = 0; position < context.Candidates.Count && tried < _options.MaxAttempts; position++)
            {
                int index = context.Candidates.IndexAt(position);
                if (_catalog.Deployments[index].Tier < minTier)
                {
                    continue;
                }

                Admission admission = await AdmitAsync(context, index, attempts, cancellationToken).ConfigureAwait(false);
                if (!admission.Admitted)
                {
                    earliestRetry = Min(earliestRetry, admission.RetryAfter);
                    continue;
                }

                tried++;
                try
                {
                    stream = await OpenStreamAsync(context, index, attempts, cancellationToken).ConfigureAwait(false);
                }
                catch (DeploymentSkippedException)
                {
                    tried--;
                    continue;
                }
                catch (Exception ex) when (CanFailOver(ex, cancellationToken))
                {
                    last = ex;
                    LogFailover(_logger, _catalog.Deployments[index].Name, Describe(ex));
                    continue;
                }

                // A cascade must judge the whole answer before the caller sees any of it: buffer, then accept or escalate.
                if (context.Cascade is CascadeOptions cascade && escalations < cascade.MaxEscalations && HasHigherTier(context, position))
                {
                    buffered = [];
                    try
                    {
                        buffered.Add(stream.First);
                        while (await stream.MoveNextAsync().ConfigureAwait(false))
                        {
                            buffered.Add(stream.Current);
                        }
                    }
                    catch (Exception ex) when (CanFailOver(ex, cancellationToken))
                    {
                        StreamAttempt failed = stream;
                        stream = null;
                        buffered = null;
                        failed.Fail(attempts, ex);
                        last = ex;
                        LogFailover(_logger, _catalog.Deployments[index].Name, Describe(ex));
                        await failed.DisposeAsync().ConfigureAwait(false);
                        continue;
                    }

                    stream.Succeed();
                    if (!await AcceptAsync(cascade, buffered.ToChatResponse(), index, context, cancellationToken).ConfigureAwait(false))
                    {
                        attempts.Escalate();
                        escalations++;
                        minTier = _catalog.Deployments[index].Tier + 1;
                        StreamAttempt done = stream;
                        stream = null;
                        (rejected, rejectedIndex, buffered) = (buffered, index, null);
                        await done.DisposeAsync().ConfigureAwait(false);
                        continue;
                    }
                }

                chosen = index;
                break;
            }

            if (stream is null && rejected is not null)
            {
                // The escalation found no better answer: the rejected one is returned, as for non-streaming calls.
                (buffered, chosen) = (rejected, rejectedIndex);
            }
            else if (stream is null)
            {
                throw Exhausted(context, attempts, last, earliestRetry);
            }

            RouteDecision decision = Decide(context, chosen, attempts, activity);
            if (buffered is not null)
            {
                Attach(buffered[0], decision);
                foreach (ChatResponseUpdate update in buffered)
                {
                    yield return update;
                }

                yield break;
            }

            // From here on the caller has output: no failover; a failure surfaces as is (and counts against the deployment).
            Attach(stream!.First, decision);
            yield return stream.First;
            while (true)
            {
                bool more;
                try
                {
                    more = await stream.MoveNextAsync().ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw; // the caller went away: not the deployment's fault
                }
                catch (Exception ex)
                {
                    stream.Fail(attempts, ex);
                    throw;
                }

                if (!more)
                {
                    break;
                }

                yield return stream.Current;
            }

            stream.Succeed();
        }
        finally
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            Return(context);
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null)
        {
            if (serviceType == typeof(ChatClientMetadata))
            {
                return _metadata;
            }

            if (serviceType.IsInstanceOfType(this))
            {
                return this;
            }

            if (serviceType == typeof(DeploymentCatalog))
            {
                return _catalog;
            }
        }

        return _inner?.GetService(serviceType, serviceKey);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Deployment clients are owned by whoever created them (often the DI container), as is the inner client.
    }

    /// <summary>Routes a request without calling anything: the ordered candidates the policy would try (for tests, dashboards and dry runs).</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The deployments in the order they would be tried, and the policy's reason.</returns>
    public async Task<(IReadOnlyList<ModelDeployment> Candidates, string? Reason)> PreviewAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        RouteRequest context = await PrepareAsync(messages, options, streaming: false, cancellationToken).ConfigureAwait(false);
        try
        {
            var list = new ModelDeployment[context.Candidates.Count];
            for (int i = 0; i < list.Length; i++)
            {
                list[i] = context.Candidates[i];
            }

            return (list, context.Reason);
        }
        finally
        {
            Return(context);
        }
    }

    private static bool IsLatencyCritical(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(RoutingPropertyNames.LatencyCritical, out object? value) == true && value is true or "true";

    /// <summary>A deployment failure moves on to the next candidate; caller cancellation and ProdAI refusals (other than rate limits) do not.</summary>
    private static bool CanFailOver(Exception ex, CancellationToken cancellationToken) =>
        !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested) && ex is not ProdAIException or RateLimitExceededException;

    private bool HasHigherTier(RouteRequest context, int position)
    {
        int tier = context.Candidates[position].Tier;
        for (int p = position + 1; p < context.Candidates.Count; p++)
        {
            if (context.Candidates[p].Tier > tier)
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(Exception ex) =>
        RoutingErrors.GetStatusCode(ex) is int status ? $"HTTP {status}" : ex is TimeoutRejectedException ? "timeout" : ex.GetType().Name;

    private static void Attach(ChatResponseUpdate update, RouteDecision decision)
    {
        update.AdditionalProperties ??= [];
        update.AdditionalProperties[ProdAIPropertyNames.Route] = decision;
    }

    private async ValueTask<RouteRequest> PrepareAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, bool streaming, CancellationToken cancellationToken)
    {
        IReadOnlyList<ChatMessage> list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        RouteRequest context = Interlocked.Exchange(ref _spare, null) ?? new RouteRequest(_catalog);
        try
        {
            context.Reset(list, options, CallAttribution.Resolve(options), streaming);
            Estimate(context);
            if (_options.BudgetLedger is not null)
            {
                context.BudgetStatus = await _options.BudgetLedger.GetStatusAsync(context.Attribution, cancellationToken).ConfigureAwait(false);
            }

            // The router's own filter: never send a request to a deployment that cannot serve it.
            long needed = context.InputTokens + context.OutputTokens;
            context.Candidates.RemoveWhereNot(
                static (index, state) =>
                {
                    ModelDeployment d = state.Catalog.Deployments[index];
                    return (d.Capabilities & state.RequiredCapabilities) == state.RequiredCapabilities
                        && state.Catalog.GetContextWindow(index) >= state.InputTokens + (state.Options?.MaxOutputTokens ?? 0)
                        && (d.TokensPerMinute is not long tpm || tpm >= state.InputTokens + state.OutputTokens);
                },
                context,
                allowEmpty: true);
            if (context.Candidates.Count == 0)
            {
                throw new NoDeploymentAvailableException(
                    $"No deployment can serve this request (needs {context.RequiredCapabilities}, about {needed} tokens).", [], context.Attribution);
            }

            IRoutingPolicy policy = _policy;
            if (options?.AdditionalProperties?.TryGetValue(RoutingPropertyNames.Policy, out object? name) == true && name is string policyName)
            {
                policy = _options.Policies.TryGetValue(policyName, out IRoutingPolicy? named)
                    ? named
                    : throw new ArgumentException($"No routing policy named '{policyName}' is registered.", nameof(options));
            }

            policy.Route(context);
            context.PolicyName = policy.Name;
            context.Policy = policy;
            // A request that names a model the catalog serves goes to that model's deployments (in the policy's order);
            // any other model id ("auto", an alias the catalog does not know) leaves the choice to the policy.
            if (options?.ModelId is string requested && _modelIds.Contains(requested))
            {
                context.Candidates.RemoveWhereNot(static (index, state) => string.Equals(state.Catalog.Deployments[index].Model, state.Requested, StringComparison.OrdinalIgnoreCase), (Catalog: _catalog, Requested: requested), allowEmpty: true);
                context.Reason = "model_requested";
                if (context.Candidates.Count == 0)
                {
                    throw new NoDeploymentAvailableException($"No deployment of the requested model '{requested}' can serve this request.", [], context.Attribution);
                }
            }

            if (options?.AdditionalProperties?.TryGetValue(RoutingPropertyNames.Deployment, out object? pinned) == true && pinned is string pinnedName)
            {
                int at = context.Candidates.PositionOf(_catalog.IndexOf(pinnedName));
                if (at >= 0)
                {
                    context.Candidates.MoveToFront(at);
                    context.Reason = "pinned";
                }
            }

            if (context.Candidates.Count == 0)
            {
                throw new NoDeploymentAvailableException($"Policy '{policy.Name}' left no deployment for this request.", [], context.Attribution);
            }

            return context;
        }
        catch
        {
            Return(context);
            throw;
        }
    }

    private void Estimate(RouteRequest context)
    {
        long chars = 0;
        bool image = false;
        foreach (ChatMessage message in context.Messages)
        {
            foreach (AIContent content in message.Contents)
            {
                switch (content)
                {
                    case TextContent text:
                        chars += text.Text?.Length ?? 0;
                        break;
                    case TextReasoningContent reasoning:
                        chars += reasoning.Text?.Length ?? 0;
                        break;
                    case FunctionResultContent result:
                        chars += result.Result?.ToString()?.Length ?? 0;
                        break;
                    case FunctionCallContent call:
                        chars += call.Name.Length + (call.Arguments?.Sum(a => a.Key.Length + (a.Value?.ToString()?.Length ?? 0)) ?? 0);
                        break;
                    case DataContent data when data.HasTopLevelMediaType("image"):
                    case UriContent uri when uri.HasTopLevelMediaType("image"):
                        image = true;
                        break;
                }
            }
        }

        chars += context.Options?.Instructions?.Length ?? 0;

        // About four characters a token; counted exactly when the request might come near the smallest window (dense
        // scripts such as CJK run about one token a character).
        long tokens = (chars / 4) + (4 * context.Messages.Count) + 3;
        if (chars >= _catalog.MinContextWindow / 4)
        {
            tokens = _tokenCounter.CountTokens(context.Options?.ModelId ?? _catalog.Deployments[0].Model, context.Messages, context.Options).Tokens;
        }

        context.InputTokens = tokens;
        context.OutputTokens = context.Options?.MaxOutputTokens ?? _options.DefaultOutputTokens;
        ChatOptions? options = context.Options;
        DeploymentCapabilities required = context.RequiredCapabilities;
        if (options?.Tools is { Count: > 0 })
        {
            required |= DeploymentCapabilities.Tools;
        }

        if (options?.ResponseFormat is ChatResponseFormatJson)
        {
            required |= DeploymentCapabilities.JsonMode;
        }

        if (image)
        {
            required |= DeploymentCapabilities.Vision;
        }

        context.RequiredCapabilities = required;
    }

    private async ValueTask<Admission> AdmitAsync(RouteRequest context, int index, AttemptLog attempts, CancellationToken cancellationToken)
    {
        string name = _catalog.Deployments[index].Name;
        DeploymentHealth health = _catalog.GetHealth(index);
        if (!health.IsAvailable)
        {
            DateTimeOffset? until = health.CooldownUntil ?? health.BreakUntil;
            attempts.Add(new RouteAttempt(name, RouteAttemptOutcome.Unavailable, health.CooldownUntil is null ? "circuit_open" : "cooldown", TimeSpan.Zero));
            return new Admission(false, until is DateTimeOffset end ? Max(end - _catalog.TimeProvider.GetUtcNow(), TimeSpan.Zero) : null);
        }

        if (_catalog.GetLimiter(index) is not RateLimiter limiter)
        {
            return new Admission(true, null);
        }

        int tokens = (int)Math.Min(int.MaxValue, context.InputTokens + context.OutputTokens);
        RateLimitLease lease;
        try
        {
            lease = await limiter.AcquireAsync(tokens, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A broken limiter must not take the route down: the provider's own quota still protects it.
            LogLimiterFailed(_logger, ex, name);
            return new Admission(true, null);
        }

        using (lease)
        {
            if (lease.IsAcquired)
            {
                return new Admission(true, null);
            }

            attempts.Add(new RouteAttempt(name, RouteAttemptOutcome.RateLimited, "rate_limited", TimeSpan.Zero));
            attempts.RateLimited++;
            return new Admission(false, lease.TryGetMetadata(MetadataName.RetryAfter, out TimeSpan wait) ? wait : null);
        }
    }

    /// <summary>A hedge fires from Polly's synchronous generator: the deployment's limiter is asked without waiting.</summary>
    private bool AdmitHedge(RouteRequest context, int index, AttemptLog attempts)
    {
        if (_catalog.GetLimiter(index) is not RateLimiter limiter)
        {
            return true;
        }

        try
        {
            using RateLimitLease lease = limiter.AttemptAcquire((int)Math.Min(int.MaxValue, context.InputTokens + context.OutputTokens));
            if (!lease.IsAcquired)
            {
                attempts.Add(new RouteAttempt(_catalog.Deployments[index].Name, RouteAttemptOutcome.RateLimited, "rate_limited", TimeSpan.Zero));
            }

            return lease.IsAcquired;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogLimiterFailed(_logger, ex, _catalog.Deployments[index].Name);
            return true;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan? Min(TimeSpan? a, TimeSpan? b) => a is not TimeSpan x ? b : b is not TimeSpan y ? x : x <= y ? x : y;

    private async Task<ChatResponse> AttemptAsync(RouteRequest context, int index, AttemptLog attempts, CancellationToken cancellationToken)
    {
        ModelDeployment deployment = _catalog.Deployments[index];
        DeploymentHealth health = _catalog.GetHealth(index);
        long start = _catalog.TimeProvider.GetTimestamp();
        var calls = new StrongBox<int>();
        try
        {
            ChatResponse response = await _catalog.GetPipeline(index).ExecuteAsync(
                static async (state, ct) =>
                {
                    (RouterChatClient router, RouteRequest ctx, ModelDeployment d, StrongBox<int> runs) = state;
                    runs.Value++;
                    using var timeout = new CancellationTokenSource(d.Resilience.AttemptTimeout, router._catalog.TimeProvider);
                    using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
                    try
                    {
                        return await router.ClientFor(d).GetResponseAsync(ctx.Messages, router.OptionsFor(ctx, d), linked.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
                    {
                        // Our attempt timeout, or the provider's / HttpClient's own timeout surfacing as a cancellation.
                        throw new TimeoutRejectedException($"Deployment '{d.Name}' did not answer within {d.Resilience.AttemptTimeout} (or its client timed out).", d.Resilience.AttemptTimeout, ex);
                    }
                },
                (this, context, deployment, calls),
                cancellationToken).ConfigureAwait(false);
            TimeSpan elapsed = _catalog.TimeProvider.GetElapsedTime(start);
            health.RecordSuccess(elapsed, null);
            attempts.Add(new RouteAttempt(deployment.Name, RouteAttemptOutcome.Succeeded, null, elapsed));
            Feedback(context, index, succeeded: true);
            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            attempts.Add(new RouteAttempt(deployment.Name, RouteAttemptOutcome.Cancelled, "cancelled", _catalog.TimeProvider.GetElapsedTime(start)));
            throw;
        }
        catch (Exception ex)
        {
            if (OnFailure(context, index, ex, calls.Value, attempts, start) is DeploymentSkippedException skipped)
            {
                throw skipped;
            }

            throw;
        }
    }

    /// <summary>
    /// Records a failed attempt of either call path. Returns a <see cref="DeploymentSkippedException"/> to throw instead
    /// when the deployment was never called (a concurrent call held its half-open probe), otherwise <see langword="null"/>.
    /// </summary>
    private DeploymentSkippedException? OnFailure(RouteRequest context, int index, Exception ex, int calls, AttemptLog attempts, long start)
    {
        ModelDeployment deployment = _catalog.Deployments[index];
        if (ex is BrokenCircuitException or IsolatedCircuitException && calls == 0)
        {
            attempts.Add(new RouteAttempt(deployment.Name, RouteAttemptOutcome.Unavailable, "circuit_open", TimeSpan.Zero));
            return new DeploymentSkippedException(ex);
        }

        attempts.Add(new RouteAttempt(deployment.Name, RouteAttemptOutcome.Failed, Describe(ex), _catalog.TimeProvider.GetElapsedTime(start)));
        if (RoutingErrors.IsClientError(ex))
        {
            return null; // the request's fault, not the deployment's: no health, circuit or policy penalty
        }

        DeploymentHealth health = _catalog.GetHealth(index);
        health.RecordFailure();
        if (RoutingErrors.GetRetryAfter(ex) is TimeSpan wait && wait > deployment.Resilience.MaxRetryAfter)
        {
            health.CoolDown(wait);
            LogCooldown(_logger, deployment.Name, wait.TotalSeconds);
        }

        Feedback(context, index, succeeded: false);
        return null;
    }

    private async Task<(ChatResponse Response, int Index)> HedgeAsync(HedgeState state, CancellationToken cancellationToken)
    {
        ResilienceContext resilience = ResilienceContextPool.Shared.Get(cancellationToken);
        resilience.Properties.Set(HedgeKey, state);
        try
        {
            HedgeResult result = await _hedging!.ExecuteAsync(
                static async (rc, s) =>
                {
                    Outcome<HedgeResult> outcome = await s.Router.HedgedAttemptAsync(s, s.First, rc.CancellationToken).ConfigureAwait(false);
                    outcome.ThrowIfException();
                    return outcome.Result!;
                },
                resilience,
                state).ConfigureAwait(false);
            return (result.Response, result.Index);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilience);
        }
    }

    private async ValueTask<Outcome<HedgeResult>> HedgedAttemptAsync(HedgeState state, int position, CancellationToken cancellationToken)
    {
        int index = state.Context.Candidates.IndexAt(position);
        try
        {
            ChatResponse response = await AttemptAsync(state.Context, index, state.Attempts, cancellationToken).ConfigureAwait(false);
            return Outcome.FromResult(new HedgeResult(response, index));
        }
        catch (Exception ex)
        {
            return Outcome.FromException<HedgeResult>(ex);
        }
    }

    private async Task<StreamAttempt> OpenStreamAsync(RouteRequest context, int index, AttemptLog attempts, CancellationToken cancellationToken)
    {
        ModelDeployment deployment = _catalog.Deployments[index];
        long start = _catalog.TimeProvider.GetTimestamp();
        var calls = new StrongBox<int>();
        try
        {
            StreamAttempt opened = await _catalog.GetPipeline(index).ExecuteAsync(
                static async (state, ct) =>
                {
                    (RouterChatClient router, RouteRequest ctx, ModelDeployment d, int i, CancellationToken caller, StrongBox<int> runs) = state;
                    runs.Value++;

                    // Polly's token is only valid for this callback; the stream outlives it, so it gets its own sources.
                    var timeout = new CancellationTokenSource(d.Resilience.AttemptTimeout, router._catalog.TimeProvider);
                    var linked = CancellationTokenSource.CreateLinkedTokenSource(caller, timeout.Token);
                    CancellationTokenRegistration forward = ct.Register(static s => ((CancellationTokenSource)s!).Cancel(), linked);
                    IAsyncEnumerator<ChatResponseUpdate>? enumerator = null;
                    try
                    {
                        enumerator = router.ClientFor(d).GetStreamingResponseAsync(ctx.Messages, router.OptionsFor(ctx, d), linked.Token).GetAsyncEnumerator(linked.Token);
                        if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                        {
                            throw new InvalidOperationException($"Deployment '{d.Name}' returned an empty stream.");
                        }

                        // The first update arrived: the attempt timeout covered the time to first token and stops here.
                        timeout.CancelAfter(Timeout.InfiniteTimeSpan);
                        await forward.DisposeAsync().ConfigureAwait(false);
                        return new StreamAttempt(router, ctx, i, enumerator, timeout, linked);
                    }
                    catch (Exception ex)
                    {
                        await forward.DisposeAsync().ConfigureAwait(false);
                        try
                        {
                            if (enumerator is not null)
                            {
                                await enumerator.DisposeAsync().ConfigureAwait(false);
                            }
                        }
                        finally
                        {
                            linked.Dispose();
                            timeout.Dispose();
                        }

                        if (ex is OperationCanceledException && !caller.IsCancellationRequested && !ct.IsCancellationRequested)
                        {
                            throw new TimeoutRejectedException($"Deployment '{d.Name}' sent nothing within {d.Resilience.AttemptTimeout} (or its client timed out).", d.Resilience.AttemptTimeout, ex);
                        }

                        throw;
                    }
                },
                (this, context, deployment, index, cancellationToken, calls),
                cancellationToken).ConfigureAwait(false);
            opened.Start = start;
            opened.TimeToFirstToken = _catalog.TimeProvider.GetElapsedTime(start);
            attempts.Add(new RouteAttempt(deployment.Name, RouteAttemptOutcome.Succeeded, null, opened.TimeToFirstToken));
            return opened;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (OnFailure(context, index, ex, calls.Value, attempts, start) is DeploymentSkippedException skipped)
            {
                throw skipped;
            }

            throw;
        }
    }

    private IChatClient ClientFor(ModelDeployment deployment) => deployment.Client ?? _inner!;

    private ChatOptions OptionsFor(RouteRequest context, ModelDeployment deployment)
    {
        ChatOptions? options = context.Options;
        if (options is not null && string.Equals(options.ModelId, deployment.Model, StringComparison.Ordinal))
        {
            return options;
        }

        ChatOptions copy = options?.Clone() ?? new ChatOptions();
        copy.ModelId = deployment.Model;
        return copy;
    }

    private async ValueTask<bool> AcceptAsync(CascadeOptions cascade, ChatResponse response, int index, RouteRequest context, CancellationToken cancellationToken)
    {
        if (cascade.MinConfidence is double min
            && response.AdditionalProperties?.TryGetValue(cascade.ConfidenceProperty, out object? value) == true
            && ToConfidence(value) < min)
        {
            return false;
        }

        return await cascade.Accept(new CascadeArguments(response, _catalog.Deployments[index], context.Messages, context.Options, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>A confidence as a number (double, float, decimal, integer or invariant string); NaN when unreadable, which never rejects.</summary>
    private static double ToConfidence(object? value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        int i => i,
        long l => l,
        string text when double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double parsed) => parsed,
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Number } json => json.GetDouble(),
        _ => double.NaN,
    };

    private ChatResponse Complete(RouteRequest context, ChatResponse response, int index, AttemptLog attempts, Activity? activity)
    {
        RouteDecision decision = Decide(context, index, attempts, activity);
        response.AdditionalProperties ??= [];
        response.AdditionalProperties[ProdAIPropertyNames.Route] = decision;
        return response;
    }

    private RouteDecision Decide(RouteRequest context, int index, AttemptLog attempts, Activity? activity)
    {
        ModelDeployment deployment = _catalog.Deployments[index];
        var decision = new RouteDecision(
            deployment.Name,
            deployment.Model,
            context.PolicyName ?? _policy.Name,
            context.Reason,
            double.IsNaN(context.Difficulty) ? null : context.Difficulty,
            _catalog.EstimateCost(index, context.InputTokens, context.OutputTokens),
            context.InputTokens,
            context.OutputTokens,
            attempts.ToList());
        RoutingInstruments.Record(decision, activity);
        return decision;
    }

    private NoDeploymentAvailableException Exhausted(RouteRequest context, AttemptLog attempts, Exception? last, TimeSpan? earliestRetry)
    {
        IReadOnlyList<RouteAttempt> list = attempts.ToList();
        LogExhausted(_logger, list.Count, context.Attribution.Tenant ?? "-");
        if (last is null && attempts.RateLimited > 0 && attempts.RateLimited == list.Count)
        {
            throw new RateLimitExceededException("deployments", earliestRetry, context.InputTokens + context.OutputTokens, context.Attribution);
        }

        return new NoDeploymentAvailableException(
            $"Every candidate deployment failed or was unavailable ({string.Join(", ", list.Select(a => $"{a.Deployment}: {a.Outcome}{(a.Error is null ? string.Empty : " " + a.Error)}"))}).",
            list,
            context.Attribution,
            last)
        { RetryAfterHint = earliestRetry };
    }

    private void Feedback(RouteRequest context, int index, bool succeeded)
    {
        if (context.Policy is IRoutingFeedback feedback)
        {
            feedback.OnAttemptCompleted(context, index, succeeded);
        }
    }

    private void Return(RouteRequest context)
    {
        context.Release();
        Volatile.Write(ref _spare, context);
    }

    [LoggerMessage(1, LogLevel.Warning, "Routing: deployment {Deployment} failed ({Error}); trying the next candidate.")]
    private static partial void LogFailover(ILogger logger, string deployment, string error);

    [LoggerMessage(2, LogLevel.Warning, "Routing: deployment {Deployment} asked to wait {Seconds:0.#} s, longer than the router waits; cooling it down.")]
    private static partial void LogCooldown(ILogger logger, string deployment, double seconds);

    [LoggerMessage(4, LogLevel.Warning, "Routing: the rate limiter of deployment {Deployment} failed; letting the call through.")]
    private static partial void LogLimiterFailed(ILogger logger, Exception exception, string deployment);

    [LoggerMessage(3, LogLevel.Error, "Routing: no deployment could serve the request after {Attempts} attempt(s) (tenant {Tenant}).")]
    private static partial void LogExhausted(ILogger logger, int attempts, string tenant);

    private sealed record HedgeResult(ChatResponse Response, int Index);

    /// <summary>The positions a hedged request launched: the first, then the next available candidates as hedges fire.</summary>
    private sealed class HedgeState(RouterChatClient router, RouteRequest context, AttemptLog attempts, int first, int budget)
    {
        private readonly Lock _gate = new();
        private readonly int _first = first;
        private int _last = first;
        private int _launched = 1;

        public RouterChatClient Router => router;

        public RouteRequest Context => context;

        public AttemptLog Attempts => attempts;

        public int First => _first;

        public int LastPosition
        {
            get
            {
                lock (_gate)
                {
                    return _last;
                }
            }
        }

        public int Launched
        {
            get
            {
                lock (_gate)
                {
                    return _launched;
                }
            }
        }

        public int NextPosition()
        {
            lock (_gate)
            {
                if (_launched >= budget)
                {
                    return -1;
                }

                for (int next = _last + 1; next < context.Candidates.Count; next++)
                {
                    int index = context.Candidates.IndexAt(next);
                    if (router._catalog.GetHealth(index).IsAvailable && router.AdmitHedge(context, index, attempts))
                    {
                        _last = next;
                        _launched++;
                        return next;
                    }
                }

                return -1;
            }
        }
    }

    private readonly record struct Admission(bool Admitted, TimeSpan? RetryAfter);

    private sealed class StreamAttempt(RouterChatClient router, RouteRequest context, int index, IAsyncEnumerator<ChatResponseUpdate> enumerator, CancellationTokenSource timeout, CancellationTokenSource linked) : IAsyncDisposable
    {
        private bool _recorded;

        public ChatResponseUpdate First { get; } = enumerator.Current;

        public ChatResponseUpdate Current => enumerator.Current;

        public long Start { get; set; }

        public TimeSpan TimeToFirstToken { get; set; }

        public ValueTask<bool> MoveNextAsync() => enumerator.MoveNextAsync();

        /// <summary>The stream ended normally: health and policy feedback, once.</summary>
        public void Succeed()
        {
            if (!_recorded)
            {
                _recorded = true;
                router._catalog.GetHealth(index).RecordSuccess(router._catalog.TimeProvider.GetElapsedTime(Start), TimeToFirstToken);
                router.Feedback(context, index, succeeded: true);
            }
        }

        /// <summary>The stream failed after its first update: health, the attempt log and policy feedback, once.</summary>
        public void Fail(AttemptLog attempts, Exception ex)
        {
            if (!_recorded)
            {
                _recorded = true;
                router._catalog.GetHealth(index).RecordFailure();
                attempts.MarkFailed(router._catalog.Deployments[index].Name, Describe(ex));
                router.Feedback(context, index, succeeded: false);
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                linked.Dispose();
                timeout.Dispose();
            }
        }
    }
}

/// <summary>A deployment was not called after all (a concurrent call held its half-open probe): skip it without counting an attempt.</summary>
internal sealed class DeploymentSkippedException(Exception inner) : Exception("The deployment's circuit let another call probe it.", inner);
