using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bogus;
using Bogus.Extensions.UnitedStates;

namespace ProdAI.Guardrails.Training;

/// <summary>
/// Development data for the PII recognisers beyond presidio-research's 1,037 development sentences (which no longer show
/// a single false positive): the development sentences' templates (<c>masked</c>, with <c>{{TYPE}}</c> slots) filled
/// again, (1) with values drawn from other development sentences — new neighbours for the same values, as the presidio
/// generator makes them — and (2) with values Bogus (a port of Faker, the generator presidio-research used) makes in 40
/// locales. Test sentences are never read, neither their templates nor their values. Seeded, so reproducible.
/// </summary>
internal static partial class PiiAugment
{
    private const int Rows = 20_000;

    public static void Write(JsonElement dataset, IReadOnlyDictionary<string, string> supported, Func<string, bool> isTest, string outDir)
    {
        var templates = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (JsonElement row in dataset.EnumerateArray())
        {
            if (isTest(row.GetProperty("full_text").GetString()!))
            {
                continue;
            }

            templates.Add(row.GetProperty("masked").GetString()!);
            foreach (JsonElement span in row.GetProperty("spans").EnumerateArray())
            {
                string type = span.GetProperty("entity_type").GetString()!;
                (values.TryGetValue(type, out List<string>? list) ? list : values[type] = []).Add(span.GetProperty("entity_value").GetString()!);
            }
        }

        var recombined = new Random(20261126);
        Fill(Path.Combine(outDir, "pii-dev-recombined.jsonl"), templates, supported, recombined,
            type => values.TryGetValue(type, out List<string>? list) ? list[recombined.Next(list.Count)] : "x");

        var faker = new FakerValues(20261126);
        Fill(Path.Combine(outDir, "pii-dev-faker.jsonl"), templates, supported, faker.Random, faker.Value);
        Console.WriteLine($"pii: {Rows} recombined and {Rows} Faker-filled development rows from {templates.Count} development templates in {outDir}");
    }

    private static void Fill(string path, List<string> templates, IReadOnlyDictionary<string, string> supported, Random random, Func<string, string> value)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var text = new StringBuilder();
        for (int i = 0; i < Rows; i++)
        {
            string template = templates[random.Next(templates.Count)];
            text.Clear();
            var entities = new List<object>();
            int at = 0;
            foreach (Match slot in Slot().Matches(template))
            {
                text.Append(template, at, slot.Index - at);
                string type = slot.Groups[1].Value;
                string filled = value(type);
                if (supported.TryGetValue(type, out string? mapped))
                {
                    entities.Add(new { type = mapped, start = text.Length, end = text.Length + filled.Length });
                }

                text.Append(filled);
                at = slot.Index + slot.Length;
            }

            text.Append(template, at, template.Length - at);
            writer.WriteLine(JsonSerializer.Serialize(new { text = text.ToString(), entities }));
        }
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Slot();

    private sealed class FakerValues
    {
        private static readonly string[] Locales =
        [
            "en_US", "en_GB", "de", "fr", "es", "it", "nl", "pt_BR", "pt_PT", "fi", "sv", "nb_NO", "pl", "cz", "sk", "tr", "en_AU", "en_CA",
            "en_IND", "ro", "hr", "de_CH", "de_AT", "nl_BE", "fr_CH", "el", "ru", "uk", "lv", "en_IE", "en_NG", "en_ZA", "id_ID", "ko", "ja",
            "vi", "az", "ge", "af_ZA", "ar",
        ];

        private readonly Faker[] _fakers;
        private readonly Faker _us;

        public FakerValues(int seed)
        {
            Random = new Random(seed);
            _fakers = [.. Locales.Select((l, i) => new Faker(l) { Random = new Randomizer(seed + i + 1) })];
            _us = new Faker("en_US") { Random = new Randomizer(seed) };
        }

        public Random Random { get; }

        // US driver's licence numbers as states issue and print them (most are digits only: AL, AZ, CT, GA, ID, IA, KS, KY,
        // MS, MO, NY, OK, PA, TN, TX …; '#' a digit, 'L' a letter).
        private static readonly string[] DriverLicenseFormats =
        [
            "#######", "########", "#########", "#########", "L#######", "L########", "L############", "### ### ###", "L###-###-##-###-#",
            "L### ### ### ###", "##-###-####",
        ];

        private string Fill(string format)
        {
            var value = new StringBuilder(format.Length);
            foreach (char c in format)
            {
                value.Append(c switch { '#' => (char)('0' + Random.Next(10)), 'L' => (char)('A' + Random.Next(26)), _ => c });
            }

            return value.ToString();
        }

        public string Value(string type)
        {
            Faker f = _fakers[Random.Next(_fakers.Length)];
            DateTime date = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(-Random.Next(60 * 24 * 365 * 40));
            return type switch
            {
                "STREET_ADDRESS" => Random.Next(4) switch
                {
                    0 => f.Address.StreetAddress(),
                    1 => f.Address.StreetAddress(true),
                    2 => $"{f.Address.StreetAddress(Random.Next(2) == 0)}\n{f.Address.City()}, {f.Address.StateAbbr()} {f.Address.ZipCode()}",
                    _ => $"{f.Address.BuildingNumber()} {f.Address.StreetName()} {f.Address.SecondaryAddress()}, {f.Address.City()}, {f.Address.Country()} {f.Address.ZipCode()}",
                },
                "ZIP_CODE" => f.Address.ZipCode(),
                "GPE" => Random.Next(2) == 0 ? f.Address.City() : f.Address.Country(),
                "PERSON" => f.Name.FullName(),
                "ORGANIZATION" => f.Company.CompanyName(),
                "TITLE" => f.Name.JobTitle(),
                "NRP" => f.Address.Country(),
                "AGE" => Random.Next(1, 99).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "DATE_TIME" => date.ToString(
                    Random.Next(5) switch { 0 => "yyyy-MM-dd HH:mm:ss", 1 => "MM/dd/yyyy", 2 => "d MMMM yyyy", 3 => "dd.MM.yyyy", _ => "yyyy" },
                    System.Globalization.CultureInfo.InvariantCulture),
                "PHONE_NUMBER" => f.Phone.PhoneNumber(),
                "CREDIT_CARD" => _us.Finance.CreditCardNumber().Replace("-", Random.Next(3) switch { 0 => " ", 1 => "-", _ => "" }, StringComparison.Ordinal),
                "EMAIL_ADDRESS" => f.Internet.Email(),
                "DOMAIN_NAME" => f.Internet.DomainName(),
                "URL" => f.Internet.Url(),
                "IBAN_CODE" => _us.Finance.Iban(),
                "US_SSN" => _us.Person.Ssn(),
                "IP_ADDRESS" => Random.Next(3) == 0 ? f.Internet.Ipv6() : f.Internet.Ip(),
                "US_DRIVER_LICENSE" => Fill(DriverLicenseFormats[Random.Next(DriverLicenseFormats.Length)]),
                _ => f.Lorem.Word(),
            };
        }
    }
}
