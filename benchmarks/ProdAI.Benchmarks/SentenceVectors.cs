using System.Text.Json;
using ProdAI.Embeddings.Local;

namespace ProdAI.Benchmarks;

/// <summary>
/// Real all-MiniLM-L6-v2 vectors of distinct sentences from the shared data sets (SciFact abstracts split into sentences,
/// the caching and guardrails texts), embedded once with ProdAI.Embeddings.Local and kept in artifacts/bench so that every
/// benchmark process reuses them. The last <see cref="Queries"/> vectors are held out as queries.
/// </summary>
public static class SentenceVectors
{
    public const int Queries = 200;
    public const int Dimensions = 384;

    public static float[][] Load(int indexed)
    {
        var path = Path.Combine(DataSets.RepositoryRoot(), "artifacts", "bench", $"minilm-{indexed + Queries}.bin");
        var total = indexed + Queries;
        if (!File.Exists(path))
        {
            Build(path, total);
        }

        var bytes = File.ReadAllBytes(path);
        var vectors = new float[total][];
        for (var i = 0; i < total; i++)
        {
            vectors[i] = new float[Dimensions];
            Buffer.BlockCopy(bytes, i * Dimensions * sizeof(float), vectors[i], 0, Dimensions * sizeof(float));
        }

        return vectors;
    }

    /// <summary>The sentences behind <see cref="Load"/>'s vectors, in the same order.</summary>
    public static List<string> Texts(int total) => Sentences().Distinct(StringComparer.Ordinal).Take(total).ToList();

    private static void Build(string path, int total)
    {
        var texts = Texts(total);
        if (texts.Count < total)
        {
            throw new InvalidOperationException($"The data sets give {texts.Count} distinct sentences; {total} are needed.");
        }

        Console.WriteLine($"Embedding {total} sentences once into {path} …");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var generator = new MiniLmEmbeddingGenerator(new LocalEmbeddingOptions { BatchWindow = TimeSpan.Zero, MaxBatchSize = 64 });
        using var output = new BinaryWriter(File.Create(path + ".tmp"));
        for (var start = 0; start < texts.Count; start += 4096)
        {
            var chunk = texts.GetRange(start, Math.Min(4096, texts.Count - start));
            Console.WriteLine($"  {start} / {texts.Count}");
            foreach (var embedding in generator.GenerateAsync(chunk).GetAwaiter().GetResult())
            {
                foreach (var value in embedding.Vector.Span)
                {
                    output.Write(value);
                }
            }
        }

        output.Close();
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private static IEnumerable<string> Sentences()
    {
        var root = DataSets.Root;
        foreach (var line in File.ReadLines(Path.Combine(root, "rag", "scifact", "corpus.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            foreach (var sentence in doc.RootElement.GetProperty("text").GetString()!.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (sentence.Length is >= 20 and <= 400)
                {
                    yield return sentence;
                }
            }
        }

        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "caching", "clinc150", "data_full.json"))))
        {
            foreach (var split in doc.RootElement.EnumerateObject())
            {
                foreach (var row in split.Value.EnumerateArray())
                {
                    yield return row[0].GetString()!;
                }
            }
        }

        foreach (var file in new[] { "train.csv", "test.csv" })
        {
            foreach (var line in File.ReadLines(Path.Combine(root, "caching", "banking77", file)).Skip(1))
            {
                var comma = line.LastIndexOf(',');
                if (comma > 0)
                {
                    yield return line[..comma].Trim('"');
                }
            }
        }

        // MMLU and GSM8K questions (RouteLLM's files), line by line.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "routing"), "*_responses.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                var text = line.Trim().Trim('"');
                if (text.Length is >= 20 and <= 400)
                {
                    yield return text;
                }
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "guardrails"), "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                string? text = null;
                try
                {
                    using var doc = JsonDocument.Parse(line);
                    if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                    {
                        text = t.GetString();
                    }
                }
                catch (JsonException)
                {
                }

                if (text is { Length: >= 20 and <= 400 })
                {
                    yield return text;
                }
            }
        }
    }
}
