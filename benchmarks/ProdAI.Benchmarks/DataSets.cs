using System.Text;
using System.Text.Json;

namespace ProdAI.Benchmarks;

/// <summary>Finds the shared data sets (../shared/datasets, or PRODAI_DATASETS) used as realistic benchmark input.</summary>
public static class DataSets
{
    public static string Root
    {
        get
        {
            string? fromEnv = Environment.GetEnvironmentVariable("PRODAI_DATASETS");
            if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
            {
                return fromEnv;
            }

            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "datasets");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("The data sets were not found: set PRODAI_DATASETS to the folder that holds rag/scifact.");
        }
    }

    /// <summary>The repository root (the folder of ProdAI.sln above the binaries), or the current folder.</summary>
    public static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProdAI.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>The first <paramref name="chars"/> characters of SciFact abstracts (English scientific prose).</summary>
    public static string EnglishText(int chars)
    {
        var builder = new StringBuilder(chars + 4096);
        foreach (string line in File.ReadLines(Path.Combine(Root, "rag", "scifact", "corpus.jsonl")))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            builder.Append(doc.RootElement.GetProperty("title").GetString()).Append('\n');
            builder.Append(doc.RootElement.GetProperty("text").GetString()).Append("\n\n");
            if (builder.Length >= chars)
            {
                break;
            }
        }

        return builder.ToString(0, Math.Min(chars, builder.Length));
    }
}
