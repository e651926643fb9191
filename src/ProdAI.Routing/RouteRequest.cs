using Microsoft.Extensions.AI;
using ProdAI.Telemetry.Attribution;
using ProdAI.Telemetry.Budgets;

namespace ProdAI.Routing;

/// <summary>
/// One request as the routing policies see it: its messages and options, who sends it, its estimated size, the
/// capabilities it needs, and the ordered <see cref="Candidates"/> the policies filter and reorder. The router reuses
/// instances, so a policy must not keep a reference after <see cref="IRoutingPolicy.Route"/> returns.
/// </summary>
public sealed class RouteRequest
{
    private IReadOnlyList<ChatMessage> _messages = [];
    private string? _lastUserText;

    /// <summary>Initializes a new instance of the <see cref="RouteRequest"/> class (for tests and benchmarks of policies).</summary>
    /// <param name="catalog">The deployments.</param>
    public RouteRequest(DeploymentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        Candidates = new RouteCandidates(catalog);
        Candidates.Reset();
    }

    /// <summary>Gets the deployments.</summary>
    public DeploymentCatalog Catalog { get; }

    /// <summary>Gets the ordered candidates: the first is called first, the rest are failover order.</summary>
    public RouteCandidates Candidates { get; }

    /// <summary>Gets the request's messages.</summary>
    public IReadOnlyList<ChatMessage> Messages => _messages;

    /// <summary>Gets the request's options.</summary>
    public ChatOptions? Options { get; private set; }

    /// <summary>Gets who sends the request (tenant, user, feature).</summary>
    public CallAttribution Attribution { get; private set; } = CallAttribution.Anonymous;

    /// <summary>Gets the conversation key for stickiness: <c>ChatOptions.ConversationId</c>, else <c>prodai.session</c>, else <see langword="null"/>.</summary>
    public string? SessionKey { get; private set; }

    /// <summary>Gets or sets the estimated input tokens of the request.</summary>
    public long InputTokens { get; set; }

    /// <summary>Gets or sets the expected output tokens (the request's maximum, or the router's default estimate).</summary>
    public long OutputTokens { get; set; }

    /// <summary>Gets or sets the capabilities the request needs.</summary>
    public DeploymentCapabilities RequiredCapabilities { get; set; }

    /// <summary>Gets a value indicating whether the request streams.</summary>
    public bool IsStreaming { get; private set; }

    /// <summary>Gets or sets the name of the policy that decided (the last one to set it wins).</summary>
    public string? PolicyName { get; set; }

    /// <summary>Gets or sets why the first candidate was chosen, as a short stable token such as <c>cheapest_capable</c>.</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets the request's difficulty in [0, 1] once a scorer computed it, else <see cref="double.NaN"/>.</summary>
    public double Difficulty { get; set; } = double.NaN;

    /// <summary>Gets or sets the tenant's budget counters, when the router has a budget ledger.</summary>
    public IReadOnlyList<BudgetCounterStatus>? BudgetStatus { get; set; }

    /// <summary>Gets or sets the cascade settings when a cascade policy chose the order: accept or escalate each answer.</summary>
    public CascadeOptions? Cascade { get; set; }

    /// <summary>Gets or sets the policy that routed the request (it receives the attempts' feedback).</summary>
    internal IRoutingPolicy? Policy { get; set; }

    /// <summary>Gets the text of the last user message (empty when there is none).</summary>
    public string LastUserText
    {
        get
        {
            if (_lastUserText is null)
            {
                _lastUserText = string.Empty;
                for (int i = _messages.Count - 1; i >= 0; i--)
                {
                    if (_messages[i].Role == ChatRole.User)
                    {
                        _lastUserText = _messages[i].Text ?? string.Empty;
                        break;
                    }
                }
            }

            return _lastUserText;
        }
    }

    /// <summary>Drops the references to the last request's messages and options (the router keeps one instance for reuse).</summary>
    internal void Release()
    {
        _messages = [];
        _lastUserText = null;
        Options = null;
        BudgetStatus = null;
        Policy = null;
        Cascade = null;
    }

    /// <summary>Prepares the context for a request.</summary>
    /// <param name="messages">The messages.</param>
    /// <param name="options">The options.</param>
    /// <param name="attribution">The caller's attribution.</param>
    /// <param name="streaming">Whether the request streams.</param>
    public void Reset(IReadOnlyList<ChatMessage> messages, ChatOptions? options, CallAttribution? attribution = null, bool streaming = false)
    {
        ArgumentNullException.ThrowIfNull(messages);
        _messages = messages;
        _lastUserText = null;
        Options = options;
        Attribution = attribution ?? CallAttribution.Anonymous;
        SessionKey = options?.ConversationId
            ?? (options?.AdditionalProperties?.TryGetValue(RoutingPropertyNames.Session, out object? session) == true ? session?.ToString() : null);
        IsStreaming = streaming;
        InputTokens = 0;
        OutputTokens = 0;
        RequiredCapabilities = streaming ? DeploymentCapabilities.Streaming : DeploymentCapabilities.None;
        PolicyName = null;
        Reason = null;
        Difficulty = double.NaN;
        BudgetStatus = null;
        Cascade = null;
        Policy = null;
        Candidates.Reset();
    }
}
