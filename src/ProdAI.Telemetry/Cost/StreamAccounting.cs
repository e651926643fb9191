using Microsoft.Extensions.AI;

namespace ProdAI.Telemetry.Cost;

/// <summary>Collects what a stream reports (usage, model, text) so the call can be priced when it ends.</summary>
internal sealed class StreamAccounting
{
    private readonly List<ChatResponseUpdate> _updates = [];

    public bool Started { get; private set; }

    public UsageDetails? Usage { get; private set; }

    public string? ModelId { get; private set; }

    public string? ResponseId { get; private set; }

    public ChatCost? InnerCost { get; private set; }

    public void Observe(ChatResponseUpdate update)
    {
        Started = true;
        _updates.Add(update);
        ModelId ??= update.ModelId;
        ResponseId ??= update.ResponseId;
        if (CallCostEvaluator.FromProperties(update.AdditionalProperties) is { } cost)
        {
            InnerCost = cost;
        }

        foreach (AIContent content in update.Contents)
        {
            if (content is UsageContent usage)
            {
                if (Usage is null)
                {
                    Usage = new UsageDetails();
                }

                Usage.Add(usage.Details);
            }
        }
    }

    public IList<ChatMessage> OutputMessages() => _updates.Count == 0 ? [] : _updates.ToChatResponse().Messages;
}
