using System.Text.Json;
using System.Text.Json.Nodes;
using ProdAI.Quality.Data;
using ProdAI.Quality.Suites;

namespace ProdAI.Quality;

/// <summary>
/// The quality harness of ARCHITECTURE.md: parses <c>&lt;suite&gt; [--option value …]</c>, checks and reads the data,
/// runs the suite on the library's default configuration and prints the figures as the last line of standard output.
/// </summary>
internal static class QualityApp
{
    public const int ExitOk = 0;
    public const int ExitBadArguments = 2;
    public const int ExitUnreadableData = 3;

    private static readonly JsonSerializerOptions OutputOptions = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly IQualitySuite[] Suites =
    [
        new InjectionSuite(),
        new PiiSuite(),
        new CacheSuite(),
        new RetrievalSuite(),
        new RoutingSuite(),
    ];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage());
            return args.Length == 0 ? Fail(stdout, stderr, ExitBadArguments, null, "No suite given.") : ExitOk;
        }

        string suiteName = args[0];
        IQualitySuite? suite = Suites.FirstOrDefault(s => string.Equals(s.Name, suiteName, StringComparison.Ordinal));
        if (suite is null)
        {
            return Fail(stdout, stderr, ExitBadArguments, suiteName, $"Unknown suite '{suiteName}'. Known suites: {string.Join(", ", Suites.Select(s => s.Name))}.");
        }

        SuiteArguments arguments;
        try
        {
            arguments = SuiteArguments.Parse(args.AsSpan(1), suite.Options);
        }
        catch (ArgumentException ex)
        {
            return Fail(stdout, stderr, ExitBadArguments, suiteName, ex.Message + Environment.NewLine + suite.Help);
        }

        try
        {
            JsonObject figures = suite.Run(arguments, stdout);
            stdout.WriteLine(figures.ToJsonString(OutputOptions));
            return ExitOk;
        }
        catch (DataFormatException ex)
        {
            return Fail(stdout, stderr, ExitUnreadableData, suiteName, ex.Message);
        }
        catch (ArgumentException ex)
        {
            return Fail(stdout, stderr, ExitBadArguments, suiteName, ex.Message + Environment.NewLine + suite.Help);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(stdout, stderr, ExitUnreadableData, suiteName, $"Cannot read the data: {ex.Message}");
        }
    }

    internal static string Usage() =>
        "usage: ProdAI.Quality <suite> [options]" + Environment.NewLine +
        string.Join(Environment.NewLine, Suites.Select(s => "  " + s.Help));

    private static int Fail(TextWriter stdout, TextWriter stderr, int code, string? suite, string message)
    {
        stderr.WriteLine("error: " + message);
        var error = new JsonObject { ["error"] = message, ["exit_code"] = code };
        if (suite is not null)
        {
            error["suite"] = suite;
        }

        stdout.WriteLine(error.ToJsonString(OutputOptions));
        return code;
    }
}
