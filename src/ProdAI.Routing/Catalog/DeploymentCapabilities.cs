namespace ProdAI.Routing;

/// <summary>What a deployment can do; a request is only sent to deployments that have every capability it needs.</summary>
[Flags]
public enum DeploymentCapabilities
{
    /// <summary>Plain text chat only.</summary>
    None = 0,

    /// <summary>Function / tool calling (requests with <c>ChatOptions.Tools</c>).</summary>
    Tools = 1,

    /// <summary>Image input (requests carrying image content).</summary>
    Vision = 2,

    /// <summary>JSON mode and structured output (requests with a JSON <c>ChatOptions.ResponseFormat</c>).</summary>
    JsonMode = 4,

    /// <summary>Streaming responses.</summary>
    Streaming = 8,

    /// <summary>Every capability above.</summary>
    All = Tools | Vision | JsonMode | Streaming,
}
