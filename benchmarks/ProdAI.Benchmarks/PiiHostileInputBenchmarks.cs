using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ProdAI.Guardrails.Pii;

namespace ProdAI.Benchmarks;

/// <summary>
/// The PII detector on 1 MB of digit-heavy text that is not prose: the shapes that once cost the card and phone recognisers
/// over a second per MB (runs of one- and two-digit groups), a table of four-digit numbers (Luhn-valid 4-4-4-4 runs are
/// cards: real work), and ten-digit numbers written in five pairs (the French format: every one is parsed by
/// libphonenumber, the recogniser's worst case). Generated with a fixed seed.
/// </summary>
[MemoryDiagnoser]
public class PiiHostileInputBenchmarks
{
    private const int Size = 1 << 20;
    private string _singleDigits = null!;
    private string _pairs = null!;
    private string _fours = null!;
    private string _phoneShaped = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261128);
        _singleDigits = Repeat(() => random.Next(2).ToString(CultureInfo.InvariantCulture) + " ");
        _pairs = Repeat(() => random.Next(10, 100).ToString(CultureInfo.InvariantCulture) + "-");
        _fours = Repeat(() => random.Next(1000, 10000).ToString(CultureInfo.InvariantCulture) + " ");
        _phoneShaped = Repeat(() => string.Create(CultureInfo.InvariantCulture, $"0{random.Next(1, 10)} {random.Next(10, 100)} {random.Next(10, 100)} {random.Next(10, 100)} {random.Next(10, 100)}, "));
    }

    [Benchmark]
    public int SingleDigitRuns1MB() => PiiDetector.Default.Detect(_singleDigits).Count;

    [Benchmark]
    public int TwoDigitRuns1MB() => PiiDetector.Default.Detect(_pairs).Count;

    [Benchmark]
    public int FourDigitTable1MB() => PiiDetector.Default.Detect(_fours).Count;

    [Benchmark]
    public int PhoneShaped1MB() => PiiDetector.Default.Detect(_phoneShaped).Count;

    private static string Repeat(Func<string> piece)
    {
        var text = new StringBuilder(Size + 32);
        while (text.Length < Size)
        {
            text.Append(piece());
        }

        return text.ToString(0, Size);
    }
}
