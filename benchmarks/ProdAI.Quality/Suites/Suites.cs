using System.Text.Json;
using ProdAI.Quality.Data;

namespace ProdAI.Quality.Suites;

internal sealed class RoutingSuite : DataOnlySuite
{
    public override string Name => "routing";

    public override IReadOnlyList<SuiteOption> Options { get; } = [new("data", "JSONL rows {\"prompt\": str, \"strong_correct\": bool, \"weak_correct\": bool}")];

    protected override string MissingComponent => "the router (ProdAI.Routing, issue #6)";

    protected override int Validate(SuiteArguments arguments) =>
        Jsonl.Read(arguments.Get("data"), (e, row) => (row.String(e, "prompt"), row.Bool(e, "strong_correct"), row.Bool(e, "weak_correct"))).Count();
}

internal sealed class RetrievalSuite : DataOnlySuite
{
    public override string Name => "retrieval";

    public override IReadOnlyList<SuiteOption> Options { get; } =
    [
        new("corpus", "BEIR corpus JSONL {\"_id\", \"title\", \"text\"}"),
        new("queries", "BEIR queries JSONL {\"_id\", \"text\"}"),
        new("qrels", "BEIR qrels TSV: query-id, corpus-id, score, with a header"),
        new("mode", "retrieval mode", AllowedValues: ["bm25", "dense", "hybrid"]),
    ];

    protected override string MissingComponent => "retrieval (ProdAI.Rag, issue #5)";

    protected override int Validate(SuiteArguments arguments)
    {
        var documents = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in Jsonl.Read(arguments.Get("corpus"), (e, row) =>
        {
            row.String(e, "text");
            return row.String(e, "_id");
        }))
        {
            documents.Add(id);
        }

        var queries = Jsonl.Read(arguments.Get("queries"), (e, row) =>
        {
            row.String(e, "text");
            return row.String(e, "_id");
        }).ToHashSet(StringComparer.Ordinal);

        int judged = Qrels.Read(arguments.Get("qrels"), documents, queries).Count;
        return documents.Count + queries.Count + judged;
    }
}
