using System.Text.Json;

namespace ProdAI.Quality.Data;

/// <summary>Reads JSON Lines files row by row with errors that name the file and the line.</summary>
internal static class Jsonl
{
    public static IEnumerable<T> Read<T>(string path, Func<JsonElement, Row, T> map)
    {
        if (!File.Exists(path))
        {
            throw new DataFormatException($"{path}: file not found.");
        }

        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                throw new DataFormatException($"{path}:{lineNumber}: not valid JSON ({ex.Message}).");
            }

            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new DataFormatException($"{path}:{lineNumber}: each line must be a JSON object.");
                }

                yield return map(doc.RootElement, new Row(path, lineNumber));
            }
        }
    }
}

/// <summary>Where a row came from, and typed field access with clear errors.</summary>
internal readonly record struct Row(string Path, int Line)
{
    public string String(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Error($"field '{name}' must be a string");

    public int Label(JsonElement e, string name)
    {
        if (e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) && i is 0 or 1)
        {
            return i;
        }

        throw Error($"field '{name}' must be 0 or 1");
    }

    public bool Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : throw Error($"field '{name}' must be true or false");

    public int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) ? i : throw Error($"field '{name}' must be an integer");

    public DataFormatException Error(string what) => new($"{Path}:{Line}: {what}.");
}
