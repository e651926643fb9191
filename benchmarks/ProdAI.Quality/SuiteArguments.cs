namespace ProdAI.Quality;

/// <summary>Parsed <c>--name value</c> options of a suite.</summary>
internal sealed class SuiteArguments
{
    private readonly Dictionary<string, string> _values;

    private SuiteArguments(Dictionary<string, string> values) => _values = values;

    public static SuiteArguments Parse(ReadOnlySpan<string> args, IReadOnlyList<SuiteOption> options)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{arg}': options are written --name value.");
            }

            string name = arg[2..];
            string? inline = null;
            int eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }

            SuiteOption? option = options.FirstOrDefault(o => o.Name == name)
                ?? throw new ArgumentException($"Unknown option '--{name}'. This suite takes: {string.Join(", ", options.Select(o => "--" + o.Name))}.");
            string value = inline ?? (i + 1 < args.Length ? args[++i] : throw new ArgumentException($"Option '--{name}' needs a value."));
            if (option.AllowedValues is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Option '--{name}' must be one of {string.Join(", ", allowed)} (was '{value}').");
            }

            if (!values.TryAdd(name, value))
            {
                throw new ArgumentException($"Option '--{name}' is given twice.");
            }
        }

        foreach (SuiteOption option in options.Where(o => o.Required))
        {
            if (!values.ContainsKey(option.Name))
            {
                throw new ArgumentException($"Missing required option '--{option.Name}' ({option.Description}).");
            }
        }

        return new SuiteArguments(values);
    }

    public string Get(string name) => _values.TryGetValue(name, out string? v) ? v : throw new InvalidOperationException($"Option --{name} was not parsed.");

    public string? GetOptional(string name) => _values.GetValueOrDefault(name);

    /// <summary>An optional non-negative integer option, or <paramref name="defaultValue"/> when it is absent.</summary>
    public int GetOptionalCount(string name, int defaultValue) => GetOptional(name) is not { } value
        ? defaultValue
        : int.TryParse(value, out int parsed) && parsed >= 0 ? parsed : throw new ArgumentException($"Option '--{name}' must be a non-negative integer.");
}

/// <summary>An option a suite accepts.</summary>
internal sealed record SuiteOption(string Name, string Description, bool Required = true, IReadOnlyList<string>? AllowedValues = null);
