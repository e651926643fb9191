using System.Buffers;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// A rule's prefilter: does a text contain any of its keywords? One <see cref="SearchValues{T}"/> over a long list falls
/// back to a slower multi-string search than several short ones, each vectorised (measured on a 1 KB prompt: 40
/// keywords in one set 2.3 µs, in five sets of eight 1.2 µs), so the list is searched in groups of
/// <see cref="GroupSize"/>.
/// </summary>
internal sealed class KeywordFilter
{
    private const int GroupSize = 8;

    private readonly SearchValues<string>[] _groups;

    public KeywordFilter(params string[] keywords)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keywords.Length);
        _groups = [.. keywords.Chunk(GroupSize).Select(group => SearchValues.Create(group, StringComparison.Ordinal))];
    }

    /// <summary>Whether <paramref name="text"/> contains any of the keywords (ordinal).</summary>
    public bool FoundIn(ReadOnlySpan<char> text)
    {
        foreach (SearchValues<string> group in _groups)
        {
            if (text.ContainsAny(group))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary><c>span.ContainsAny(filter)</c>, like <see cref="MemoryExtensions"/> for <see cref="SearchValues{T}"/>.</summary>
internal static class KeywordFilterExtensions
{
    public static bool ContainsAny(this ReadOnlySpan<char> text, KeywordFilter filter) => filter.FoundIn(text);
}
