using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ProdAI.Routing;

/// <summary>What keeps a caller on the same side of a split.</summary>
public enum StickyBy
{
    /// <summary>No stickiness: every request is drawn at random.</summary>
    None,

    /// <summary>The conversation (<c>ChatOptions.ConversationId</c> or <c>prodai.session</c>), else the user, else random.</summary>
    Session,

    /// <summary>The user (<c>prodai.user</c>), else random.</summary>
    User,
}

/// <summary>Maps a request to a stable point in [0, 1) for splits.</summary>
internal static class StickyKey
{
    public static double Point(RouteRequest context, StickyBy by, ulong salt)
    {
        string? key = by switch
        {
            StickyBy.Session => context.SessionKey ?? context.Attribution.User,
            StickyBy.User => context.Attribution.User,
            _ => null,
        };
        if (key is null)
        {
            return Random.Shared.NextDouble();
        }

        ulong h = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan()), (long)salt);
        return (h >> 11) * (1.0 / (1UL << 53));
    }
}
