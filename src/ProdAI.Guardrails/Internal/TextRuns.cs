using System.Buffers;

namespace ProdAI.Guardrails.Internal;

/// <summary>Finds long runs of a character set without visiting every short one.</summary>
internal static class TextRuns
{
    /// <summary>
    /// The next run of <paramref name="chars"/> at least <paramref name="minLength"/> long at or after position
    /// <paramref name="i"/> (which must not be inside a run that started before it); <paramref name="i"/> moves past it.
    /// False when there is none. Such a run covers a position that is a multiple of <paramref name="minLength"/>, so only
    /// those positions are probed: prose is mostly short runs (words), and a vectorised search per word cost more than
    /// the work it guarded.
    /// </summary>
    public static bool NextLongRun(ReadOnlySpan<char> all, ref int i, SearchValues<char> chars, int minLength, out int start, out int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minLength, 1);
        for (int probe = (i + minLength - 1) / minLength * minLength; probe < all.Length; probe += minLength)
        {
            if (!chars.Contains(all[probe]))
            {
                continue;
            }

            start = probe;
            while (start > i && chars.Contains(all[start - 1]))
            {
                start--;
            }

            int runLength = all[probe..].IndexOfAnyExcept(chars);
            end = runLength < 0 ? all.Length : probe + runLength;
            if (end - start >= minLength)
            {
                i = end;
                return true;
            }

            probe = end / minLength * minLength; // the loop adds minLength: the first multiple after the run's end
        }

        start = end = i = all.Length;
        return false;
    }
}
