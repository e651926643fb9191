using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ProdAI.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/ProdAI.Benchmarks -- recall     (recall@10 of the quantised vector scans)
if (args is ["recall", ..])
{
    ProdAI.Benchmarks.VectorSearchBenchmarks.PrintRecall(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ProdAI.Benchmarks.DataSets).Assembly).Run(args);
