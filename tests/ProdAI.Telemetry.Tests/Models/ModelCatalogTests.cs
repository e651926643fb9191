using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProdAI.Telemetry.Models;

namespace ProdAI.Telemetry.Tests.Models;

public class ModelCatalogTests
{
    [Fact]
    public void Default_CoversEveryProviderFamily_AllPricedWithVersion()
    {
        ModelCatalog catalog = ModelCatalog.Default;
        string[] providers = [.. catalog.Models.Select(m => m.Provider).Distinct()];
        Assert.Contains("openai", providers);
        Assert.Contains("anthropic", providers);
        Assert.Contains("google", providers);
        Assert.Contains("mistral", providers);
        Assert.Contains("meta", providers);
        Assert.All(catalog.Models, m =>
        {
            Assert.NotNull(m.Pricing);
            Assert.NotEqual("unversioned", m.Pricing!.Version);
            Assert.True(m.Pricing.Standard.OutputPerMillion >= m.Pricing.Standard.InputPerMillion * 0.5m);
            Assert.NotNull(m.ContextWindow);
        });
    }

    [Theory]
    [InlineData("gpt-4o", "gpt-4o")]
    [InlineData("GPT-4O", "gpt-4o")]
    [InlineData("openai/gpt-4o-mini", "gpt-4o-mini")]
    [InlineData("gpt-4o-mini-2024-07-18", "gpt-4o-mini")]
    [InlineData("gpt-4o-2024-05-13", "gpt-4o-2024-05-13")]
    [InlineData("gpt-4.1-2025-04-14", "gpt-4.1")]
    [InlineData("claude-sonnet-4-5-20250929", "claude-sonnet-4-5")]
    [InlineData("claude-sonnet-4@20250514", "claude-sonnet-4")]
    [InlineData("models/gemini-2.5-pro", "gemini-2.5-pro")]
    [InlineData("mistral-large-latest", "mistral-large-2411")]
    [InlineData("meta-llama/Llama-3.3-70B-Instruct-Turbo", "llama-3.3-70b-instruct")]
    public void TryGetModel_IdsAliasesPrefixesAndSnapshots_Resolve(string requested, string expected)
    {
        Assert.True(ModelCatalog.Default.TryGetModel(requested, out ModelInfo? model));
        Assert.Equal(expected, model!.Id);
    }

    [Theory]
    [InlineData("totally-unknown-model")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("   ")]
    public void TryGetModel_Unknown_ReturnsFalse(string? requested)
    {
        Assert.False(ModelCatalog.Default.TryGetModel(requested, out ModelInfo? model));
        Assert.Null(model);
    }

    [Fact]
    public void Default_AnthropicModels_UseAnthropicUsageConvention()
    {
        Assert.True(ModelCatalog.Default.TryGetModel("claude-haiku-4-5", out ModelInfo? claude));
        Assert.Equal(UsageConvention.Anthropic, claude!.UsageConvention);
        Assert.True(ModelCatalog.Default.TryGetModel("gpt-4o", out ModelInfo? gpt));
        Assert.Equal(UsageConvention.Standard, gpt!.UsageConvention);
    }

    [Fact]
    public void Create_Override_ChangesOnlyTheFieldsItSets()
    {
        ModelCatalog catalog = ModelCatalog.Create(ModelCatalog.LoadEmbeddedDefinitions(), [new ModelDefinition { Id = "gpt-4o", OutputPerMillion = 12m, Aliases = ["my-azure-deployment"] }]);

        Assert.True(catalog.TryGetModel("my-azure-deployment", out ModelInfo? model));
        Assert.Equal("gpt-4o", model!.Id);
        Assert.Equal(12m, model.Pricing!.Standard.OutputPerMillion);
        Assert.Equal(2.50m, model.Pricing.Standard.InputPerMillion);
        Assert.Equal(1.25m, model.Pricing.Standard.CachedInputPerMillion);
    }

    [Fact]
    public void Create_NegativePrice_ThrowsNamingModelAndField()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ModelCatalog.Create([new ModelDefinition { Id = "x", Provider = "p", InputPerMillion = -1m, OutputPerMillion = 1m }]));
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("InputPerMillion", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OnlyOnePrice_ThrowsClearError()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ModelCatalog.Create([new ModelDefinition { Id = "x", InputPerMillion = 1m }]));
        Assert.Contains("OutputPerMillion", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_KnownButUnpricedModel_HasNullPricing()
    {
        ModelCatalog catalog = ModelCatalog.Create([new ModelDefinition { Id = "local-llm", Provider = "ollama" }]);
        Assert.True(catalog.TryGetModel("local-llm", out ModelInfo? model));
        Assert.Null(model!.Pricing);
    }

    [Fact]
    public void AddProdAITelemetry_ConfigurationSection_OverridesCatalog()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ProdAI:Telemetry:Models:0:Id"] = "gpt-4o-mini",
            ["ProdAI:Telemetry:Models:0:InputPerMillion"] = "0.2",
            ["ProdAI:Telemetry:Models:1:Id"] = "acme-llm",
            ["ProdAI:Telemetry:Models:1:Provider"] = "acme",
            ["ProdAI:Telemetry:Models:1:InputPerMillion"] = "1",
            ["ProdAI:Telemetry:Models:1:OutputPerMillion"] = "2",
            ["ProdAI:Telemetry:Models:1:EffectiveDate"] = "2026-01-01",
        }).Build();
        using ServiceProvider services = new ServiceCollection().AddProdAITelemetry(configuration.GetSection("ProdAI:Telemetry")).BuildServiceProvider();

        IModelCatalog catalog = services.GetRequiredService<IModelCatalog>();
        Assert.True(catalog.TryGetModel("gpt-4o-mini", out ModelInfo? mini));
        Assert.Equal(0.2m, mini!.Pricing!.Standard.InputPerMillion);
        Assert.Equal(0.60m, mini.Pricing.Standard.OutputPerMillion);
        Assert.True(catalog.TryGetModel("acme-llm", out ModelInfo? acme));
        Assert.Equal(new DateOnly(2026, 1, 1), acme!.Pricing!.EffectiveDate);
    }

    [Fact]
    public void AddProdAITelemetry_InvalidModel_FailsValidationWithMessage()
    {
        using ServiceProvider services = new ServiceCollection()
            .AddProdAITelemetry(o => o.Models.Add(new ModelDefinition { Id = "bad", InputPerMillion = -3m, OutputPerMillion = 1m }))
            .BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ProdAITelemetryOptions>>().Value);
        Assert.Contains("bad", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LiteLlm_Parse_ReadsPricesExactlyAndLongContextTier()
    {
        const string json = """
            {
              "sample_spec": { "input_cost_per_token": 0 },
              "gemini-2.5-pro": {
                "max_input_tokens": 1048576, "max_output_tokens": 65535,
                "input_cost_per_token": 1.25e-06, "output_cost_per_token": 1e-05,
                "input_cost_per_token_above_200k_tokens": 2.5e-06, "output_cost_per_token_above_200k_tokens": 1.5e-05,
                "cache_read_input_token_cost": 3.125e-07,
                "litellm_provider": "vertex_ai-language-models", "mode": "chat"
              },
              "claude-3-5-haiku-20241022": {
                "input_cost_per_token": 8e-07, "output_cost_per_token": 4e-06,
                "cache_creation_input_token_cost": 1e-06, "cache_read_input_token_cost": 8e-08,
                "max_tokens": 8192, "litellm_provider": "anthropic"
              },
              "no-price-model": { "max_tokens": 10 }
            }
            """;
        IReadOnlyList<ModelDefinition> definitions = LiteLlmModelPrices.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "litellm-test", new DateOnly(2026, 11, 1));
        ModelCatalog catalog = ModelCatalog.Create(definitions);

        Assert.Equal(2, catalog.Models.Count);
        Assert.True(catalog.TryGetModel("gemini-2.5-pro", out ModelInfo? gemini));
        Assert.Equal(1.25m, gemini!.Pricing!.Standard.InputPerMillion);
        Assert.Equal(10m, gemini.Pricing.Standard.OutputPerMillion);
        Assert.Equal(0.3125m, gemini.Pricing.Standard.CachedInputPerMillion);
        Assert.Equal(200_000, gemini.Pricing.LongContextThreshold);
        Assert.Equal(2.5m, gemini.Pricing.LongContext!.InputPerMillion);
        Assert.Equal(15m, gemini.Pricing.LongContext.OutputPerMillion);
        Assert.True(catalog.TryGetModel("claude-3-5-haiku-20241022", out ModelInfo? haiku));
        Assert.Equal(UsageConvention.Anthropic, haiku!.UsageConvention);
        Assert.Equal(1m, haiku.Pricing!.Standard.CacheWritePerMillion);
        Assert.Equal(8192, haiku.MaxOutputTokens);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    public void LiteLlm_Parse_Malformed_ThrowsInvalidData(string json)
    {
        Assert.Throws<InvalidDataException>(() => LiteLlmModelPrices.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "v", default));
    }
}
