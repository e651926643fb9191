using System.Collections.Frozen;

namespace ProdAI.Guardrails.Pii;

/// <summary>
/// Finds personal data and secrets: payment cards, IBANs, US SSNs, e-mail addresses, phone numbers, IP addresses, URLs and
/// domains, crypto wallets, and credentials (AWS, GitHub, Slack, OpenAI/Anthropic keys, JWTs, private key blocks). Each
/// candidate is validated; context words nearby (<c>card</c>, <c>ssn</c>, <c>phone</c> …) raise the score; overlapping
/// candidates are resolved in favour of the higher score, then the longer span. Thread-safe.
/// </summary>
public sealed class PiiDetector
{
    private const int ContextWindow = 48;
    private const double ContextBoost = 0.35;

    private static readonly FrozenDictionary<string, string[]> ContextWords = new Dictionary<string, string[]>
    {
        [PiiEntityTypes.CreditCard] = ["card", "credit", "debit", "visa", "mastercard", "amex", "cc", "carte", "tarjeta", "karte", "carta", "cartao"],
        [PiiEntityTypes.UsSsn] = ["ssn", "social security", "social sec", "ss#", "ss #"],
        [PiiEntityTypes.PhoneNumber] = ["phone", "tel", "call", "mobile", "cell", "fax", "telephone", "telefon", "telefono", "portable", "reach me", "answering", "ring me", "dial", "whatsapp", "sms", "text me", "message", "contact"],
        [PiiEntityTypes.IbanCode] = ["iban", "account", "bank", "compte", "cuenta", "konto", "conto"],
        [PiiEntityTypes.Url] = ["site", "website", "url", "link", "domain", "visit", "http"],
        [PiiEntityTypes.IpAddress] = ["ip", "address", "server", "host"],
    }.ToFrozenDictionary();

    // Words that label a number written right before them ("0341 8387176 office", "463-612-6138x036-Fax"): the next word
    // after the entity, past spaces and punctuation only (so that "… 18344392 office" labels 18344392 and nothing before it).
    private const int LabelGapAfter = 3;

    private static readonly FrozenDictionary<string, string[]> ContextWordsAfter = new Dictionary<string, string[]>
    {
        [PiiEntityTypes.PhoneNumber] = ["office", "fax", "mobile", "cell", "cellphone", "home", "work", "phone", "telephone", "tel", "landline", "direct"],
    }.ToFrozenDictionary();

    private readonly PiiDetectorOptions _options;
    private readonly Action<string, List<PiiEntity>>[] _builtIn;
    private readonly FrozenSet<string>? _types;

    /// <summary>Initializes a new instance of the <see cref="PiiDetector"/> class.</summary>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    public PiiDetector(PiiDetectorOptions? options = null)
    {
        _options = options ?? new PiiDetectorOptions();
        if (_options.MinScore is < 0 or > 1 || double.IsNaN(_options.MinScore))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MinScore, "MinScore must be between 0 and 1.");
        }

        _types = _options.EntityTypes?.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var phones = new PhoneRecognizer([.. _options.PhoneRegions]);
        _builtIn =
        [
            PatternRecognizers.Secrets, PatternRecognizers.NumberEntities, PatternRecognizers.Ibans, PatternRecognizers.Emails,
            PatternRecognizers.IpAddresses, PatternRecognizers.CryptoWallets, PatternRecognizers.Urls, phones.Recognize,
        ];
    }

    /// <summary>Gets the shared detector with default options.</summary>
    public static PiiDetector Default { get; } = new();

    /// <summary>Finds the entities in <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Non-overlapping entities, in text order.</returns>
    public IReadOnlyList<PiiEntity> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<PiiEntity>();

        // The recognisers read a view of the text, one character for one (every offset stays the text's): digits of other
        // scripts (full-width ４０１２, Arabic-Indic, Devanagari …) as the ASCII digits they are, and a Chinese, Japanese or
        // Thai character next to an ASCII letter or digit as a space — "番号は4012 8888 8888 1881です" and
        // "请发邮件到jane@example.com即可" have no word boundary around the number or the address —, and no-break, narrow
        // no-break and thin spaces as spaces (a card pasted from a web page, a French "06\u202F12\u202F34\u202F56\u202F78").
        string digits = RecognizerView(text);
        foreach (Action<string, List<PiiEntity>> recognizer in _builtIn)
        {
            recognizer(digits, candidates);
        }

        foreach (IPiiRecognizer recognizer in _options.Recognizers)
        {
            recognizer.Recognize(text, candidates);
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        for (int i = 0; i < candidates.Count; i++)
        {
            PiiEntity e = candidates[i];
            if (e.Score < 1.0 && HasContext(text, e))
            {
                // An SSN context word ("social security") is specific enough to settle a bare nine-digit number.
                double boost = e.Type == PiiEntityTypes.UsSsn ? 0.7 : ContextBoost;
                candidates[i] = e with { Score = Math.Min(1.0, e.Score + boost) };
            }
        }

        return Resolve(candidates.Where(e => e.Score >= _options.MinScore && (_types is null || _types.Contains(e.Type))), text.Length);
    }

    // The recognisers' view of the text (the same instance when nothing changes).
    private static string RecognizerView(string text)
    {
        int first = text.AsSpan().IndexOfAnyExceptInRange('\u0000', '\u007F'); // vectorised: ASCII text costs one fast pass
        while (first >= 0 && first < text.Length && !(text[first] > '\u007F' && (char.IsDigit(text[first]) || IsOtherSpace(text[first]) || Internal.Scripts.IsUnspaced(text[first]))))
        {
            first++;
        }

        if (first < 0 || first == text.Length)
        {
            return text;
        }

        char[] view = text.ToCharArray();
        for (int i = first; i < view.Length; i++)
        {
            if (view[i] > '\u007F' && char.IsDigit(view[i]))
            {
                view[i] = (char)('0' + System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(view[i]));
            }
            else if (view[i] > '\u007F' && IsOtherSpace(view[i]))
            {
                view[i] = ' '; // "4111\u00A01111…", "+33\u202F1\u202F23…": a no-break or thin space groups digits as a space does
            }
        }

        for (int i = first; i < view.Length; i++)
        {
            if (Internal.Scripts.IsUnspaced(view[i]) && ((i > 0 && char.IsAsciiLetterOrDigit(view[i - 1])) || (i + 1 < view.Length && char.IsAsciiLetterOrDigit(view[i + 1]))))
            {
                view[i] = ' ';
            }
        }

        return new string(view);
    }


    // A space other than U+0020 (no-break, narrow no-break — the French digit grouping —, thin, ideographic …).
    private static bool IsOtherSpace(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator;

    private static bool HasContext(string text, PiiEntity entity)
    {
        if (!ContextWords.TryGetValue(entity.Type, out string[]? words))
        {
            return false;
        }

        int from = Math.Max(0, entity.Start - ContextWindow);
        if (ContainsAny(text.AsSpan(from, entity.Start - from), words, startsAtWordStart: from == 0 || !char.IsLetter(text[from - 1])))
        {
            return true;
        }

        return ContextWordsAfter.TryGetValue(entity.Type, out string[]? after) && LabelledAfter(text, entity.End, after);
    }

    /// <summary>Whether the word that follows <paramref name="end"/> (past at most a few spaces or punctuation marks) is one
    /// of <paramref name="labels"/>.</summary>
    internal static bool LabelledAfter(string text, int end, string[] labels)
    {
        int i = end;
        while (i < text.Length && i - end <= LabelGapAfter && !char.IsLetterOrDigit(text[i]) && text[i] != '\n')
        {
            i++;
        }

        if (i >= text.Length || i - end > LabelGapAfter || !char.IsLetter(text[i]))
        {
            return false;
        }

        ReadOnlySpan<char> rest = text.AsSpan(i);
        foreach (string label in labels)
        {
            // The whole next word: "office", "fax:", not "tell", "working", "homework", "directly".
            if (rest.StartsWith(label, StringComparison.OrdinalIgnoreCase) && (rest.Length == label.Length || !char.IsLetter(rest[label.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the words that label a phone number written after them ("Mobile: …").</summary>
    internal static string[] PhoneLabelsBefore => ContextWords[PiiEntityTypes.PhoneNumber];

    /// <summary>Gets the words that label a phone number written before them ("… office").</summary>
    internal static string[] PhoneLabelsAfter => ContextWordsAfter[PiiEntityTypes.PhoneNumber];

    // A context word counts where a word starts ("tel" in "Tel:" but not in "hotel" or "Castelo", "cc" not in "account").
    internal static bool ContainsAny(ReadOnlySpan<char> window, string[] words, bool startsAtWordStart = true)
    {
        foreach (string word in words)
        {
            int from = 0, at;
            while ((at = window[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                at += from;
                if (at == 0 ? startsAtWordStart : !char.IsLetter(window[at - 1]))
                {
                    return true;
                }

                from = at + 1;
            }
        }

        return false;
    }

    // An entity wholly inside a longer one is left out first: kept alone it would leave the rest of its container in the
    // text ("https://app.example.com/reset?token=9f8e…&email=jane@x.com" redacted as its e-mail address gives away the reset
    // token). Then greedy by score, then length: an entity is kept when it overlaps none kept before it. The kept spans are
    // marked in a bit map of the text, so each candidate costs its own length (not a comparison with every kept entity: a
    // megabyte of "a@b.cc " holds 150,000 addresses).
    private static List<PiiEntity> Resolve(IEnumerable<PiiEntity> candidates, int textLength)
    {
        List<PiiEntity> ordered = [.. candidates];
        if (ordered.Count == 0)
        {
            return ordered;
        }

        WithoutContained(ordered);
        // Score, then length, then position; the type last, so that equal candidates come out the same on every run (List.Sort is not stable).
        ordered.Sort(static (a, b) =>
            b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Length != a.Length ? b.Length.CompareTo(a.Length) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Type, b.Type));
        var kept = new List<PiiEntity>(ordered.Count);
        var covered = new System.Collections.BitArray(textLength);
        foreach (PiiEntity e in ordered)
        {
            int start = Math.Clamp(e.Start, 0, textLength), end = Math.Clamp(e.End, start, textLength);
            bool overlaps = false;
            for (int i = start; i < end && !overlaps; i++)
            {
                overlaps = covered[i];
            }

            if (!overlaps)
            {
                kept.Add(e);
                for (int i = start; i < end; i++)
                {
                    covered[i] = true;
                }
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    // Removes the candidates strictly inside another one (same span twice: both stay, for the greedy pass to choose); in place.
    private static void WithoutContained(List<PiiEntity> candidates)
    {
        if (candidates.Count < 2)
        {
            return;
        }

        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        int containerStart = -1, containerEnd = -1, write = 0;
        for (int read = 0; read < candidates.Count; read++)
        {
            PiiEntity e = candidates[read];
            if (e.End <= containerEnd && (e.Start > containerStart || e.End < containerEnd))
            {
                continue;
            }

            candidates[write++] = e;
            if (e.End > containerEnd)
            {
                (containerStart, containerEnd) = (e.Start, e.End);
            }
        }

        candidates.RemoveRange(write, candidates.Count - write);
    }
}
