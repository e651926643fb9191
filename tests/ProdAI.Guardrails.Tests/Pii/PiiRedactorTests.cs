using ProdAI.Guardrails.Pii;

namespace ProdAI.Guardrails.Tests.Pii;

public class PiiRedactorTests
{
    private const string Text = "Card 4012 8888 8888 1881, mail jane@corp.example.com, call +1 425 882 9090.";

    [Fact]
    public void Redact_Placeholder_TypedTokens()
    {
        string redacted = new PiiRedactor().Redact(Text, PiiOperator.Placeholder);
        Assert.Equal("Card <CREDIT_CARD>, mail <EMAIL_ADDRESS>, call <PHONE_NUMBER>.", redacted);
    }

    [Fact]
    public void Redact_Mask_KeepsLastFourCardDigitsAndLength()
    {
        string redacted = new PiiRedactor().Redact("Card 4012 8888 8888 1881.", PiiOperator.Mask);
        Assert.Equal("Card **** **** **** 1881.", redacted);
    }

    [Fact]
    public void Redact_Hash_DeterministicPerSaltAndIrreversible()
    {
        byte[] salt = [.. Enumerable.Range(1, 16).Select(i => (byte)i)];
        var redactor = new PiiRedactor(salt: salt);
        string a = redactor.Redact("mail jane@corp.example.com", PiiOperator.Hash);
        string b = redactor.Redact("again jane@corp.example.com", PiiOperator.Hash);
        string other = new PiiRedactor(salt: [.. Enumerable.Range(2, 16).Select(i => (byte)i)]).Redact("mail jane@corp.example.com", PiiOperator.Hash);

        Assert.StartsWith("mail <EMAIL_ADDRESS:", a, StringComparison.Ordinal);
        Assert.Equal(a["mail ".Length..], b["again ".Length..]);
        Assert.NotEqual(a, other);
        Assert.DoesNotContain("jane", a, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_HashWithoutSalt_ThrowsSayingHowToFix()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new PiiRedactor().Redact(Text, PiiOperator.Hash));
        Assert.Contains("salt", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PiiRedactor(salt: [1, 2, 3]));
    }

    [Fact]
    public void Redact_NoEntities_ReturnsSameText()
    {
        const string clean = "Nothing personal here.";
        Assert.Same(clean, new PiiRedactor().Redact(clean, PiiOperator.Placeholder));
    }
}
