namespace ProdAI.Guardrails.Pii;

/// <summary>The validations that turn pattern matches into entities: Luhn, IBAN mod-97, bech32.</summary>
internal static class Checksums
{
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        bool doubleIt = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>ISO 13616: move the first four characters to the end, letters to numbers, remainder mod 97 must be 1.</summary>
    public static bool IbanMod97(ReadOnlySpan<char> iban)
    {
        int remainder = 0;
        for (int k = 0; k < iban.Length; k++)
        {
            char c = char.ToUpperInvariant(iban[(k + 4) % iban.Length]);
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                int v = c - 'A' + 10;
                remainder = ((remainder * 100) + v) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    private const string Bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /// <summary>BIP-173 / BIP-350 checksum of a lower-case bech32 or bech32m string.</summary>
    public static bool Bech32(string address)
    {
        string s = address.ToLowerInvariant();
        int separator = s.LastIndexOf('1');
        if (separator < 1 || separator + 7 > s.Length || s.Length > 90)
        {
            return false;
        }

        var values = new List<int>(s.Length * 2);
        foreach (char c in s[..separator])
        {
            values.Add(c >> 5);
        }

        values.Add(0);
        foreach (char c in s[..separator])
        {
            values.Add(c & 31);
        }

        for (int i = separator + 1; i < s.Length; i++)
        {
            int v = Bech32Charset.IndexOf(s[i], StringComparison.Ordinal);
            if (v < 0)
            {
                return false;
            }

            values.Add(v);
        }

        uint chk = 1;
        uint[] generator = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
        foreach (int v in values)
        {
            uint top = chk >> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ (uint)v;
            for (int i = 0; i < 5; i++)
            {
                if (((top >> i) & 1) != 0)
                {
                    chk ^= generator[i];
                }
            }
        }

        return chk is 1 or 0x2bc830a3; // bech32, bech32m
    }
}
