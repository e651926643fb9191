using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ProdAI.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ProdAI.Benchmarks.DataSets).Assembly).Run(args);
