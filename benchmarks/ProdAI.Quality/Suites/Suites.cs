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

