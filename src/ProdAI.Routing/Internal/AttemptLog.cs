namespace ProdAI.Routing.Internal;

/// <summary>The attempts of one request, safe for hedged attempts that finish concurrently.</summary>
internal sealed class AttemptLog
{
    private readonly Lock _gate = new();
    private readonly List<RouteAttempt> _attempts = new(2);

    public int RateLimited { get; set; }

    public void Add(RouteAttempt attempt)
    {
        lock (_gate)
        {
            _attempts.Add(attempt);
        }
    }

    /// <summary>Marks the last successful attempt as escalated by a cascade.</summary>
    public void Escalate()
    {
        lock (_gate)
        {
            int last = _attempts.FindLastIndex(a => a.Outcome == RouteAttemptOutcome.Succeeded);
            if (last >= 0)
            {
                _attempts[last] = _attempts[last] with { Outcome = RouteAttemptOutcome.Escalated, Error = "cascade_rejected" };
            }
        }
    }

    /// <summary>Marks the last successful attempt of a deployment as failed (a stream that broke after its first update).</summary>
    public void MarkFailed(string deployment, string error)
    {
        lock (_gate)
        {
            int last = _attempts.FindLastIndex(a => a.Outcome == RouteAttemptOutcome.Succeeded && a.Deployment == deployment);
            if (last >= 0)
            {
                _attempts[last] = _attempts[last] with { Outcome = RouteAttemptOutcome.Failed, Error = error };
            }
        }
    }

    public IReadOnlyList<RouteAttempt> ToList()
    {
        lock (_gate)
        {
            return [.. _attempts];
        }
    }
}
