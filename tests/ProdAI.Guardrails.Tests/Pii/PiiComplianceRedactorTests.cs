using Microsoft.Extensions.Compliance.Redaction;
using ProdAI.Guardrails.Pii;

namespace ProdAI.Guardrails.Tests.Pii;

public class PiiComplianceRedactorTests
{
    [Fact]
    public void Redactor_ReplacesEntitiesInsideFreeText_ThroughTheComplianceApi()
    {
        Redactor redactor = new PiiComplianceRedactor();
        const string input = "user jane@corp.example.com paid with 4012888888881881";

        string redacted = redactor.Redact(input);

        Assert.Equal("user <EMAIL_ADDRESS> paid with <CREDIT_CARD>", redacted);
        Assert.Equal(redacted.Length, redactor.GetRedactedLength(input));
    }

    [Fact]
    public void Redact_DestinationTooSmall_Throws()
    {
        var redactor = new PiiComplianceRedactor();
        Assert.Throws<ArgumentException>(() => redactor.Redact("mail jane@corp.example.com".AsSpan(), new char[3]));
    }
}
