namespace ProdAI.Guardrails.Pii;

/// <summary>Entity type names, following Microsoft Presidio's where Presidio has one.</summary>
public static class PiiEntityTypes
{
    /// <summary>Payment card number (Luhn and issuer ranges validated).</summary>
    public const string CreditCard = "CREDIT_CARD";

    /// <summary>International bank account number (country length and mod-97 validated).</summary>
    public const string IbanCode = "IBAN_CODE";

    /// <summary>US social security number (invalid areas, groups and serials rejected).</summary>
    public const string UsSsn = "US_SSN";

    /// <summary>E-mail address.</summary>
    public const string EmailAddress = "EMAIL_ADDRESS";

    /// <summary>Telephone number (validated with libphonenumber).</summary>
    public const string PhoneNumber = "PHONE_NUMBER";

    /// <summary>IPv4 or IPv6 address.</summary>
    public const string IpAddress = "IP_ADDRESS";

    /// <summary>URL or domain name.</summary>
    public const string Url = "URL";

    /// <summary>Crypto wallet address (Bitcoin base58check or bech32, Ethereum).</summary>
    public const string Crypto = "CRYPTO";

    /// <summary>A credential: cloud or API key, access token, JWT, private key block.</summary>
    public const string Secret = "SECRET";
}
