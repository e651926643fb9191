using System.Globalization;

namespace ProdAI.Quality.Data;

/// <summary>Reads BEIR qrels (TSV with a header: query-id, corpus-id, score).</summary>
internal static class Qrels
{
    public static Dictionary<string, Dictionary<string, int>> Read(string path, IReadOnlySet<string> documents, IReadOnlySet<string> queries)
    {
        if (!File.Exists(path))
        {
            throw new DataFormatException($"{path}: file not found.");
        }

        var result = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || string.IsNullOrWhiteSpace(line))
            {
                continue; // header
            }

            string[] parts = line.Split('\t');
            if (parts.Length != 3 || !int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out int score))
            {
                throw new DataFormatException($"{path}:{lineNumber}: expected 'query-id<TAB>corpus-id<TAB>score'.");
            }

            if (!documents.Contains(parts[1]))
            {
                throw new DataFormatException($"{path}:{lineNumber}: corpus-id '{parts[1]}' is not in the corpus.");
            }

            if (queries.Contains(parts[0]))
            {
                (result.TryGetValue(parts[0], out Dictionary<string, int>? judged) ? judged : result[parts[0]] = new(StringComparer.Ordinal))[parts[1]] = score;
            }
        }

        return result;
    }
}
