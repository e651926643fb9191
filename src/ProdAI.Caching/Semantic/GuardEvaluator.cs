using System.Globalization;
using System.Text;

namespace ProdAI.Caching.Semantic;

/// <summary>
/// The lexical checks behind <see cref="SemanticGuards"/>. Each text is analysed once into <see cref="TextFacts"/>
/// (words, numbers, negation, names, dates, direction words); two facts are then compared in microseconds.
/// </summary>
internal static class GuardEvaluator
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nothing", "nobody", "nowhere", "neither", "nor", "without", "cannot", "cant",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt",
        "havent", "hasnt", "hadnt", "mustnt", "neednt", "aint", "unable", "impossible", "fails", "failed", "refuse",
    };

    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["zero"] = "0", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6",
        ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12",
        ["thirteen"] = "13", ["fourteen"] = "14", ["fifteen"] = "15", ["sixteen"] = "16", ["seventeen"] = "17",
        ["eighteen"] = "18", ["nineteen"] = "19", ["twenty"] = "20", ["thirty"] = "30", ["forty"] = "40", ["fifty"] = "50",
        ["sixty"] = "60", ["seventy"] = "70", ["eighty"] = "80", ["ninety"] = "90", ["hundred"] = "100",
        ["dozen"] = "12",
        ["third"] = "3rd", ["fourth"] = "4th", ["fifth"] = "5th", ["twice"] = "x2", ["triple"] = "x3",
    };

    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "today", "tomorrow", "yesterday", "tonight", "weekend", "morning", "afternoon", "evening",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec",
        "summer", "autumn", "winter", "daily", "weekly", "monthly", "yearly", "annually", "hourly",
    };

    // Pairs of words whose swap reverses a request. Inflections are matched by stem (see Stem).
    private static readonly string[][] DirectionGroups =
    [
        ["ascend", "descend"], ["asc", "desc"], ["enabl", "disabl"], ["increas", "decreas"], ["buy", "sell"],
        ["import", "export"], ["upload", "download"], ["abov", "below"], ["max", "min"], ["maximum", "minimum"],
        ["add", "remov", "delet"], ["open", "close"], ["on", "off"], ["send", "receiv"], ["deposit", "withdraw"],
        ["encrypt", "decrypt"], ["lock", "unlock"], ["credit", "debit"], ["inbound", "outbound"], ["higher", "lower"],
        ["more", "less", "fewer"], ["first", "last"], ["next", "previou"], ["befor", "after"], ["start", "stop", "end"], ["north", "south"], ["east", "west"],
        ["left", "right"], ["up", "down"], ["push", "pull"], ["subscrib", "unsubscrib"], ["activ", "deactiv"],
        ["instal", "uninstal"], ["join", "leav"], ["win", "lose"], ["celsiu", "fahrenheit"], ["largest", "smallest"],
        ["biggest", "smallest"], ["best", "worst"], ["top", "bottom"], ["input", "output"], ["plu", "minu"],
        ["true", "fals"], ["earli", "late"], ["accept", "reject", "declin", "deni"], ["allow", "block", "forbid"],
        ["connect", "disconnect"], ["show", "hide"], ["includ", "exclud"], ["hot", "cold"], ["fast", "slow"],
        ["cheap", "expens"], ["cheapest", "expensivest"], ["lend", "borrow"], ["charg", "refund"],
        ["freez", "unfreez"], ["block", "unblock"], ["verifi", "unverifi"],
        ["men", "women"], ["male", "femal"], ["boy", "girl"], ["young", "old"], ["light", "dark"],
        ["metric", "imperi"],
        ["mean", "median", "mode"], ["sum", "averag", "count"], ["join", "split"], ["encod", "decod"], ["compress", "decompress"],
    ];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "i", "me", "my", "mine", "you", "your", "yours", "we", "our", "us", "it", "its", "they", "them",
        "their", "he", "she", "his", "her", "this", "that", "these", "those", "is", "are", "was", "were", "be", "been",
        "being", "am", "do", "does", "did", "doing", "have", "has", "had", "having", "can", "could", "will", "would",
        "shall", "should", "may", "might", "must", "of", "in", "at", "by", "for", "with", "about", "as", "into", "through",
        "and", "or", "but", "if", "then", "so", "than", "too", "very", "just", "also", "there", "here", "please",
        "how", "what", "when", "where", "why", "who", "which", "whom", "whose", "any", "some", "all", "each", "every",
        "get", "got", "make", "made", "want", "need", "like", "know", "tell", "let", "able", "way", "thing", "things",
        "s", "t", "d", "ll", "re", "ve", "m", "hi", "hello", "hey", "thanks", "thank", "ok", "okay", "one", "use", "using",
        "used", "go", "going", "still", "yet", "again", "really", "much", "many", "lot", "lots", "to", "from", "on", "off",
        "up", "out", "in", "what's", "whats", "im", "ive", "id", "ill", "youre",
    };

    // Common interchangeable words in user questions: a one-for-one swap between these is not a change of meaning.
    private static readonly string[][] SynonymGroups =
    [
        ["find", "locat", "see", "view", "check", "look"], ["buy", "purchas"], ["cost", "price", "fee", "charg"],
        ["chang", "modifi", "updat", "edit", "alter"], ["help", "assist", "support"], ["start", "begin"], ["end", "finish"],
        ["show", "displai", "list"], ["creat", "make", "build", "generat", "produc"], ["error", "issu", "problem", "bug"],
        ["fast", "quick", "rapid"], ["big", "larg", "huge"], ["small", "littl", "tini"], ["car", "automobil", "vehicl"],
        ["pictur", "imag", "photo"], ["film", "movi"], ["phone", "mobil", "cell"], ["receiv", "get", "obtain"],
        ["recip", "instruct"], ["utiliz", "us", "employ"], ["purpos", "goal", "aim", "object"], ["provid", "offer", "give", "furnish", "suppli"],
        ["tool", "platform", "librari", "framework", "servic"], ["method", "function", "approach", "techniqu"],
        ["abl", "possibl", "capabl"], ["document", "doc", "guid", "manual"], ["quickli", "fast", "swiftli"],
    ];

    private static readonly HashSet<string> RelationWords = new(StringComparer.Ordinal) { "to", "from", "into", "than", "vs", "versus" };

    /// <summary>The number of content words up to which a text counts as short.</summary>
    internal const int ShortTextContentWords = 6;

    /// <summary>The content-word Jaccard overlap from which two longer texts count as near-duplicates.</summary>
    internal const double NearDuplicateJaccard = 0.75;

    private static readonly Dictionary<string, (int Group, int Member)> DirectionMember = BuildGroupIndex(DirectionGroups);
    private static readonly Dictionary<string, (int Group, int Member)> SynonymMember = BuildGroupIndex(SynonymGroups);

    /// <summary>Analyses a text once for every guard.</summary>
    public static TextFacts Analyse(string text)
    {
        var facts = new TextFacts { Squashed = Squash(text) };
        var words = Tokenize(text);
        var sentenceStart = true;
        string? pendingRelation = null;
        for (var index = 0; index < words.Count; index++)
        {
            var (word, capitalised, allCaps, mixed, hasDigit, endsSentence, quoted) = words[index];
            var lower = word.ToLowerInvariant();
            facts.Words.Add(lower);
            facts.WordCount++;
            if (pendingRelation is not null && !StopWords.Contains(lower) || pendingRelation is not null && hasDigit)
            {
                facts.Relations.Add((pendingRelation!, lower));
                pendingRelation = null;
            }

            if (RelationWords.Contains(lower))
            {
                pendingRelation = lower;
            }

            if (hasDigit)
            {
                facts.Numbers.Add(NormalizeNumber(lower));
            }
            else if (NumberWords.TryGetValue(lower, out var number))
            {
                facts.Numbers.Add(number);
            }

            if (Negations.Contains(lower))
            {
                facts.NegationCount++;
            }

            if (DateWords.Contains(lower))
            {
                facts.Dates.Add(lower);
            }

            var stem = Stem(lower);
            if (DirectionMember.TryGetValue(stem, out var direction) || DirectionMember.TryGetValue(lower, out direction))
            {
                facts.Directions.Add(direction);
            }

            var isName = quoted || allCaps && word.Length >= 2 || mixed || (capitalised && !sentenceStart && !StopWords.Contains(lower));
            if (isName && !hasDigit)
            {
                facts.Names.Add(lower);
            }

            if (!StopWords.Contains(lower) && !hasDigit && !NumberWords.ContainsKey(lower) && !Negations.Contains(lower) && lower.Length > 1)
            {
                facts.Content.Add(stem);
            }

            sentenceStart = endsSentence;
        }

        return facts;
    }

    /// <summary>
    /// Compares two analysed texts; returns the first guard that fails, or <see cref="SemanticGuards.None"/>. The guards
    /// look at near-duplicates only: short texts (questions of up to <see cref="ShortTextContentWords"/> content words), where
    /// one word carries the meaning and embeddings barely move, and longer texts sharing most of their content words. Two
    /// freely reworded long texts differ in names, numbers and little words all the time without changing meaning; there the
    /// similarity threshold decides.
    /// </summary>
    public static SemanticGuards Check(TextFacts query, TextFacts candidate, SemanticGuards guards)
    {
        var isShort = query.Content.Count <= ShortTextContentWords && candidate.Content.Count <= ShortTextContentWords;
        if (!isShort && ContentJaccard(query, candidate) < NearDuplicateJaccard)
        {
            return SemanticGuards.None;
        }

        if ((guards & SemanticGuards.Numbers) != 0 && !query.Numbers.SetEquals(candidate.Numbers))
        {
            return SemanticGuards.Numbers;
        }

        if ((guards & SemanticGuards.Negation) != 0 && (query.NegationCount > 0) != (candidate.NegationCount > 0))
        {
            return SemanticGuards.Negation;
        }

        if ((guards & SemanticGuards.Dates) != 0 && !query.Dates.SetEquals(candidate.Dates))
        {
            return SemanticGuards.Dates;
        }

        if ((guards & SemanticGuards.Entities) != 0 && (!NamesCovered(query, candidate) || !NamesCovered(candidate, query)))
        {
            return SemanticGuards.Entities;
        }

        if ((guards & SemanticGuards.Direction) != 0 && (OppositeDirections(query, candidate) || SwappedEnds(query, candidate)))
        {
            return SemanticGuards.Direction;
        }

        if ((guards & SemanticGuards.Substitution) != 0 && OneForOneSwap(query, candidate))
        {
            return SemanticGuards.Substitution;
        }

        return SemanticGuards.None;
    }

    private static double ContentJaccard(TextFacts a, TextFacts b)
    {
        if (a.Content.Count == 0 && b.Content.Count == 0)
        {
            return 1;
        }

        var shared = 0;
        foreach (var word in a.Content)
        {
            if (b.Content.Contains(word))
            {
                shared++;
            }
        }

        return shared / (double)(a.Content.Count + b.Content.Count - shared);
    }

    private static bool NamesCovered(TextFacts from, TextFacts other)
    {
        foreach (var name in from.Names)
        {
            // "Hugging Face" / "HuggingFace" / "huggingface.js": a name also counts when it appears inside the other text
            // with spaces and punctuation removed.
            if (!other.Words.Contains(name) && !other.Names.Contains(name) && !other.Squashed.Contains(name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the texts use different members of one direction group (one says "enable", the other "disable").</summary>
    private static bool OppositeDirections(TextFacts a, TextFacts b)
    {
        foreach (var (group, member) in a.Directions)
        {
            if (b.Directions.Contains((group, member)))
            {
                continue;
            }

            foreach (var (otherGroup, otherMember) in b.Directions)
            {
                if (otherGroup == group && otherMember != member && !a.Directions.Contains((otherGroup, otherMember)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the word after a relation word ("to", "from", "into", "than", "vs") differs and each text's word appears
    /// elsewhere in the other: "convert USD to EUR" against "convert EUR to USD".
    /// </summary>
    private static bool SwappedEnds(TextFacts a, TextFacts b)
    {
        foreach (var (relation, target) in a.Relations)
        {
            foreach (var (otherRelation, otherTarget) in b.Relations)
            {
                if (relation == otherRelation && target != otherTarget && b.Words.Contains(target) && a.Words.Contains(otherTarget)
                    && !b.Relations.Contains((relation, target)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when exactly one content word of each text is missing from the other and the two are not known synonyms.</summary>
    private static bool OneForOneSwap(TextFacts a, TextFacts b)
    {
        string? onlyA = null;
        var countA = 0;
        foreach (var word in a.Content)
        {
            if (!b.Content.Contains(word))
            {
                onlyA = word;
                if (++countA > 1)
                {
                    return false;
                }
            }
        }

        string? onlyB = null;
        var countB = 0;
        foreach (var word in b.Content)
        {
            if (!a.Content.Contains(word))
            {
                onlyB = word;
                if (++countB > 1)
                {
                    return false;
                }
            }
        }

        if (countA != 1 || countB != 1)
        {
            return false;
        }

        return !(SynonymMember.TryGetValue(onlyA!, out var ga) && SynonymMember.TryGetValue(onlyB!, out var gb) && ga.Group == gb.Group);
    }

    /// <summary>Maps each word to its group and its place in the group (a word in several groups keeps its first).</summary>
    private static Dictionary<string, (int Group, int Member)> BuildGroupIndex(string[][] groups)
    {
        var index = new Dictionary<string, (int Group, int Member)>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Length; g++)
        {
            for (var m = 0; m < groups[g].Length; m++)
            {
                index.TryAdd(groups[g][m], (g, m));
            }
        }

        return index;
    }

    private static string Squash(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 4096));
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string NormalizeNumber(string token)
    {
        var builder = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (c != ',' && c != '_')
            {
                builder.Append(c);
            }
        }

        var text = builder.ToString().TrimStart('$', '€', '£', '#');
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : text;
    }

    /// <summary>A light suffix stripper (enough to match "enabled"/"enabling" to "enabl"); not a full Porter stemmer.</summary>
    internal static string Stem(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
                break;
            }
        }

        if (word.EndsWith('e') || word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        return word.Replace('y', 'i');
    }

    private static readonly string[] Suffixes = ["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "ly", "er", "es"];

    private static List<(string Word, bool Capitalised, bool AllCaps, bool Mixed, bool HasDigit, bool EndsSentence, bool Quoted)> Tokenize(string text)
    {
        var tokens = new List<(string, bool, bool, bool, bool, bool, bool)>();
        var i = 0;
        var inQuote = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '“' or '”' or '`')
            {
                inQuote = !inQuote;
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c) && c is not '$' and not '€' and not '£')
            {
                if (c is '.' or '?' or '!' or '\n' or ':' && tokens.Count > 0)
                {
                    var last = tokens[^1];
                    tokens[^1] = (last.Item1, last.Item2, last.Item3, last.Item4, last.Item5, true, last.Item7);
                }

                i++;
                continue;
            }

            var start = i;
            var upper = 0;
            var letters = 0;
            var digits = 0;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetterOrDigit(ch) || ch is '$' or '€' or '£')
                {
                    if (char.IsUpper(ch))
                    {
                        upper++;
                    }

                    if (char.IsLetter(ch))
                    {
                        letters++;
                    }
                    else if (char.IsDigit(ch))
                    {
                        digits++;
                    }

                    i++;
                }
                else if (ch is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    i++; // "don't" -> "dont"
                }
                else if (ch is '.' or ',' && digits > 0 && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                {
                    i++; // 1,000.50 stays one number
                }
                else
                {
                    break;
                }
            }

            var raw = text[start..i].Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal);
            var capitalised = char.IsUpper(raw[0]);
            var allCaps = letters >= 2 && upper == letters;
            var mixed = letters >= 2 && upper > 0 && !allCaps && !(capitalised && upper == 1);
            tokens.Add((raw, capitalised, allCaps, mixed, digits > 0, false, inQuote));
        }

        return tokens;
    }
}

/// <summary>What <see cref="GuardEvaluator"/> needs of one text.</summary>
internal sealed class TextFacts
{
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Numbers { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Dates { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    public HashSet<(int Group, int Member)> Directions { get; } = [];

    public HashSet<string> Content { get; } = new(StringComparer.Ordinal);

    public HashSet<(string Relation, string Target)> Relations { get; } = [];

    public int NegationCount { get; set; }

    public int WordCount { get; set; }

    public string Squashed { get; init; } = string.Empty;
}
