using System.Text.Json.Nodes;

namespace ProdAI.Quality.Suites;

/// <summary>
/// A suite whose data can be read and checked already, but whose measured component ships in a later issue. It
/// validates every row (so data problems surface now) and then stops with exit code 4 and a message saying what is
/// missing — it never prints figures it did not measure.
/// </summary>
internal abstract class DataOnlySuite : IQualitySuite
{
    public abstract string Name { get; }

    public abstract IReadOnlyList<SuiteOption> Options { get; }

    public string Help => $"{Name} {string.Join(' ', Options.Select(o => $"--{o.Name} {(o.AllowedValues is null ? o.Name.ToUpperInvariant() : string.Join('|', o.AllowedValues))}"))}";

    protected abstract string MissingComponent { get; }

    public JsonObject Run(SuiteArguments arguments, TextWriter log)
    {
        int rows = Validate(arguments);
        log.WriteLine($"{Name}: {rows} rows read and checked.");
        throw new SuiteUnavailableException($"The '{Name}' suite's data is valid ({rows} rows), but {MissingComponent} is not in this build yet, so nothing was measured.");
    }

    /// <summary>Reads and checks all input; returns the number of rows.</summary>
    protected abstract int Validate(SuiteArguments arguments);
}
