namespace ProdAI.Telemetry.Attribution;

/// <summary>
/// The ambient attribution of model calls, flowing across <see langword="await"/>s like <see cref="System.Diagnostics.Activity.Current"/>.
/// </summary>
/// <example>
/// <code>
/// using (AttributionScope.Begin(tenant: "acme", user: "u-42", feature: "summarise"))
/// {
///     await chatClient.GetResponseAsync(messages);   // attributed to acme / u-42 / summarise
/// }
/// </code>
/// </example>
public static class AttributionScope
{
    private static readonly AsyncLocal<CallAttribution?> CurrentValue = new();

    /// <summary>Gets the attribution of the current asynchronous flow, or <see langword="null"/> when none was begun.</summary>
    public static CallAttribution? Current => CurrentValue.Value;

    /// <summary>
    /// Begins a scope in which calls are attributed to the given tenant, user and feature. Values left
    /// <see langword="null"/> are inherited from the enclosing scope. Dispose the result to restore the enclosing scope.
    /// </summary>
    /// <param name="tenant">The tenant, or <see langword="null"/> to inherit.</param>
    /// <param name="user">The end user, or <see langword="null"/> to inherit.</param>
    /// <param name="feature">The product feature, or <see langword="null"/> to inherit.</param>
    /// <param name="tags">Tags merged over the enclosing scope's tags, or <see langword="null"/>.</param>
    /// <returns>A handle that restores the enclosing scope when disposed.</returns>
    public static IDisposable Begin(string? tenant = null, string? user = null, string? feature = null, IReadOnlyDictionary<string, string>? tags = null)
    {
        CallAttribution? parent = CurrentValue.Value;
        var scope = new CallAttribution(tenant ?? parent?.Tenant, user ?? parent?.User, feature ?? parent?.Feature, CallAttribution.MergeTags(parent?.Tags, tags));
        return Begin(scope);
    }

    /// <summary>Begins a scope with exactly the given attribution. Dispose the result to restore the enclosing scope.</summary>
    /// <param name="attribution">The attribution to make current.</param>
    /// <returns>A handle that restores the enclosing scope when disposed.</returns>
    public static IDisposable Begin(CallAttribution attribution)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        CallAttribution? parent = CurrentValue.Value;
        CurrentValue.Value = attribution;
        return new Restore(parent);
    }

    private sealed class Restore(CallAttribution? parent) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                CurrentValue.Value = parent;
            }
        }
    }
}
