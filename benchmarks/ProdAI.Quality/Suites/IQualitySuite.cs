using System.Text.Json.Nodes;

namespace ProdAI.Quality.Suites;

/// <summary>One measurement suite of the harness.</summary>
internal interface IQualitySuite
{
    string Name { get; }

    IReadOnlyList<SuiteOption> Options { get; }

    string Help { get; }

    /// <summary>Reads the data, measures, writes progress to <paramref name="log"/> and returns the figures.</summary>
    JsonObject Run(SuiteArguments arguments, TextWriter log);
}
