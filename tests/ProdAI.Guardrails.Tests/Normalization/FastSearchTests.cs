using System.Buffers;
using System.Text;
using ProdAI.Guardrails.Internal;
using ProdAI.Guardrails.Normalization;

namespace ProdAI.Guardrails.Tests.Normalization;

// The normaliser's hand-made searches against plain reference implementations, on generated text.
public class FastSearchTests
{
    // What IndexOfSpeltOutSeed looks for, as strings: a separator, an ASCII letter other than a, i or o, the same separator.
    private static readonly SearchValues<string> SpeltOutSeeds = SearchValues.Create(
        [.. TextNormalizer.SpeltOutSeparators.SelectMany(s => "bcdefghjklmnpqrstuvwxyz".Select(c => $"{s}{c}{s}"))], StringComparison.OrdinalIgnoreCase);

    private const string Alphabet = "abioxyzABIOXYZ0123456789 -._*+/=%:\n\té€ж😀\u200B";

    private static string RandomText(Random random, int maxLength)
    {
        var text = new StringBuilder();
        int length = random.Next(0, maxLength);
        while (text.Length < length)
        {
            text.Append(random.Next(6) == 0 ? new string('q', random.Next(1, 40)) : Alphabet[random.Next(Alphabet.Length)].ToString());
        }

        return text.ToString();
    }

    [Fact]
    public void SpeltOutSeedSearch_FindsWhatTheMultiStringSearchFinds()
    {
        var random = new Random(1);
        for (int n = 0; n < 5000; n++)
        {
            string text = RandomText(random, 120);
            Assert.Equal(text.AsSpan().IndexOfAny(SpeltOutSeeds), TextNormalizer.IndexOfSpeltOutSeed(text));
        }

        Assert.Equal(40, TextNormalizer.IndexOfSpeltOutSeed(new string('a', 40) + " b " + new string('c', 40)));
        Assert.Equal(-1, TextNormalizer.IndexOfSpeltOutSeed(" a  i  o  A  I  O -a- .o. _i_ *I*"));
        Assert.Equal(2, TextNormalizer.IndexOfSpeltOutSeed("xx*Z*"));
        Assert.Equal(-1, TextNormalizer.IndexOfSpeltOutSeed(" b-"));
    }

    [Fact]
    public void LongRuns_AreEveryRunOfTheMinimumLengthInOrder()
    {
        var random = new Random(2);
        SearchValues<char> chars = SearchValues.Create("abioxyzABIOXYZ0123456789q");
        for (int n = 0; n < 3000; n++)
        {
            string text = RandomText(random, 300);
            int minLength = random.Next(1, 20);
            var expected = new List<(int, int)>();
            for (int i = 0; i < text.Length;)
            {
                if (!chars.Contains(text[i]))
                {
                    i++;
                    continue;
                }

                int end = i;
                while (end < text.Length && chars.Contains(text[end]))
                {
                    end++;
                }

                if (end - i >= minLength)
                {
                    expected.Add((i, end));
                }

                i = end;
            }

            var found = new List<(int, int)>();
            int at = 0;
            while (TextRuns.NextLongRun(text, ref at, chars, minLength, out int start, out int stop))
            {
                found.Add((start, stop));
            }

            Assert.Equal(expected, found);
        }
    }
}
