namespace ProdAI.Telemetry.Text;

/// <summary>
/// The feature hashing shared by ProdAI's embedded learned models (the prompt-injection classifier of
/// ProdAI.Guardrails, the difficulty scorer of ProdAI.Routing): a salted murmur3 finaliser over 32-bit hashes. Its
/// output is part of those models' format, so it never changes.
/// </summary>
public static class FeatureHashing
{
    /// <summary>Mixes a 32-bit hash with a salt (one salt per feature family) so nearby inputs spread over all bits.</summary>
    /// <param name="hash">The hash, such as an FNV-1a hash of a word.</param>
    /// <param name="salt">The feature family.</param>
    /// <returns>The mixed hash.</returns>
    public static uint Mix(uint hash, uint salt)
    {
        uint h = hash ^ (salt * 0x9E3779B9);
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
