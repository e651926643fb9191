using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using ProdAI.Telemetry.Cost;
using ProdAI.Telemetry.Models;
using ProdAI.Telemetry.Usage;

namespace ProdAI.Benchmarks;

/// <summary>The pricing path: catalog lookup, usage normalisation and cost calculation. Expected to allocate nothing.</summary>
[MemoryDiagnoser]
public class CostCalculationBenchmarks
{
    private readonly UsageDetails _usage = new() { InputTokenCount = 12_000, CachedInputTokenCount = 8_000, OutputTokenCount = 900, ReasoningTokenCount = 300 };
    private readonly ModelCatalog _catalog = ModelCatalog.Default;

    [Benchmark(Baseline = true)]
    public decimal LookupNormalizeCalculate()
    {
        _catalog.TryGetModel("gpt-4o-mini", out ModelInfo? model);
        NormalizedUsage usage = UsageNormalizer.Normalize(_usage, model!.UsageConvention);
        return CostCalculator.Calculate(model.Pricing!, usage).Total;
    }

    [Benchmark]
    public decimal LookupDatedSnapshot()
    {
        _catalog.TryGetModel("claude-sonnet-4-5-20250929", out ModelInfo? model);
        NormalizedUsage usage = UsageNormalizer.Normalize(_usage, model!.UsageConvention);
        return CostCalculator.Calculate(model.Pricing!, usage).Total;
    }
}
