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
    public const int Bits = 18;
    public const int Size = 1 << Bits;
    private const int Mask = Size - 1;
    private const uint Prime = 16777619;

    /// <summary>Calls <paramref name="visit"/> for every n-gram feature of <paramref name="text"/>; returns their number.</summary>
    public static int VisitNgrams<TState>(ReadOnlySpan<char> text, ref TState state, Visitor<TState> visit)
    {
        int count = 0;

        // char 4-grams
        for (int i = 0; i + 4 <= text.Length; i++)
        {
            visit(ref state, CharGram(text, i));
            count++;
        }

        // words and bigrams
        uint previous = 0;
        int w = 0;
        while (NextWord(text, ref w, out uint h))
        {
            visit(ref state, Word(h));
            count++;
            if (previous != 0)
            {
                visit(ref state, Bigram(previous, h));
                count++;
            }

            previous = h;
        }

        return count;
    }

    /// <summary>
    /// The n-grams of <see cref="VisitNgrams"/> with where each is keyed: a character 4-gram at its first character, a word
    /// at its first character, a bigram at its second word's first character.
    /// </summary>
    public static void VisitNgramsAt<TState>(ReadOnlySpan<char> text, ref TState state, PositionVisitor<TState> visit)
    {
        for (int i = 0; i + 4 <= text.Length; i++)
        {
            visit(ref state, CharGram(text, i), NgramKind.Characters, i);
        }

        uint previous = 0;
        int w = 0;
        while (NextWord(text, ref w, out uint h, out int start))
        {
            visit(ref state, Word(h), NgramKind.Word, start);
            if (previous != 0)
            {
                visit(ref state, Bigram(previous, h), NgramKind.Bigram, start);
            }

            previous = h;
        }
    }

    private static int CharGram(ReadOnlySpan<char> text, int i)
    {
        uint h = 2166136261;
        h = (h ^ text[i]) * Prime;
        h = (h ^ text[i + 1]) * Prime;
        h = (h ^ text[i + 2]) * Prime;
        h = (h ^ text[i + 3]) * Prime;
        return (int)(h & Mask);
    }

    private static int Word(uint h) => (int)(Mix(h, 1) & Mask);

    private static int Bigram(uint previous, uint h) => (int)(Mix((previous * 31) + h, 2) & Mask);

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

        // The cues of an order planted for an automated reader (IndirectCues): each class found, each pair found together and
        // how many — so that the model weighs "an agent is addressed, the user is spoken of, and it is told to keep quiet"
        // together, which no n-gram of a sentence it has not seen can do.
        int cues = IndirectCues.Of(segment);
        for (int a = 0; a < IndirectCues.Classes; a++)
        {
            if ((cues & (1 << a)) == 0)
            {
                continue;
            }

            indices[count++] = (int)(Mix((uint)a, 11) & Mask);
            for (int b = a + 1; b < IndirectCues.Classes; b++)
            {
                if ((cues & (1 << b)) != 0)
                {
                    indices[count++] = (int)(Mix((uint)((a * IndirectCues.Classes) + b), 12) & Mask);
                }
            }
        }

        indices[count++] = (int)(Mix((uint)System.Numerics.BitOperations.PopCount((uint)cues), 13) & Mask);
        return count;
    }

    /// <summary>The most indices <see cref="SegmentShape"/> writes.</summary>
    public const int MaxSegmentShape = 8 + IndirectCues.Classes + (IndirectCues.Classes * (IndirectCues.Classes - 1) / 2) + 1;

    /// <summary>
    /// Word cues of an order planted in data for the AI that reads it, in classes: an automated reader named (an agent, an
    /// assistant, a bot, a model), its user spoken of in the third person ("the user", "the reader"), its output aimed at
    /// ("your summary", "summaries of this"), an action with consequences (forward, export, approve, delete), concealment
    /// ("do not mention", "without telling"), claimed authority (override, directive, verified), a destination (a URL or a
    /// domain) and an address (an automated reader named within the first six words, then a colon, a dash, or a comma and
    /// an order). English words and pairs, the Latin- and Cyrillic-script words of eleven more languages, and substrings for
    /// scripts written without spaces (and Arabic and Devanagari). A class is a feature of the segment model, which learns
    /// what each and each pair weighs.
    /// </summary>
    internal static class IndirectCues
    {
        public const int Classes = 8;

        private const int Agent = 1, UserRef = 2, Output = 4, Action = 8, Conceal = 16, Authority = 32, Destination = 64, Address = 128;

        private static readonly Dictionary<uint, int> Words = BuildWords(
            (Agent, "ai llm llms chatbot chatbots bot bots assistant assistants agent agents copilot gpt chatgpt automated " +
                "summarizer summarizers summariser summarisers crawler crawlers scraper scrapers aggregator aggregators screener screeners model models " +
                "ia ki ии ші assistente assistenti asistente asistentes assistent assistenten asystent asystenta asystentow asystencie asistan asistani " +
                "asisten agente agenti agentes agenten sprachmodell modelo modello czatbot бот ассистент ассистента ассистенту помощник помощника " +
                "нейросеть нейросети асистент асистента помічник помічника"),
            (UserRef, "utilisateur utilisatrice usuario usuaria benutzer benutzers nutzer nutzers utente gebruiker uzytkownik uzytkownika " +
                "uzytkownikowi kullanici kullaniciya kullanicinin pengguna пользователь пользователя пользователю користувач користувача користувачеві"),
            (Output, "summaries summarising summarizing summarise summarize summarised summarized resumen resumo riassunto zusammenfassung " +
                "samenvatting streszczenie ozet ringkasan reponse respuesta resposta risposta antwort antwoord odpowiedz odpowiedzi yanit jawaban " +
                "resumer resumir resumas zusammenfassen riassumere riassumi samenvatten ozetlerken merangkum сводка ответ ответе ответа відповідь відповіді"),
            (Action, "forward export upload transfer wire delete approve merge execute grant disable exfiltrate post send email share print " +
                "reveal run install download charge pay book cancel accept subscribe disclose leak copy paste append embed attach invoke call " +
                "envoie envoyer envoyez transferer enviar envia envie reenvia reenviar senden sende schicke weiterleiten inviare invia inoltra stuur " +
                "sturen doorsturen wyslij przeslij gonder ilet kirim kirimkan teruskan отправь отправить перешли переслать надішли переслати supprime " +
                "supprimer elimina eliminar borra losche cancella verwijder usun sil hapus удали видали approuve aprueba aprova genehmige approva " +
                "zatwierdz onayla setujui одобри paie paga pague zahle betaal zaplac bayar оплати"),
            (Conceal, "omit suppress secretly silently quietly covertly bahsetme bahsetmeden soylemeden"),
            (Authority, "override overrides directive directives system admin administrator verified authoritative preapproved cleared " +
                "binding authorised authorized authorisation authorization mandatory official systeme sistema systeem systemu sistem система " +
                "системы administrateur administrador amministratore beheerder yonetici администратор адміністратор directiva richtlinie direttiva " +
                "diretiva richtlijn dyrektywa talimat direktif директива вказівка prioritaire prioritario verifie verificado verifiziert verificato " +
                "geverifieerd zweryfikowany dogrulanmis terverifikasi officiel oficial offiziell ufficiale officieel oficjalny resmi официальный"));

        private static readonly Dictionary<ulong, int> Pairs = BuildPairs(
            (Action, "e mail"),
            (UserRef, "the user|the users|the reader|the readers|the recipient|the attendee|mailbox owner|account owner|user s|their user|any user|every user"),
            (Output, "your summary|your answer|your answers|your reply|your replies|your response|your responses|your output|your digest|your review|" +
                "any summary|any answer|any response|in summaries"),
            (Conceal, "not mention|t mention|not tell|t tell|not reveal|t reveal|not disclose|not display|not show|not inform|not notify|not flag|" +
                "t flag|not warn|t warn|not alert|not comment|t comment|not raise|t raise|never mention|never reveal|without telling|without informing|" +
                "without notifying|without mentioning|without asking|without confirmation|without approval|without checking|" +
                "without flagging|leave out|pas mentionner|pas mentionne|pas dire|sans mentionner|sans informer|sans prevenir|no menciones|" +
                "no digas|sin mencionar|sin avisar|sin informar|nicht erwahnen|nicht erwahnt|nicht mitteilen|non menzionare|non dire|senza avvisare|" +
                "senza dire|nao mencione|nao mencionar|sem avisar|sem mencionar|niet vermelden|nie wspominaj|nie informuj|jangan sebutkan|" +
                "jangan beri|tanpa memberi|не упоминай|не сообщай|не говори|не згадуй|не повідомляй"));

        // Scripts without spaces between words (and Arabic and Devanagari, whose words the lists above do not hold): found as
        // substrings, only in a segment with such letters.
        private static readonly (string Text, int Class)[] Substrings =
        [
            .. Class(Agent, "助手", "人工智能", "人工智慧", "アシスタント", "チャットボット", "人工知能", "어시스턴트", "챗봇", "인공지능", "المساعد", "الذكاء الاصطناعي", "सहायक", "एआई", "असिस्टेंट"),
            .. Class(UserRef, "用户", "用戶", "使用者", "ユーザー", "利用者", "사용자", "이용자", "المستخدم", "उपयोगकर्ता", "यूज़र"),
            .. Class(Output, "回答", "回复", "回覆", "答复", "摘要", "总结", "總結", "要約", "返信", "답변", "요약", "응답", "الرد", "ملخص", "إجابتك", "उत्तर", "जवाब", "सारांश"),
            .. Class(Conceal, "不要提及", "不要告诉", "不要告訴", "不要透露", "不要提到", "勿提及", "触れないで", "言及しないで", "伝えないで", "知らせずに", "언급하지", "알리지", "말하지 마", "لا تذكر", "لا تخبر", "دون إبلاغ", "न बताएं", "उल्लेख न"),
            .. Class(Action, "发送", "發送", "转发", "轉發", "上传", "删除", "刪除", "送信", "転送", "削除", "보내", "전송", "삭제", "أرسل", "ارسل", "احذف", "भेजें", "हटाएं"),
            .. Class(Authority, "系统", "系統", "管理员", "管理員", "システム", "管理者", "시스템", "관리자", "النظام", "المسؤول", "सिस्टम", "व्यवस्थापक"),
            .. Class(Address, "ai助手", "给ai", "致ai", "aiへ", "アシスタントへ", "ai에게", "어시스턴트에게", "إلى المساعد", "للمساعد", "एआई के लिए", "सहायक के लिए"),
        ];

        private static IEnumerable<(string, int)> Class(int cls, params string[] texts) => texts.Select(t => (t, cls));

        /// <summary>The cue classes of a normalised (lower-case) segment, one bit each.</summary>
        public static int Of(ReadOnlySpan<char> segment)
        {
            int cues = 0, w = 0, index = 0;
            uint previous = 0, beforePrevious = 0;
            while (NextWord(segment, ref w, out uint h))
            {
                if (Words.TryGetValue(h, out int c))
                {
                    cues |= c;
                    if ((c & Agent) != 0 && index < 6 && IsAddressMark(segment, w))
                    {
                        cues |= Address;
                    }
                }

                // "don't mention" is a pair of "t" and "mention" after "don", not "didn't mention" or "can't tell".
                if (index > 0 && Pairs.TryGetValue(((ulong)previous << 32) | h, out c) && (previous != T || beforePrevious == Don))
                {
                    cues |= c;
                }

                beforePrevious = previous;
                previous = h;
                index++;
            }

            if (segment.ContainsAnyInRange('\u3040', '\u9FFF') || segment.ContainsAnyInRange('\uAC00', '\uD7AF') ||
                segment.ContainsAnyInRange('\u0600', '\u06FF') || segment.ContainsAnyInRange('\u0900', '\u097F'))
            {
                foreach ((string text, int cls) in Substrings)
                {
                    if ((cues & cls) == 0 && segment.Contains(text, StringComparison.Ordinal))
                    {
                        cues |= cls;
                    }
                }
            }

            if (segment.Contains("://", StringComparison.Ordinal) || segment.Contains("www.", StringComparison.Ordinal) || HasDomain(segment))
            {
                cues |= Destination;
            }

            return cues;
        }

        // A colon or a dash right after the word (spaces allowed before them, as French sets a colon), or a comma followed by
        // an order: "log-analysis ai: …", "assistant ia : …", "hey agent — …", "crm assistant, export …", "bot, please …" —
        // not "the ai, data and cloud teams", "our agents, trained on …".
        private static bool IsAddressMark(ReadOnlySpan<char> segment, int end)
        {
            ReadOnlySpan<char> rest = segment[end..].TrimStart(' ');
            if (rest.Length == 0)
            {
                return false;
            }

            if (rest[0] == ':' || (rest[0] is '-' or '—' or '–' && (rest.Length == 1 || rest[1] == ' ')))
            {
                return true;
            }

            int w = 1;
            return rest[0] == ',' && NextWord(rest, ref w, out uint next) && (TaskVerbs.Hashes.Contains(next) || Orders.Contains(next));
        }

        private static readonly uint T = Hash("t"), Don = Hash("don");

        // Words that open an order besides the task verbs: "assistant, please …", "bot, do not …", "agent, never …".
        private static readonly HashSet<uint> Orders = [Hash("please"), Hash("do"), Hash("don"), Hash("never"), Hash("always"), Hash("kindly"), Hash("make"), Hash("be")];

        private static uint Hash(string word) => WordHashes(word).First();

        // A word.tld with a common top-level domain ("deals.shop/…", "northwind-audit.net").
        private static bool HasDomain(ReadOnlySpan<char> segment)
        {
            for (int from = 0; ;)
            {
                int found = segment[from..].IndexOf('.');
                if (found < 0)
                {
                    return false;
                }

                int dot = from + found;
                from = dot + 1;
                if (dot < 1 || !char.IsAsciiLetterOrDigit(segment[dot - 1]) ||
                    (dot >= 2 && !char.IsAsciiLetterOrDigit(segment[dot - 2]) && !IsLabelStart(segment[dot - 2])))
                {
                    continue;
                }

                int end = dot + 1;
                while (end < segment.Length && char.IsAsciiLetterLower(segment[end]))
                {
                    end++;
                }

                if (end - dot - 1 is < 2 or > 5 || (end < segment.Length && char.IsAsciiLetterOrDigit(segment[end])) || !Tlds.Contains(segment[(dot + 1)..end]))
                {
                    continue;
                }

                // Only a name with a known top-level domain is read back to its start, for the look-alikes.
                int label = dot - 1;
                while (label > 0 && (char.IsAsciiLetterOrDigit(segment[label - 1]) || segment[label - 1] == '-'))
                {
                    label--;
                }

                if (!NotDomains.Contains(segment[label..end]))
                {
                    return true;
                }
            }
        }

        // A one-letter label ("x.com", "t.me") starts after a space, a slash or a quote.
        private static bool IsLabelStart(char c) => char.IsWhiteSpace(c) || c is '/' or '"' or '\'' or '(' or '<' or '@';

        // Names of frameworks and files that look like domains.
        private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotDomains = System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["asp.net", "vb.net", "ado.net", "dot.net", "socket.io", "makefile.in", "requirements.in", "setup.in", "config.in"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Tlds = System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["com", "net", "org", "io", "co", "app", "shop", "info", "xyz", "site", "online", "live", "top", "biz", "me", "ru", "cn", "de",
             "uk", "es", "fr", "it", "pt", "nl", "pl", "jp", "br", "in", "us", "cc", "ai", "dev", "store", "link", "click", "tk", "ly", "gl"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        private static Dictionary<uint, int> BuildWords(params (int Class, string Words)[] classes)
        {
            var map = new Dictionary<uint, int>();
            foreach ((int cls, string words) in classes)
            {
                foreach (uint h in WordHashes(words))
                {
                    map[h] = map.GetValueOrDefault(h) | cls;
                }
            }

            return map;
        }

        private static Dictionary<ulong, int> BuildPairs(params (int Class, string Pairs)[] classes)
        {
            var map = new Dictionary<ulong, int>();
            foreach ((int cls, string pairs) in classes)
            {
                foreach (string pair in pairs.Split('|'))
                {
                    uint[] words = [.. WordHashes(pair)];
                    ulong key = ((ulong)words[0] << 32) | words[1];
                    map[key] = map.GetValueOrDefault(key) | cls;
                }
            }

            return map;
        }
    }

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
        internal static readonly HashSet<uint> Hashes = [.. WordHashes(
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
            "validate verify visit vote warn welcome wrap write")];
    }

    // The hashes of the words of a word list, as NextWord hashes them (for building lookup tables once, at start-up).
    private static IEnumerable<uint> WordHashes(string words)
    {
        for (int w = 0; NextWord(words, ref w, out uint h);)
        {
            yield return h;
        }
    }

    // The hash of the next run of letters and digits from position w (advanced past it); false at the end of the text.
    private static bool NextWord(ReadOnlySpan<char> text, ref int w, out uint hash) => NextWord(text, ref w, out hash, out _);

    private static bool NextWord(ReadOnlySpan<char> text, ref int w, out uint hash, out int start)
    {
        while (w < text.Length && !char.IsLetterOrDigit(text[w]))
        {
            w++;
        }

        start = w;

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

    public delegate void PositionVisitor<TState>(ref TState state, int index, NgramKind kind, int position);

    public enum NgramKind
    {
        Characters,
        Word,
        Bigram,
    }
}
