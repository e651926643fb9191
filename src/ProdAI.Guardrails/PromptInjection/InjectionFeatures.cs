using ProdAI.Guardrails.Normalization;
using ProdAI.Telemetry.Text;

namespace ProdAI.Guardrails.PromptInjection;

/// <summary>
/// Hashed features of the learned classifier, shared by the runtime and the training tool so both see the same thing:
/// character 4-grams (rolling hash), word unigrams and bigrams over the normalised text, plus binary evidence features
/// (rule categories, normalisation findings, scan mode). Allocation-free.
/// </summary>
internal static class InjectionFeatures
{
    public const int Bits = 16;
    public const int Size = 1 << Bits;
    private const int Mask = Size - 1;
    private const uint Prime = 16777619;

    /// <summary>Calls <paramref name="visit"/> for every n-gram feature of <paramref name="text"/>; returns their number.</summary>
    public static int VisitNgrams<TState>(ReadOnlySpan<char> text, ref TState state, Visitor<TState> visit)
    {
        int count = 0;

        // char 4-grams
        if (text.Length >= 4)
        {
            for (int i = 0; i + 4 <= text.Length; i++)
            {
                uint h = 2166136261;
                h = (h ^ text[i]) * Prime;
                h = (h ^ text[i + 1]) * Prime;
                h = (h ^ text[i + 2]) * Prime;
                h = (h ^ text[i + 3]) * Prime;
                visit(ref state, (int)(h & Mask));
                count++;
            }
        }

        // words and bigrams
        uint previous = 0;
        int w = 0;
        while (NextWord(text, ref w, out uint h))
        {
            visit(ref state, (int)(Mix(h, 1) & Mask));
            count++;
            if (previous != 0)
            {
                visit(ref state, (int)(Mix(previous * 31 + h, 2) & Mask));
                count++;
            }

            previous = h;
        }

        return count;
    }

    /// <summary>The shortest sentence (trimmed, in characters) that <see cref="WithoutRepeatedSentences"/> drops when repeated.</summary>
    public const int MinRepeatedSentence = 8;

    /// <summary>
    /// The text the n-gram model reads: every sentence or line (up to <c>. ! ? 。 ！ ？ ؟ ।</c> or a line break, trimmed,
    /// <see cref="MinRepeatedSentence"/> characters or more) that occurred before in the text is left out; the first
    /// occurrence stays where it was. An n-gram sum over the square root of the n-gram count grows with the square root of a
    /// repetition, so a benign sentence repeated twenty times scored as a strong attack, and an attack padded with one
    /// repeated benign sentence faded below the threshold; repeating adds nothing the model should weigh. Returns
    /// <paramref name="text"/> itself when nothing repeats. Linear in the text; comparisons are by content, never by hash alone.
    /// </summary>
    public static string WithoutRepeatedSentences(string text)
    {
        ReadOnlySpan<char> s = text;
        if (s.Length < 2 * MinRepeatedSentence)
        {
            return text;
        }

        // Open addressing over the sentences seen so far, in a pooled table at most half full: a slot holds a sentence's
        // start and length (empty: -1); a probe compares content, so a hash collision costs a comparison, never a sentence.
        int capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * (s.Length / MinRepeatedSentence)) + 2);
        long[] table = System.Buffers.ArrayPool<long>.Shared.Rent(capacity);
        Span<long> slots = table.AsSpan(0, capacity);
        slots.Fill(-1);
        List<(int Start, int End)>? dropped = null;
        int removed = 0;
        try
        {
            for (int start = 0; start < s.Length;)
            {
                int stop = s[start..].IndexOfAny(SentenceEnds);
                int end = stop < 0 ? s.Length : start + stop + 1;
                while (end < s.Length && char.IsWhiteSpace(s[end]))
                {
                    end++;
                }

                ReadOnlySpan<char> raw = s[start..end];
                ReadOnlySpan<char> sentence = raw.Trim();
                if (sentence.Length >= MinRepeatedSentence && Seen(slots, s, sentence, start + (raw.Length - raw.TrimStart().Length)))
                {
                    if (dropped is { Count: > 0 } && dropped[^1].End == start)
                    {
                        dropped[^1] = (dropped[^1].Start, end);
                    }
                    else
                    {
                        (dropped ??= []).Add((start, end));
                    }

                    removed += end - start;
                }

                start = end;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<long>.Shared.Return(table);
        }

        if (dropped is null)
        {
            return text;
        }

        return string.Create(text.Length - removed, (text, dropped), static (span, state) =>
        {
            int kept = 0, written = 0;
            foreach ((int start, int end) in state.dropped)
            {
                state.text.AsSpan(kept, start - kept).CopyTo(span[written..]);
                written += start - kept;
                kept = end;
            }

            state.text.AsSpan(kept).CopyTo(span[written..]);
        });
    }

    // Whether an equal sentence is in the table; if not, adds this one (at offset, with its length).
    private static bool Seen(Span<long> slots, ReadOnlySpan<char> text, ReadOnlySpan<char> sentence, int offset)
    {
        int mask = slots.Length - 1;
        for (int slot = string.GetHashCode(sentence) & mask; ; slot = (slot + 1) & mask)
        {
            long entry = slots[slot];
            if (entry < 0)
            {
                slots[slot] = ((long)offset << 32) | (uint)sentence.Length;
                return false;
            }

            if ((int)entry == sentence.Length && text.Slice((int)(entry >> 32), sentence.Length).SequenceEqual(sentence))
            {
                return true;
            }
        }
    }

    /// <summary>The characters that end a sentence or line (shared with the detector's question and negation checks).</summary>
    internal static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?。！？؟।\n");

    /// <summary>
    /// Features of a sentence's shape for the document-mode segment model: its first word, its first two words (a task
    /// given to an assistant opens with "write", "analyze", "tell me"; an e-mail's call to action with "click", "log in")
    /// whether it ends as a question, whether it is short and wholly in quotes and whether it is a table cell (the
    /// <see cref="TableCell"/> flag of <paramref name="contextBucket"/>); and how much it shares with the rest of its
    /// document (<see cref="SegmentContext"/>), alone and with its first word. Writes up to <see cref="MaxSegmentShape"/>
    /// indices; returns their number.
    /// </summary>
    public static int SegmentShape(ReadOnlySpan<char> segment, int contextBucket, Span<int> indices)
    {
        int count = 0, w = 0, words = 0;
        uint first = 0;
        while (words < 2 && NextWord(segment, ref w, out uint h))
        {
            if (words++ == 0)
            {
                first = h;
                indices[count++] = (int)(Mix(h, 6) & Mask);
            }
            else
            {
                indices[count++] = (int)(Mix((first * 31) + h, 7) & Mask);
            }
        }

        // A sentence that opens with a task verb ("develop a speech …", "enhance your reply …"): the first-word feature
        // knows only the verbs seen first in training; this one carries over to the rest of a list of common English ones.
        if (words > 0 && TaskVerbs.Hashes.Contains(first))
        {
            indices[count++] = (int)(Mix(4, 8) & Mask);
        }

        ReadOnlySpan<char> trimmed = segment.Trim();
        if (trimmed.EndsWith('?'))
        {
            indices[count++] = (int)(Mix(1, 8) & Mask);
        }

        // Short and wholly in quotes: a title, a name or a citation ("I Need You Now" in a table of songs), not a request.
        // Six words at most, so that quoting a whole injected sentence does not lower its score.
        ReadOnlySpan<char> unpunctuated = trimmed.TrimEnd(".,;:!?");
        if (unpunctuated.Length >= 2 && trimmed[0] is '"' or '\'' or '“' or '‘' or '«' && trimmed.Count(' ') <= 5 &&
            unpunctuated.EndsWith(trimmed[0] switch { '“' => '”', '‘' => '’', '«' => '»', char c => c }))
        {
            indices[count++] = (int)(Mix(2, 8) & Mask);
        }

        // A cell of a Markdown table row: a title, a name or a value far more often than a request ("Kiss And Tell",
        // "Return her to me!" in a table of songs).
        if ((contextBucket & TableCell) != 0)
        {
            indices[count++] = (int)(Mix(3, 8) & Mask);
            contextBucket &= ~TableCell;
        }

        indices[count++] = (int)(Mix((uint)contextBucket, 9) & Mask);
        indices[count++] = (int)(Mix((first * 31) + (uint)contextBucket, 10) & Mask);
        return count;
    }

    /// <summary>The most indices <see cref="SegmentShape"/> writes.</summary>
    public const int MaxSegmentShape = 8;

    /// <summary>The number of words (runs of letters and digits) in <paramref name="text"/>, counted up to <paramref name="atMost"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> text, int atMost)
    {
        int words = 0, w = 0;
        while (words < atMost && NextWord(text, ref w, out _))
        {
            words++;
        }

        return words;
    }

    /// <summary>
    /// Added to a <see cref="SegmentContext"/> bucket (0–3) when the sentence sits on a Markdown table row, the shape
    /// <see cref="SegmentShape"/> reads as a table cell.
    /// </summary>
    public const int TableCell = 8;

    // Common English verbs that open a task in the imperative, hashed as NextWord hashes a word (a class of its own, so
    // that only document mode pays for building the set).
    private static class TaskVerbs
    {
        internal static readonly HashSet<uint> Hashes = Build(
            "abbreviate act add adjust adopt advertise advise alert alter analyse analyze announce answer apologise " +
            "apologize append apply argue ask assess assist assume average become begin behave bold book brainstorm " +
            "browse build buy calculate call capitalise capitalize categorise categorize change check cite claim clarify " +
            "classify click close coach code combine compare compile complete compliment compose compute conclude " +
            "condense configure confirm congratulate consider continue contrast convert convince correct count craft " +
            "create criticise criticize customise customize debate debug declare decode decrypt deduce defend define " +
            "delete demonstrate depict deploy describe design develop devise direct disclose discuss display disregard " +
            "divide divulge document donate download draft drop edit educate elaborate emphasise emphasize employ emulate " +
            "encode encourage encrypt end enhance enrol enroll erase estimate evaluate exchange execute expand explain " +
            "expose extend extract fetch fill find finish fix follow forecast forget format formulate forward generate " +
            "get give go greet group guess guide help highlight hint hypothesize identify ignore illustrate imagine " +
            "implement improve include infer inform insert install instruct interpret introduce invent invite invoke " +
            "italicize join keep leak link list locate log look lowercase make measure mention mentor merge misspell mix " +
            "modify monitor multiply narrate navigate note notify obey offer omit open optimise optimize order organise " +
            "organize outline output paraphrase pay personalize persuade plan play point portray post praise predict " +
            "prepare present pretend print produce program promote propose prove provide publish purchase quote rank rate " +
            "read rearrange recite recommend record recount redirect refactor refer reflect register remember remind " +
            "remove repeat rephrase replace reply report respond retrieve reveal reverse review rewrite role roleplay run " +
            "schedule scramble script search sell send separate set setup share shorten show sign simplify simulate sing " +
            "skip solve sort speculate spell split start state stop stress structure subscribe substitute subtract " +
            "suggest sum summarise summarize support swap switch teach tease tell test thank think toggle total track " +
            "train transfer translate trigger tutor tweak underline update upgrade uppercase urge use utilise utilize " +
            "validate verify visit vote warn welcome wrap write");

        private static HashSet<uint> Build(string words)
        {
            var hashes = new HashSet<uint>();
            int w = 0;
            while (NextWord(words, ref w, out uint h))
            {
                hashes.Add(h);
            }

            return hashes;
        }
    }

    // The hash of the next run of letters and digits from position w (advanced past it); false at the end of the text.
    private static bool NextWord(ReadOnlySpan<char> text, ref int w, out uint hash)
    {
        while (w < text.Length && !char.IsLetterOrDigit(text[w]))
        {
            w++;
        }

        hash = 0x811C9DC5 ^ 0x5bd1e995;
        if (w >= text.Length)
        {
            return false;
        }

        while (w < text.Length && char.IsLetterOrDigit(text[w]))
        {
            hash = (hash ^ text[w]) * Prime;
            w++;
        }

        return true;
    }

    public static int Evidence(InjectionCategory category) => (int)(Mix((uint)category + 1000, 3) & Mask);

    public static int Finding(NormalizationFindings finding) => (int)(Mix((uint)finding + 5000, 4) & Mask);

    public static int Mode(InjectionScanMode mode) => (int)(Mix((uint)mode + 9000, 5) & Mask);

    private static uint Mix(uint h, uint salt) => FeatureHashing.Mix(h, salt);

    public delegate void Visitor<TState>(ref TState state, int index);
}
