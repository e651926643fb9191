using System.Globalization;

namespace ProdAI.Rag.Lexical;

/// <summary>Turns text into index terms. Implement it for another language or tokenisation.</summary>
public interface ITextAnalyzer
{
    /// <summary>Appends the terms of <paramref name="text"/> to <paramref name="terms"/>, in order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="terms">The list to append to.</param>
    void Analyze(ReadOnlySpan<char> text, List<string> terms);
}

/// <summary>
/// The English analyser of Lucene's <c>EnglishAnalyzer</c> family, as Anserini uses it for BM25 baselines: Unicode word
/// breaks (letters and digits; apostrophes and inner dots kept inside a word, then dropped), lower-casing, Lucene's English
/// stop words, possessive "'s" removed, Porter stemming. Thread-safe.
/// </summary>
public sealed class EnglishAnalyzer : ITextAnalyzer
{
    /// <summary>Lucene's default English stop words (<c>EnglishAnalyzer.ENGLISH_STOP_WORDS_SET</c>).</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    };

    /// <summary>Gets the shared instance.</summary>
    public static EnglishAnalyzer Default { get; } = new();

    /// <summary>Gets or sets the longest token kept (longer ones, such as base64 blobs, are skipped). Default 64.</summary>
    public int MaxTokenLength { get; init; } = 64;

    /// <inheritdoc />
    public void Analyze(ReadOnlySpan<char> text, List<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Span<char> buffer = stackalloc char[MaxTokenLength];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var length = 0;
            var tooLong = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (IsWordChar(c))
                {
                    if (length < buffer.Length)
                    {
                        buffer[length++] = char.ToLowerInvariant(c);
                    }
                    else
                    {
                        tooLong = true;
                    }

                    i++;
                }
                else if ((c is '\'' or '’') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && length > 0)
                {
                    if (length < buffer.Length)
                    {
                        buffer[length++] = '\'';
                    }

                    i++;
                }
                else
                {
                    break;
                }
            }

            if (tooLong || length == 0)
            {
                continue;
            }

            var token = buffer[..length];
            if (token.EndsWith("'s", StringComparison.Ordinal))
            {
                token = token[..^2];
            }

            var word = token.Contains('\'') ? token.ToString().Replace("'", string.Empty, StringComparison.Ordinal) : token.ToString();
            if (word.Length == 0 || StopWords.Contains(word))
            {
                continue;
            }

            terms.Add(PorterStemmer.Stem(word));
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
