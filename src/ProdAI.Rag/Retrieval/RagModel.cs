namespace ProdAI.Rag.Retrieval;

/// <summary>
/// Who is searching: a tenant and the groups the caller belongs to. Every search takes one (there is no unfiltered
/// search), the retrievers filter on it before ranking, and the results are checked against it again afterwards.
/// </summary>
/// <param name="Tenant">The tenant.</param>
/// <param name="Groups">The caller's groups (ACL); empty when the caller has none.</param>
public sealed record AccessPrincipal(string Tenant, IReadOnlyList<string> Groups)
{
    /// <summary>Creates a principal of a tenant without groups.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The principal.</returns>
    public static AccessPrincipal ForTenant(string tenant) => new(tenant, []);

    /// <summary>Whether this principal may read content with the given access.</summary>
    /// <param name="access">The content's access.</param>
    /// <returns><see langword="true"/> when the tenant matches and, if the content names groups, the caller is in one of them.</returns>
    public bool CanRead(DocumentAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!string.Equals(access.Tenant, Tenant, StringComparison.Ordinal))
        {
            return false;
        }

        if (access.Groups is not { Count: > 0 } allowed)
        {
            return true;
        }

        foreach (var group in Groups)
        {
            if (allowed.Contains(group, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Who may read a document: its tenant and, optionally, the groups allowed (none = the whole tenant).</summary>
/// <param name="Tenant">The owning tenant.</param>
/// <param name="Groups">The groups allowed; <see langword="null"/> or empty for everyone in the tenant.</param>
public sealed record DocumentAccess(string Tenant, IReadOnlyList<string>? Groups = null);

/// <summary>A source document to ingest.</summary>
/// <param name="Id">The document id (cited back).</param>
/// <param name="Text">The text.</param>
/// <param name="Access">Who may read it.</param>
/// <param name="Title">An optional title (indexed with every chunk, shown in citations).</param>
public sealed record RagDocument(string Id, string Text, DocumentAccess Access, string? Title = null);

/// <summary>A chunk of a document as stored: its offsets in the document, its text, heading path and access.</summary>
/// <param name="Id">The chunk id (<c>documentId#n</c>).</param>
/// <param name="DocumentId">The document id.</param>
/// <param name="Ordinal">The chunk's position in its document.</param>
/// <param name="Start">Start offset in the document text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The text.</param>
/// <param name="HeadingPath">The Markdown heading path.</param>
/// <param name="Access">Who may read it (the document's).</param>
/// <param name="Title">The document title.</param>
public sealed record RagChunk(string Id, string DocumentId, int Ordinal, int Start, int End, string Text, IReadOnlyList<string> HeadingPath, DocumentAccess Access, string? Title = null);

/// <summary>A retrieved chunk with its fused score and each retriever's rank and score (provenance).</summary>
/// <param name="Chunk">The chunk.</param>
/// <param name="Score">The fused score.</param>
/// <param name="LexicalRank">The BM25 rank (1-based), or <see langword="null"/>.</param>
/// <param name="LexicalScore">The BM25 score, or <see langword="null"/>.</param>
/// <param name="DenseRank">The dense rank (1-based), or <see langword="null"/>.</param>
/// <param name="DenseScore">The cosine similarity, or <see langword="null"/>.</param>
public sealed record RetrievedChunk(RagChunk Chunk, double Score, int? LexicalRank = null, double? LexicalScore = null, int? DenseRank = null, double? DenseScore = null);

/// <summary>Ingestion progress.</summary>
/// <param name="Documents">Documents done.</param>
/// <param name="TotalDocuments">Documents in the call.</param>
/// <param name="Chunks">Chunks indexed so far.</param>
public readonly record struct IngestionProgress(int Documents, int TotalDocuments, int Chunks);
