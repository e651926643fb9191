using Microsoft.Extensions.AI;

namespace ProdAI.Guardrails.Pipeline;

/// <summary>Arguments of <see cref="GuardrailsOptions.OnOutputViolation"/>.</summary>
public readonly struct OutputViolationArguments
{
    /// <summary>Initializes a new instance of the <see cref="OutputViolationArguments"/> struct.</summary>
    /// <param name="findings">The findings that would block the answer.</param>
    /// <param name="response">The answer that would be blocked.</param>
    /// <param name="attempt">1 for the first re-ask, 2 for the second …</param>
    public OutputViolationArguments(IReadOnlyList<GuardrailFinding> findings, ChatResponse response, int attempt)
    {
        Findings = findings;
        Response = response;
        Attempt = attempt;
    }

    /// <summary>Gets the findings that would block the answer.</summary>
    public IReadOnlyList<GuardrailFinding> Findings { get; }

    /// <summary>Gets the answer that would be blocked.</summary>
    public ChatResponse Response { get; }

    /// <summary>Gets the re-ask attempt number.</summary>
    public int Attempt { get; }
}
