using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace ProdAI.Guardrails.Pii;

/// <summary>
/// The mapping between pseudonyms (<c>&lt;EMAIL_ADDRESS_1&gt;</c>) and the values they replace, for one conversation.
/// The same value always gets the same pseudonym; <see cref="Restore(string)"/> puts the values back into the model's answer.
/// Keep a vault only as long as the conversation: it holds the personal data. Thread-safe.
/// </summary>
public sealed partial class PiiVault
{
    private readonly ConcurrentDictionary<string, string> _byValue = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _byToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _counters = new(StringComparer.Ordinal);
    private readonly List<(string Type, string Value)> _values = [];
    private readonly Lock _lock = new();

    /// <summary>Gets the number of values held.</summary>
    public int Count => _byToken.Count;

    /// <summary>Returns the pseudonym of <paramref name="value"/>, creating it on first use.</summary>
    /// <param name="type">The entity type.</param>
    /// <param name="value">The value.</param>
    /// <returns>The pseudonym, such as <c>&lt;EMAIL_ADDRESS_1&gt;</c>.</returns>
    public string Pseudonym(string type, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentNullException.ThrowIfNull(value);
        if (type.AsSpan().ContainsAnyExcept(TypeChars))
        {
            throw new ArgumentException("An entity type used in pseudonyms holds only ASCII letters, digits, '_' and '-'.", nameof(type));
        }

        string key = type + "\u0000" + value;
        if (_byValue.TryGetValue(key, out string? token))
        {
            return token;
        }

        lock (_lock)
        {
            if (_byValue.TryGetValue(key, out token))
            {
                return token;
            }

            int n = _counters.AddOrUpdate(type, 1, static (_, c) => c + 1);
            token = $"<{type}_{n}>";
            _byToken[token] = value;
            _byValue[key] = token;
            _values.Add((type, value));
            return token;
        }
    }

    /// <summary>
    /// Marks the pseudonym-shaped text already present in <paramref name="text"/> (a user who writes "&lt;EMAIL_ADDRESS_1&gt;"
    /// about a template) as taken, so that no value gets the same pseudonym: the model could not tell them apart, and
    /// <see cref="Restore(string)"/> would turn the user's own text into the value.
    /// </summary>
    /// <param name="text">Text about to be pseudonymised.</param>
    internal void ReserveLiteralTokens(string text)
    {
        if (!MayHoldToken(text))
        {
            return;
        }

        foreach (Match match in Token().Matches(text))
        {
            ReadOnlySpan<char> token = match.Groups[1].ValueSpan;
            int underscore = token.LastIndexOf('_');
            if (_byToken.ContainsKey("<" + match.Groups[1].Value + ">") ||
                !int.TryParse(token[(underscore + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ||
                n >= MaxReservedNumber)
            {
                continue; // one of ours, or a number too large to collide (taking it would let the counter overflow)
            }

            lock (_lock)
            {
                _counters.AddOrUpdate(token[..underscore].ToString(), n, (_, c) => Math.Max(c, n));
            }
        }
    }

    /// <summary>The first <paramref name="max"/> values this vault holds, with their types, in the order they were given
    /// pseudonyms (for finding them again where no recogniser would); a snapshot, kept as issued rather than split out of
    /// the lookup keys on every call.</summary>
    internal (string Type, string Value)[] Values(int max)
    {
        lock (_lock)
        {
            return [.. _values.Take(max)];
        }
    }

    /// <summary>Replaces every pseudonym of this vault in <paramref name="text"/> with its value; unknown tokens are left as they are.</summary>
    /// <param name="text">The text (usually the model's answer).</param>
    /// <returns>The text with the values restored.</returns>
    public string Restore(string text) => Restore(text, withheld: null);

    /// <summary>As <see cref="Restore(string)"/>, leaving the pseudonyms of the <paramref name="withheld"/> types as they are.</summary>
    internal string Restore(string text, IReadOnlySet<string>? withheld)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _byToken.IsEmpty || !MayHoldToken(text)
            ? text
            : Token().Replace(text, m =>
            {
                string token = m.Groups[1].Value;
                return (withheld is not { Count: > 0 } || !withheld.Contains(token[..token.LastIndexOf('_')])) &&
                    _byToken.TryGetValue("<" + token + ">", out string? value) ? value : m.Value;
            });
    }

    private static bool MayHoldToken(string text) => text.Contains('<', StringComparison.Ordinal) || text.Contains("&lt;", StringComparison.Ordinal);

    // A literal pseudonym with a number this large is not reserved: no conversation issues a million values of one type,
    // and "<EMAIL_ADDRESS_2147483647>" would otherwise push the counter past int.MaxValue.
    private const int MaxReservedNumber = 1_000_000;

    // Any entity type a recogniser may report ("EMAIL_ADDRESS", a custom "person" or "ID-CARD"); only tokens this vault
    // issued are replaced. Also as a model may write them back: Markdown-escaped ("\<EMAIL_ADDRESS_1\>") or HTML-escaped
    // ("&lt;EMAIL_ADDRESS_1&gt;"); the escapes go with the token.
    [GeneratedRegex(@"(?:\\?<|&lt;)([A-Za-z0-9_-]+_[0-9]+)(?:\\?>|&gt;)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>The characters an entity type in a pseudonym may hold.</summary>
    internal static readonly System.Buffers.SearchValues<char> TypeChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
}
