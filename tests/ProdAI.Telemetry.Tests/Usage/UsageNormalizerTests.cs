using Microsoft.Extensions.AI;
using ProdAI.Telemetry.Cost;
using ProdAI.Telemetry.Models;
using ProdAI.Telemetry.Usage;

namespace ProdAI.Telemetry.Tests.Usage;

public class UsageNormalizerTests
{
    private static readonly ModelPricing Pricing = new(new PriceTier(InputPerMillion: 3m, OutputPerMillion: 15m, CachedInputPerMillion: 0.30m, CacheWritePerMillion: 3.75m), "test", default);

    [Fact]
    public void Normalize_SameCallReportedBothWays_SameUsageAndSameCost()
    {
        // One call: 200 uncached, 700 read from cache, 100 written to cache, 50 output.
        var openAIStyle = new UsageDetails { InputTokenCount = 1000, CachedInputTokenCount = 700, OutputTokenCount = 50, AdditionalCounts = new() { ["prodai.cache_write_input_tokens"] = 100 } };
        var anthropicStyle = new UsageDetails { InputTokenCount = 200, CachedInputTokenCount = 700, OutputTokenCount = 50, AdditionalCounts = new() { ["cache_creation_input_tokens"] = 100 } };

        NormalizedUsage a = UsageNormalizer.Normalize(openAIStyle, UsageConvention.Standard);
        NormalizedUsage b = UsageNormalizer.Normalize(anthropicStyle, UsageConvention.Anthropic);

        Assert.Equal(a, b);
        Assert.Equal(200, a.UncachedInputTokens);
        Assert.Equal(1000, a.InputTokens);
        Assert.Equal(UsageAnomalies.None, a.Anomalies);
        Assert.Equal(CostCalculator.Calculate(Pricing, a).Total, CostCalculator.Calculate(Pricing, b).Total);
    }

    [Fact]
    public void Calculate_CachedTokensChargedOnceAtCachedPrice()
    {
        NormalizedUsage usage = UsageNormalizer.Normalize(new UsageDetails { InputTokenCount = 1_000_000, CachedInputTokenCount = 600_000, OutputTokenCount = 0 }, UsageConvention.Standard);
        CostBreakdown cost = CostCalculator.Calculate(Pricing, usage);

        // 400k uncached at 3/M + 600k cached at 0.30/M — never 1M at 3/M plus 600k at 0.30/M.
        Assert.Equal(1.2m, cost.UncachedInput);
        Assert.Equal(0.18m, cost.CacheRead);
        Assert.Equal(1.38m, cost.Total);
    }

    [Fact]
    public void Normalize_ReasoningIsPartOfOutput_PricedOnce()
    {
        var pricing = new ModelPricing(new PriceTier(1m, 10m, ReasoningPerMillion: 20m), "t", default);
        NormalizedUsage usage = UsageNormalizer.Normalize(new UsageDetails { InputTokenCount = 0, OutputTokenCount = 1_000_000, ReasoningTokenCount = 400_000 }, UsageConvention.Standard);
        CostBreakdown cost = CostCalculator.Calculate(pricing, usage);

        Assert.Equal(1_000_000, usage.OutputTokens);
        Assert.Equal(6m, cost.Output);     // 600k visible at 10/M
        Assert.Equal(8m, cost.Reasoning);  // 400k reasoning at 20/M
    }

    [Fact]
    public void Normalize_OutputExcludesReasoning_AddsReasoningToOutput()
    {
        NormalizedUsage usage = UsageNormalizer.Normalize(new UsageDetails { InputTokenCount = 10, OutputTokenCount = 100, ReasoningTokenCount = 300 }, UsageConvention.OutputExcludesReasoning);
        Assert.Equal(400, usage.OutputTokens);
        Assert.Equal(300, usage.ReasoningTokens);
        Assert.Equal(UsageAnomalies.None, usage.Anomalies);
    }

    [Fact]
    public void Normalize_NegativeCount_IsInvalidNotFree()
    {
        NormalizedUsage usage = UsageNormalizer.Normalize(new UsageDetails { InputTokenCount = -5, OutputTokenCount = 10 }, UsageConvention.Standard);
        Assert.False(usage.IsValid);
        Assert.True(usage.Anomalies.HasFlag(UsageAnomalies.NegativeCount));
    }

    [Fact]
    public void Normalize_AbsurdCount_IsInvalid()
    {
        NormalizedUsage usage = UsageNormalizer.Normalize(new UsageDetails { InputTokenCount = long.MaxValue, OutputTokenCount = 10 }, UsageConvention.Standard);
        Assert.False(usage.IsValid);
        Assert.True(usage.Anomalies.HasFlag(UsageAnomalies.Implausible));
    }

    [Fact]
    public void Normalize_CachedExceedsInput_ClampsAndFlags()
    {
        NormalizedUsage usage = UsageNormalizer.Normalize(new UsageDetails { InputTokenCount = 100, CachedInputTokenCount = 150, OutputTokenCount = 1 }, UsageConvention.Standard);
        Assert.Equal(0, usage.UncachedInputTokens);
        Assert.True(usage.IsValid);
        Assert.True(usage.Anomalies.HasFlag(UsageAnomalies.CachedExceedsInput));
    }

    [Fact]
    public void Calculate_LongContextTier_AppliesAboveThreshold()
    {
        Assert.True(ModelCatalog.Default.TryGetModel("gemini-2.5-pro", out ModelInfo? gemini));
        var below = new NormalizedUsage(200_000, 0, 0, 1_000_000, 0);
        var above = new NormalizedUsage(200_001, 0, 0, 1_000_000, 0);
        Assert.Equal(0.25m + 10m, CostCalculator.Calculate(gemini!.Pricing!, below).Total);
        Assert.Equal((200_001 * 2.50m / 1_000_000m) + 15m, CostCalculator.Calculate(gemini.Pricing!, above).Total);
    }

    [Fact]
    public void WorstCase_IsInputAtFullPricePlusMaxOutput()
    {
        Assert.Equal((1000 * 3.75m + 500 * 15m) / 1_000_000m, CostCalculator.WorstCase(Pricing, 1000, 500));
        Assert.Throws<ArgumentOutOfRangeException>(() => CostCalculator.WorstCase(Pricing, -1, 0));
    }
}
