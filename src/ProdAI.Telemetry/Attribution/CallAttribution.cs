using System.Collections.Frozen;
using Microsoft.Extensions.AI;

namespace ProdAI.Telemetry.Attribution;

/// <summary>
/// Who a model call is attributed to: tenant, user, feature and free-form tags. Immutable.
/// </summary>
/// <remarks>
/// Tenant and feature are recorded on metrics; the user only on spans, to keep metric cardinality bounded.
/// An attribution is resolved from the ambient <see cref="AttributionScope"/> and then overridden, key by key, by
/// the request's <see cref="ChatOptions.AdditionalProperties"/> (<see cref="ProdAIPropertyNames.Tenant"/>,
/// <see cref="ProdAIPropertyNames.User"/>, <see cref="ProdAIPropertyNames.Feature"/>, <see cref="ProdAIPropertyNames.Tags"/>).
/// </remarks>
public sealed class CallAttribution : IEquatable<CallAttribution>
{
    private static readonly IReadOnlyDictionary<string, string> NoTags = FrozenDictionary<string, string>.Empty;

    /// <summary>An attribution with no tenant, user, feature or tags.</summary>
    public static CallAttribution Anonymous { get; } = new(null, null, null);

    /// <summary>Initializes a new instance of the <see cref="CallAttribution"/> class.</summary>
    /// <param name="tenant">The tenant, or <see langword="null"/>.</param>
    /// <param name="user">The end user, or <see langword="null"/>.</param>
    /// <param name="feature">The product feature, or <see langword="null"/>.</param>
    /// <param name="tags">Free-form tags, or <see langword="null"/>.</param>
    public CallAttribution(string? tenant, string? user, string? feature, IReadOnlyDictionary<string, string>? tags = null)
    {
        Tenant = Normalize(tenant);
        User = Normalize(user);
        Feature = Normalize(feature);
        Tags = tags is null || tags.Count == 0 ? NoTags : tags.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the tenant, or <see langword="null"/> when none is set.</summary>
    public string? Tenant { get; }

    /// <summary>Gets the end user, or <see langword="null"/> when none is set.</summary>
    public string? User { get; }

    /// <summary>Gets the product feature, or <see langword="null"/> when none is set.</summary>
    public string? Feature { get; }

    /// <summary>Gets the free-form tags (never <see langword="null"/>).</summary>
    public IReadOnlyDictionary<string, string> Tags { get; }

    /// <summary>
    /// Resolves the attribution of a call: the ambient <see cref="AttributionScope.Current"/>, overridden by any
    /// attribution keys present in <paramref name="options"/>.
    /// </summary>
    /// <param name="options">The request options, or <see langword="null"/>.</param>
    /// <returns>The resolved attribution; <see cref="Anonymous"/> when nothing is set.</returns>
    public static CallAttribution Resolve(ChatOptions? options)
    {
        CallAttribution ambient = AttributionScope.Current ?? Anonymous;
        AdditionalPropertiesDictionary? props = options?.AdditionalProperties;
        if (props is null || props.Count == 0)
        {
            return ambient;
        }

        string? tenant = props.TryGetValue(ProdAIPropertyNames.Tenant, out object? t) ? t?.ToString() : null;
        string? user = props.TryGetValue(ProdAIPropertyNames.User, out object? u) ? u?.ToString() : null;
        string? feature = props.TryGetValue(ProdAIPropertyNames.Feature, out object? f) ? f?.ToString() : null;
        IReadOnlyDictionary<string, string>? tags = props.TryGetValue(ProdAIPropertyNames.Tags, out object? g) ? g as IReadOnlyDictionary<string, string> : null;
        if (tenant is null && user is null && feature is null && tags is null)
        {
            return ambient;
        }

        return new CallAttribution(tenant ?? ambient.Tenant, user ?? ambient.User, feature ?? ambient.Feature, MergeTags(ambient.Tags, tags));
    }

    /// <summary>Writes this attribution into <paramref name="options"/> so that it travels with the request.</summary>
    /// <param name="options">The options to write to.</param>
    public void WriteTo(ChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        AdditionalPropertiesDictionary props = options.AdditionalProperties ??= [];
        SetOrRemove(props, ProdAIPropertyNames.Tenant, Tenant);
        SetOrRemove(props, ProdAIPropertyNames.User, User);
        SetOrRemove(props, ProdAIPropertyNames.Feature, Feature);
        if (Tags.Count > 0)
        {
            props[ProdAIPropertyNames.Tags] = Tags;
        }
        else
        {
            props.Remove(ProdAIPropertyNames.Tags);
        }
    }

    /// <inheritdoc />
    public bool Equals(CallAttribution? other) =>
        other is not null &&
        string.Equals(Tenant, other.Tenant, StringComparison.Ordinal) &&
        string.Equals(User, other.User, StringComparison.Ordinal) &&
        string.Equals(Feature, other.Feature, StringComparison.Ordinal) &&
        Tags.Count == other.Tags.Count &&
        Tags.All(kv => other.Tags.TryGetValue(kv.Key, out string? v) && string.Equals(v, kv.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CallAttribution);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tenant, User, Feature, Tags.Count);

    /// <inheritdoc />
    public override string ToString() => $"tenant={Tenant ?? "-"}, user={User ?? "-"}, feature={Feature ?? "-"}";

    /// <summary>Tags of <paramref name="overrides"/> over <paramref name="inherited"/>; either may be null or empty.</summary>
    internal static IReadOnlyDictionary<string, string>? MergeTags(IReadOnlyDictionary<string, string>? inherited, IReadOnlyDictionary<string, string>? overrides)
    {
        if (overrides is null || overrides.Count == 0)
        {
            return inherited;
        }

        var merged = inherited is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(inherited, StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> kv in overrides)
        {
            merged[kv.Key] = kv.Value;
        }

        return merged;
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void SetOrRemove(AdditionalPropertiesDictionary props, string key, string? value)
    {
        if (value is null)
        {
            props.Remove(key);
        }
        else
        {
            props[key] = value;
        }
    }
}
