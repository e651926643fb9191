// Quality harness: dotnet run -c Release --project benchmarks/ProdAI.Quality -- <suite> [options]
// The last line of standard output is one JSON object with the suite's figures (or {"error": ...}).
return ProdAI.Quality.QualityApp.Run(args, Console.Out, Console.Error);
