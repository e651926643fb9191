using System.Text.RegularExpressions;

namespace ProdAI.Guardrails.PromptInjection;

// The vocabulary rules (twenty-second session): for the fifteen languages the classifier has no data in, an override and
// an extraction pattern each — extraction only in Chinese, Japanese and Korean, where without spaces between words a verb
// of forgetting, "all" and "rules" turn up inside a story as easily as in an order. Generated from word lists that a helper
// session wrote from its own knowledge of the languages, not from any evaluation set: the imperatives of ignoring and of
// showing, the nouns of instructions and of the hidden prompt, the qualifiers "previous", "all", "your own", in the
// inflected forms people type. An override needs a verb, a qualifier and a noun in one sentence, in the order of the
// language (Turkish, Persian and Hindi put the verb last); an extraction needs a verb of
// showing and the hidden prompt. They decide in a prompt, like the other rules of these languages, with the same negation
// and question checks; in a document they stay silent (a Dutch policy may well say "negeer de vorige versie van deze
// richtlijnen"). Do not edit by hand: eng/generate-vocabulary-rules.py writes this file from
// tools/ProdAI.Guardrails.Training/Data/rule-vocabulary.json (the lists, normalised as the rules read text).
internal static partial class InjectionRules
{
    // The gaps between a pattern's words: within one sentence, 40 characters at most (15 between a noun and its qualifier).
    private const string VocabularyGap = @"[^.!?;。！？؟।\n]{0,40}";

    private const string VocabularyNear = @"[^.!?;。！？؟।\n]{0,15}";

    private const string DutchIgnoreVerbs =
        @"\b(stop met het volgen van|houd geen rekening met|hou geen rekening met|trek je niets aan van|negeer alsjeblieft|volg niet meer|schuif opzij" +
        @"|laat varen|negeer aub|negeert u|vergeet u|zet opzij|omzeilen|vergeten|negeren|vergeet|negeer|omzeil)\b";

    private const string DutchInstructionNouns =
        @"\b(systeeminstructies|veiligheidsbeleid|veiligheidsregels|contentbeleid|programmering|systeemprompt|voorschriften|aanwijzingen|configuratie" +
        @"|instellingen|beperkingen|directieven|instructies|restricties|richtlijnen|instructie|opdrachten|limieten|bevelen|grenzen|regels)";

    private const string DutchQualifiers =
        @"\b(die je hebt ontvangen|die je hebt gekregen|oorspronkelijke|bovenstaande|voorgaande|hierboven|originele|initiele|eerdere|gegeven|vorige|al je|al uw" +
        @"|eigen|alle|jouw|oude|uw)";

    private const string DutchRevealVerbs =
        @"\b(laat eens zien|laat me zien|schrijf uit|schrijf op|geef weer|laat zien|vertel me|stuur me|druk af|geef me|herhaal|kopieer|schrijf|toon me|vermeld" +
        @"|vertaal|citeer|onthul|som op|vertel|zeg me|geef|plak|toon)\b";

    private const string DutchHiddenPromptNouns =
        @"\b(wat de ontwikkelaars je hebben verteld|de tekst voor mijn eerste bericht|je oorspronkelijke instructies|uw oorspronkelijke instructies" +
        @"|verborgen instructies|initiele instructies|geheime instructies|begininstructies)";

    [GeneratedRegex(
        DutchIgnoreVerbs + VocabularyGap + DutchQualifiers + VocabularyGap + DutchInstructionNouns + "|" +
        DutchIgnoreVerbs + VocabularyGap + DutchInstructionNouns + VocabularyNear + DutchQualifiers,
        Options)]
    internal static partial Regex DutchVocabularyOverride();

    [GeneratedRegex(
        DutchRevealVerbs + VocabularyGap + DutchHiddenPromptNouns + "|" +
        DutchHiddenPromptNouns + VocabularyGap + DutchRevealVerbs,
        Options)]
    internal static partial Regex DutchVocabularyExtraction();

    private const string PolishIgnoreVerbs =
        @"\b(przestan sie stosowac do|przestan przestrzegac|nie zwracaj uwagi na|nie stosuj sie do|prosze zignorowac|przestan stosowac|nie przestrzegaj" +
        @"|prosze zapomniec|odloz na bok|zapomnijcie|zignorujcie|ignorujcie|zapomnij|zignoruj|ignoruj|olej)\b";

    private const string PolishInstructionNouns =
        @"\b(polityke bezpieczenstwa|zasady bezpieczenstwa|prompt systemowy|monit systemowy|zabezpieczenia|programowanie|instrukcjami|konfiguracje|ograniczenia" +
        @"|instrukcje|instrukcji|ograniczen|ustawienia|wytycznych|dyrektywy|polecenia|wytyczne|filtrow|polecen|filtry|limity|nakazy|reguly|zakazy|zasady|zasad)";

    private const string PolishQualifiers =
        @"\b(ktore otrzymales|wczesniejszych|dotychczasowe|ktore ci dano|wczesniejsze|poprzednich|oryginalne|poczatkowe|poprzednie|powyzszych|wszystkich" +
        @"|otrzymane|pierwotne|wszystkie|powyzsze|twoich|stare|swoje|twoje)";

    private const string PolishRevealVerbs =
        @"\b(prosze pokazac|przeslij mi|przetlumacz|powiedz mi|wyslij mi|podaj mi|pokazcie|przytocz|wydrukuj|wyswietl|powiedz|powtorz|skopiuj|ujawnij|zacytuj" +
        @"|daj mi|napisz|wymien|wypisz|zdradz|podaj|pokaz|wklej)\b";

    private const string PolishHiddenPromptNouns =
        @"\b(tekst przed moja pierwsza wiadomoscia|co powiedzieli ci programisci|twoje oryginalne instrukcje|twoje pierwotne instrukcje|poczatkowe instrukcje" +
        @"|ukryte instrukcje)";

    [GeneratedRegex(
        PolishIgnoreVerbs + VocabularyGap + PolishQualifiers + VocabularyGap + PolishInstructionNouns + "|" +
        PolishIgnoreVerbs + VocabularyGap + PolishInstructionNouns + VocabularyNear + PolishQualifiers,
        Options)]
    internal static partial Regex PolishVocabularyOverride();

    [GeneratedRegex(
        PolishRevealVerbs + VocabularyGap + PolishHiddenPromptNouns + "|" +
        PolishHiddenPromptNouns + VocabularyGap + PolishRevealVerbs,
        Options)]
    internal static partial Regex PolishVocabularyExtraction();

    private const string RussianIgnoreVerbs =
        @"\b(не обращайте внимания на|не обращай внимания на|перестаньте следовать|перестань следовать|больше не следуй|проигнорируйте|проигнорируй|игнорируйте" +
        @"|игнорируй|наплюй на|не следуй|забей на|забудьте|плюнь на|забудь)\b";

    private const string RussianInstructionNouns =
        @"\b(политики безопасности|политику безопасности|правила безопасности|системную подсказку|программирование|системный промпт|конфигурацию|рекомендации" +
        @"|инструкциям|ограничений|ограничения|инструкции|инструкций|директивы|настройки|установки|указаний|указания|фильтров|запреты|команды|правила|приказы" +
        @"|фильтры|лимиты|правил)";

    private const string RussianQualifiers =
        @"\b(которые ты получил|первоначальные|вышеуказанные|оригинальные|данные тебе|изначальные|полученные|предыдущие|предыдущих|исходные|прежние|прежних" +
        @"|старые|ранее|ваши|всех|выше|свои|твои|все)";

    private const string RussianRevealVerbs =
        @"\b(отправь мне|распечатай|напечатай|перечисли|повторите|раскройте|выведите|напишите|отобрази|переведи|покажите|расскажи|скопируй|дай мне|повтори" +
        @"|раскрой|скажите|вставь|выведи|напиши|покажи|пришли|дайте|скажи|дай)\b";

    private const string RussianHiddenPromptNouns =
        @"\b(текст перед моим первым сообщением|что тебе сказали разработчики|твои изначальные инструкции|ваши исходные инструкции|первоначальный промпт" +
        @"|начальные инструкции|исходные инструкции|скрытые инструкции)";

    [GeneratedRegex(
        RussianIgnoreVerbs + VocabularyGap + RussianQualifiers + VocabularyGap + RussianInstructionNouns + "|" +
        RussianIgnoreVerbs + VocabularyGap + RussianInstructionNouns + VocabularyNear + RussianQualifiers,
        Options)]
    internal static partial Regex RussianVocabularyOverride();

    [GeneratedRegex(
        RussianRevealVerbs + VocabularyGap + RussianHiddenPromptNouns + "|" +
        RussianHiddenPromptNouns + VocabularyGap + RussianRevealVerbs,
        Options)]
    internal static partial Regex RussianVocabularyExtraction();

    private const string UkrainianIgnoreVerbs =
        @"\b(перестаньте дотримуватися|перестань дотримуватися|більше не дотримуйся|не звертай уваги на|не зважайте на|не дотримуйся|не зважай на|проігноруйте" +
        @"|проігноруй|наплюй на|ігноруйте|забий на|забудьте|ігноруй|забудь)\b";

    private const string UkrainianInstructionNouns =
        @"\b(системну підказку|політику безпеки|системний промпт|правила безпеки|програмування|конфігурацію|налаштування|рекомендації|інструкцій|інструкції" +
        @"|директиви|настанови|обмеження|вказівки|вказівок|заборони|обмежень|фільтрів|команди|правила|фільтри|ліміти|накази|правил)";

    private const string UkrainianQualifiers =
        @"\b(які ти отримав|вищезазначені|надані тобі|оригінальні|попередніх|попередні|початкові|отримані|первісні|вихідні|раніше|старі|ваші|вище|свої|твої|усіх" +
        @"|всі|усі)";

    private const string UkrainianRevealVerbs =
        @"\b(надішли мені|відобрази|переклади|повторіть|роздрукуй|розкрийте|виведіть|дай мені|надрукуй|напишіть|перелічи|покажіть|процитуй|повтори|розкажи" +
        @"|розкрий|скажіть|скопіюй|виведи|напиши|покажи|встав|дайте|скажи|дай)\b";

    private const string UkrainianHiddenPromptNouns =
        @"\b(текст перед моїм першим повідомленням|твої оригінальні інструкції|що тобі сказали розробники|ваші початкові інструкції|початкові інструкції" +
        @"|приховані інструкції|початковий промпт)";

    [GeneratedRegex(
        UkrainianIgnoreVerbs + VocabularyGap + UkrainianQualifiers + VocabularyGap + UkrainianInstructionNouns + "|" +
        UkrainianIgnoreVerbs + VocabularyGap + UkrainianInstructionNouns + VocabularyNear + UkrainianQualifiers,
        Options)]
    internal static partial Regex UkrainianVocabularyOverride();

    [GeneratedRegex(
        UkrainianRevealVerbs + VocabularyGap + UkrainianHiddenPromptNouns + "|" +
        UkrainianHiddenPromptNouns + VocabularyGap + UkrainianRevealVerbs,
        Options)]
    internal static partial Regex UkrainianVocabularyExtraction();

    private const string TurkishIgnoreVerbs =
        @"\b(takip etmeyi birak|bir kenara birak|dikkate almayin|gormezden gelin|gormezden gel|dikkate alma|uymayi birak|artik uyma|yok sayin|onemseme|aldirma" +
        @"|bos ver|uymayin|yok say|bosver|unutun|unut)\b";

    private const string TurkishInstructionNouns =
        @"\b(guvenlik politikalarini|guvenlik kurallarini|sistem promptunu|kisitlamalarini|sistem istemini|konfigurasyonu|yapilandirmayi|kisitlamalari" +
        @"|programlamani|sinirlamalari|talimatlarini|yonergelerini|direktifleri|filtrelerini|talimatlarin|kurallarini|sinirlarini|talimatlari|yonergeleri" +
        @"|ayarlarini|filtreleri|talimatlar|komutlari|kurallari|sinirlari|ayarlari|emirleri|kurallar)";

    private const string TurkishQualifiers =
        @"\b(simdiye kadarki|baslangictaki|sana verilen|size verilen|daha onceki|yukaridaki|aldiginiz|orijinal|yukarida|aldigin|onceden|onceki|butun|kendi|asil" +
        @"|eski|her|ilk|tum)";

    private const string TurkishRevealVerbs =
        @"\b(aciga cikar|bana gonder|bana goster|tekrarlayin|bana soyle|cikti ver|alintila|bana ver|gosterin|soyleyin|tekrarla|yapistir|yazdirin|ifsa et|kopyala" +
        @"|listele|gonder|goster|sirala|yazdir|cevir|soyle|yazin|ver|yaz)\b";

    private const string TurkishHiddenPromptNouns =
        @"\b(gelistiricilerin sana soylediklerini|ilk mesajimdan onceki metni|orijinal talimatlarini|baslangic talimatlari|gizli talimatlari|gizli talimatlar" +
        @"|ilk talimatlar)";

    [GeneratedRegex(
        TurkishQualifiers + VocabularyGap + TurkishInstructionNouns + VocabularyGap + TurkishIgnoreVerbs + "|" +
        TurkishInstructionNouns + VocabularyNear + TurkishQualifiers + VocabularyGap + TurkishIgnoreVerbs,
        Options)]
    internal static partial Regex TurkishVocabularyOverride();

    [GeneratedRegex(
        TurkishRevealVerbs + VocabularyGap + TurkishHiddenPromptNouns + "|" +
        TurkishHiddenPromptNouns + VocabularyGap + TurkishRevealVerbs,
        Options)]
    internal static partial Regex TurkishVocabularyExtraction();

    private const string ArabicIgnoreVerbs =
        @"\b(توقف عن اتباع|من فضلك تجاهل|لا تتقيد ب|لا تلتزم ب|تجاهلوا|تغاض عن|خليك من|سيبك من|لا تتبع|تجاهلي|فكك من|تجاهل|انسى|انسي|تناس|انس|طنش)\b";

    private const string ArabicInstructionNouns =
        @"\b(سياسات السلامة|سياسات الأمان|سياسة المحتوى|موجه النظام|الإرشادات|الإعدادات|التعليمات|التوجيهات|إرشاداتك|إعداداتك|المرشحات|تعليماتك|توجيهاتك|الأوامر" +
        @"|البرمجة|التكوين|الضوابط|الفلاتر|القواعد|تعليمات|أوامرك|الحدود|القيود|برمجتك|قواعدك|حدودك|قيودك)";

    private const string ArabicQualifiers =
        @"\b(المذكورة أعلاه|التي تلقيتها|المعطاة لك|الخاصة بك|اللي فوق|اللي قبل|الأصلية|الأولية|السابقة|القديمة|الماضية|السابق|أعلاه|جميع|كافة|كل)";

    private const string ArabicRevealVerbs =
        @"\b(أرسل لي|أخبرني|ابعتلي|اخبرني|اكتبلي|فرجيني|أعطني|اعرضي|اعطني|اكشفي|قل لي|وريني|أظهر|اطبع|اظهر|اعرض|اكتب|اكشف|الصق|انسخ|ترجم|قولي|كرري|عدد|كرر)\b";

    private const string ArabicHiddenPromptNouns =
        @"\b(النص الذي قبل رسالتي الأولى|ما قاله لك المطورون|النص قبل أول رسالة|التعليمات الأولية|التعليمات المخفية|التعليمات الخفية|تعليماتك الأصلية" +
        @"|الأوامر المخفية)";

    [GeneratedRegex(
        ArabicIgnoreVerbs + VocabularyGap + ArabicQualifiers + VocabularyGap + ArabicInstructionNouns + "|" +
        ArabicIgnoreVerbs + VocabularyGap + ArabicInstructionNouns + VocabularyNear + ArabicQualifiers,
        Options)]
    internal static partial Regex ArabicVocabularyOverride();

    [GeneratedRegex(
        ArabicRevealVerbs + VocabularyGap + ArabicHiddenPromptNouns + "|" +
        ArabicHiddenPromptNouns + VocabularyGap + ArabicRevealVerbs,
        Options)]
    internal static partial Regex ArabicVocabularyExtraction();

    private const string PersianIgnoreVerbs =
        @"\b(دیگه پیروی نکن|نادیده بگیرید|کنار بگذارید|صرفنظر کنید|فراموش کنید|نادیده بگیر|پیروی نکنید|توجه نکنید|صرف نظر کن|کنار بگذار|اعتنا نکن|بیخیال شو" +
        @"|رعایت نکن|صرفنظر کن|فراموش کن|پیروی نکن|کنار بذار|توجه نکن|بیخیال)\b";

    private const string PersianInstructionNouns =
        @"\b(سیاستهای امنیتی|دستورالعملهایت|سیاستهای ایمنی|دستورالعملهات|پرامپت سیستمی|برنامهریزیات|دستورالعملها|محدودیتهایت|برنامهریزی|پیکربندیات|فیلترهایت" +
        @"|محدودیتها|تنظیماتت|دستوراتت|رهنمودها|پیکربندی|چارچوبها|تنظیمات|دستورات|دستورها|فیلترها|قوانینت|قوانین|قواعد|اصول)";

    private const string PersianQualifiers =
        @"\b(که به تو داده شده|که دریافت کردی|که بهت دادن|بالایی|اولیه|تمامی|قدیمی|پیشین|اصلی|بالا|تمام|خودت|سابق|قبلی|همهٔ|همهی|قبل|همه)";

    private const string PersianRevealVerbs =
        @"\b(برام بفرست|تکرار کنید|نشان بدهید|به من بده|به من بگو|نشونم بده|آشکار کن|ترجمه کن|تکرار کن|فهرست کن|نشان بده|نشون بده|بنویسید|بهم بده|بهم بگو" +
        @"|لیست کن|پیست کن|بگویید|فاش کن|چاپ کن|کپی کن|بفرست|بنویس|بده|بگو)\b";

    private const string PersianHiddenPromptNouns =
        @"\b(آنچه توسعهدهندگان به تو گفتهاند|چیزی که توسعهدهندگان بهت گفتن|متن قبل از اولین پیام من|دستورالعملهای اصلیات|دستورالعملهای اولیه|دستورالعملهای پنهان" +
        @"|دستورات اصلیت|دستورات مخفی)";

    [GeneratedRegex(
        PersianQualifiers + VocabularyGap + PersianInstructionNouns + VocabularyGap + PersianIgnoreVerbs + "|" +
        PersianInstructionNouns + VocabularyNear + PersianQualifiers + VocabularyGap + PersianIgnoreVerbs,
        Options)]
    internal static partial Regex PersianVocabularyOverride();

    [GeneratedRegex(
        PersianRevealVerbs + VocabularyGap + PersianHiddenPromptNouns + "|" +
        PersianHiddenPromptNouns + VocabularyGap + PersianRevealVerbs,
        Options)]
    internal static partial Regex PersianVocabularyExtraction();

    private const string HindiIgnoreVerbs =
        @"\b(पालन करना बंद करो|नज़रअंदाज़ करें|नज़रअंदाज़ करो|नजरअंदाज करें|मानना बंद करो|अनदेखा कीजिए|नजरअंदाज करो|अनदेखा करें|इग्नोर करें|दरकिनार करो" +
        @"|ध्यान न दें|ध्यान मत दो|पालन मत करो|अनदेखा करो|इग्नोर करो|भूल जाइए|भूल जाएँ|भूल जाएं|भूल जाओ|मत मानो)([\s,.!?।]|$)";

    private const string HindiInstructionNouns =
        @"\b(सिस्टम प्रॉम्प्ट|सुरक्षा नीतियां|सुरक्षा नीतियों|दिशानिर्देशों|कॉन्फ़िगरेशन|दिशा-निर्देश|निर्देशों को|प्रोग्रामिंग|दिशानिर्देश|प्रतिबंधों|नियमों को" +
        @"|निर्देशों|पाबंदियां|पाबंदियों|प्रतिबंध|सेटिंग्स|हिदायतें|निर्देश|फ़िल्टर|अनुदेश|आदेशों|नियमों|फिल्टर|सीमाएँ|सीमाएं|सीमाओं|आदेश|नियम)";

    private const string HindiQualifiers =
        @"\b(जो तुम्हें मिले|तुम्हें दिए गए|आपको दिए गए|ऊपर दिए गए|पहले वाले|प्रारंभिक|ऊपर वाले|पहले के|शुरुआती|ऊपर के|पुराने|पिछली|पिछले|अपने|असली|सारी|सारे" +
        @"|मूल|सभी|सब)";

    private const string HindiRevealVerbs =
        @"\b(अनुवाद करो|प्रिंट करो|मुझे दिखाओ|उजागर करो|पेस्ट करो|प्रकट करो|मुझे बताओ|सूची बनाओ|कॉपी करो|दिखा दो|दोहराइए|मुझे दो|दिखाइए|दिखाएं|दोहराओ|भेज दो" +
        @"|लिख दो|दिखाओ|दे दो|बताइए|बताएं|लिखिए|बताओ|भेजो|लिखो)([\s,.!?।]|$)";

    private const string HindiHiddenPromptNouns =
        @"\b(मेरे पहले संदेश से पहले का टेक्स्ट|डेवलपर्स ने तुम्हें क्या कहा|डेवलपर्स ने तुम्हें जो बताया|तुम्हारे मूल निर्देश|प्रारंभिक निर्देश" +
        @"|आपके मूल निर्देश|छिपे हुए निर्देश|शुरुआती निर्देश|छुपे निर्देश)";

    [GeneratedRegex(
        HindiQualifiers + VocabularyGap + HindiInstructionNouns + VocabularyGap + HindiIgnoreVerbs + "|" +
        HindiInstructionNouns + VocabularyNear + HindiQualifiers + VocabularyGap + HindiIgnoreVerbs,
        Options)]
    internal static partial Regex HindiVocabularyOverride();

    [GeneratedRegex(
        HindiRevealVerbs + VocabularyGap + HindiHiddenPromptNouns + "|" +
        HindiHiddenPromptNouns + VocabularyGap + HindiRevealVerbs,
        Options)]
    internal static partial Regex HindiVocabularyExtraction();

    private const string ChineseRevealVerbs =
        @"(发给我|告訴我|告诉我|發給我|給我看|给我看|写出|列出|列印|复制|寫出|展示|打印|揭示|显示|粘贴|給我|给我|翻譯|翻译|複製|貼上|輸出|输出|透露|重复|重複|顯示)";

    private const string ChineseHiddenPromptNouns =
        @"(我第一則訊息之前的文字|我第一条消息之前的文字|开发者告诉你的内容|開發者告訴你的內容|你的原始指令|初始指令|隐藏指令|隱藏指令)";

    [GeneratedRegex(
        ChineseRevealVerbs + VocabularyGap + ChineseHiddenPromptNouns + "|" +
        ChineseHiddenPromptNouns + VocabularyGap + ChineseRevealVerbs,
        Options)]
    internal static partial Regex ChineseVocabularyExtraction();

    private const string JapaneseRevealVerbs =
        @"(繰り返してください|出力してください|表示してください|そのまま出して|教えてください|見せてください|全文を出して|コピーして|一覧にして|書き出して|繰り返して|貼り付けて|出力して|列挙して|印刷して|明かして|暴露して|翻訳して|表示して|開示して|教えて|書いて|見せて|言って|送って)";

    private const string JapaneseHiddenPromptNouns =
        @"(私の最初のメッセージより前のテキスト|最初のメッセージの前の文章|開発者があなたに伝えたこと|あなたの本来の指示|開発者からの指示|隠された指示|事前の指示|最初の指示|元の指示|初期指示|隠し指示)";

    [GeneratedRegex(
        JapaneseRevealVerbs + VocabularyGap + JapaneseHiddenPromptNouns + "|" +
        JapaneseHiddenPromptNouns + VocabularyGap + JapaneseRevealVerbs,
        Options)]
    internal static partial Regex JapaneseVocabularyExtraction();

    private const string KoreanRevealVerbs =
        @"(출력해 주세요|말해 주세요|보여 주세요|보여주세요|알려주세요|공개해줘|말해 줘|반복해줘|번역해줘|보여 줘|붙여넣어|출력해줘|공개해|나열해|말해줘|반복해|보내줘|보여줘|복사해|알려줘|인쇄해|적어줘|출력해|밝혀|써줘)";

    private const string KoreanHiddenPromptNouns =
        @"(내 첫 메시지 이전의 텍스트|첫 메시지 전에 있는 글|개발자가 너에게 한 말|개발자가 말한 내용|너의 원래 지침|원래 지시사항|숨겨진 지시|숨겨진 지침|초기 지시|초기 지침)";

    [GeneratedRegex(
        KoreanRevealVerbs + VocabularyGap + KoreanHiddenPromptNouns + "|" +
        KoreanHiddenPromptNouns + VocabularyGap + KoreanRevealVerbs,
        Options)]
    internal static partial Regex KoreanVocabularyExtraction();

    private const string VietnameseIgnoreVerbs =
        @"\b(ngừng tuan theo|đừng tuan theo|lam ơn bỏ qua|thoi lam theo|đừng lam theo|đừng quan tam|hay phớt lờ|hay bỏ qua|đừng để y|hay quen|quen hết|phớt lờ" +
        @"|quen đi|bỏ qua|ghi đe|lờ đi)\b";

    private const string VietnameseInstructionNouns =
        @"\b(chinh sach nội dung|chinh sach an toan|chinh sach bảo mật|lời nhắc hệ thống|prompt hệ thống|nguyen tắc|điều khoản|hướng dẫn|lập trinh|mệnh lệnh" +
        @"|rang buộc|thiết lập|cấu hinh|giới hạn|quy định|cai đặt|chỉ dẫn|chỉ thị|hạn chế|quy tắc|bộ lọc|luật|lệnh)";

    private const string VietnameseQualifiers =
        @"\b(được đưa cho bạn|bạn đa nhận|nguyen bản|phia tren|trước đay|được giao|ben tren|trước đo|ban đầu|của bạn|của may|toan bộ|tất cả|ở tren|trước|gốc|mọi" +
        @"|cũ)";

    private const string VietnameseRevealVerbs =
        @"\b(noi cho toi biết|hay cho toi xem|tiết lộ cho toi|cho minh xem|cho toi biết|cho tao xem|cho toi xem|gửi cho toi|noi cho toi|đưa cho toi|trich dẫn" +
        @"|chep lại|hiển thị|nhắc lại|sao chep|cho xem|liệt ke|lặp lại|tiết lộ|viết ra|xuất ra|đưa toi|in ra|dịch|dan)\b";

    private const string VietnameseHiddenPromptNouns =
        @"\b(van bản trước tin nhắn đầu tien của toi|những gi nha phat triển đa noi với bạn|hướng dẫn gốc của bạn|hướng dẫn ban đầu|chỉ dẫn ban đầu|hướng dẫn ẩn" +
        @"|chỉ dẫn ẩn)";

    [GeneratedRegex(
        VietnameseIgnoreVerbs + VocabularyGap + VietnameseQualifiers + VocabularyGap + VietnameseInstructionNouns + "|" +
        VietnameseIgnoreVerbs + VocabularyGap + VietnameseInstructionNouns + VocabularyNear + VietnameseQualifiers,
        Options)]
    internal static partial Regex VietnameseVocabularyOverride();

    [GeneratedRegex(
        VietnameseRevealVerbs + VocabularyGap + VietnameseHiddenPromptNouns + "|" +
        VietnameseHiddenPromptNouns + VocabularyGap + VietnameseRevealVerbs,
        Options)]
    internal static partial Regex VietnameseVocabularyExtraction();

    private const string IndonesianIgnoreVerbs =
        @"\b(berhenti mengikuti|nggak usah ikutin|jangan pedulikan|gak usah ikutin|jangan hiraukan|tolong abaikan|tolong lupakan|jangan patuhi|jangan ikuti" +
        @"|abaikanlah|lupakanlah|abaikan|lupakan|cuekin|lupain)\b";

    private const string IndonesianInstructionNouns =
        @"\b(instruksi-instruksi|kebijakan keamanan|kebijakan konten|prompt sistem|instruksimu|konfigurasi|pemrograman|pembatasan|pengaturan|perintahmu" +
        @"|batasanmu|instruksi|ketentuan|peraturan|aturanmu|larangan|perintah|batasan|panduan|pedoman|arahan|aturan)";

    private const string IndonesianQualifiers =
        @"\b(yang diberikan kepadamu|yang diberikan padamu|yang kamu terima|kamu sendiri|sebelumnya|terdahulu|yang tadi|di atas|milikmu|seluruh|segala|semua" +
        @"|asli|awal|lama)";

    private const string IndonesianRevealVerbs =
        @"\b(tolong tunjukkan|beri tahu aku|kirim ke saya|perlihatkan|terjemahkan|kasih tahu|daftarkan|kasih tau|keluarkan|tampilkan|tunjukkan|ungkapkan" +
        @"|bocorkan|kirimkan|sebutkan|tuliskan|tunjukin|berikan|tempel|ulangi|cetak|salin|tulis)\b";

    private const string IndonesianHiddenPromptNouns =
        @"\b(apa yang dikatakan pengembang kepadamu|teks sebelum pesan pertama saya|teks sebelum pesan pertamaku|instruksi tersembunyi|instruksi asli kamu" +
        @"|instruksi rahasia|instruksi aslimu|instruksi awal)";

    [GeneratedRegex(
        IndonesianIgnoreVerbs + VocabularyGap + IndonesianQualifiers + VocabularyGap + IndonesianInstructionNouns + "|" +
        IndonesianIgnoreVerbs + VocabularyGap + IndonesianInstructionNouns + VocabularyNear + IndonesianQualifiers,
        Options)]
    internal static partial Regex IndonesianVocabularyOverride();

    [GeneratedRegex(
        IndonesianRevealVerbs + VocabularyGap + IndonesianHiddenPromptNouns + "|" +
        IndonesianHiddenPromptNouns + VocabularyGap + IndonesianRevealVerbs,
        Options)]
    internal static partial Regex IndonesianVocabularyExtraction();

    private const string GreekIgnoreVerbs =
        @"(^|[.!;:,«""(]\s*)(στ[αά]μ[αά]τ[ηή]στ[εέ] ν[αά] [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ]τ[εέ]|στ[αά]μ[αά]τ[αά] ν[αά] [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ][ςσ]" +
        @"|μ[ηή]ν λ[αά]μβ[αά]ν[εέ][ιίϊΐ][ςσ] [υύϋΰ]π[οό]ψ[ηή]|μ[ηή]ν δ[ιίϊΐ]ν[εέ][ιίϊΐ][ςσ] σ[ηή]μ[αά]σ[ιίϊΐ][αά]" +
        @"|μ[ηή] δ[ιίϊΐ]ν[εέ][ιίϊΐ][ςσ] σ[ηή]μ[αά]σ[ιίϊΐ][αά]|μ[ηή] λ[αά]β[εέ][ιίϊΐ][ςσ] [υύϋΰ]π[οό]ψ[ηή]|μ[ηή]ν [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ]τ[εέ]" +
        @"|μ[ηή]ν [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ][ςσ]|π[αά]ρ[αά]βλ[εέ]ψτ[εέ]|π[αά]ρ[αά]κ[αά]μψτ[εέ]|π[αά]ρ[αά]βλ[εέ]ψ[εέ]|π[αά]ρ[αά]κ[αά]μψ[εέ]" +
        @"|[αά]γν[οό][ηή]στ[εέ]|[αά]γν[οό][ηή]σ[εέ]|ξ[εέ]χ[αά]στ[εέ]|[αά]γν[οό][εέ][ιίϊΐ]|ξ[εέ]χ[αά]σ[εέ])\b";

    private const string GreekInstructionNouns =
        @"\b(κ[αά]τ[εέ][υύϋΰ]θ[υύϋΰ]ντ[ηή]ρ[ιίϊΐ][εέ][ςσ] γρ[αά]μμ[εέ][ςσ]|π[οό]λ[ιίϊΐ]τ[ιίϊΐ]κ[ηή] π[εέ]ρ[ιίϊΐ][εέ]χ[οό]μ[εέ]ν[οό][υύϋΰ]" +
        @"|δ[ιίϊΐ]κλ[εέ][ιίϊΐ]δ[εέ][ςσ] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]|π[οό]λ[ιίϊΐ]τ[ιίϊΐ]κ[εέ][ςσ] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]" +
        @"|πρ[οό]τρ[οό]π[ηή] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]|π[οό]λ[ιίϊΐ]τ[ιίϊΐ]κ[ηή] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]|μ[ηή]ν[υύϋΰ]μ[αά] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]" +
        @"|[οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]|π[αά]ρ[αά]μ[εέ]τρ[οό]π[οό][ιίϊΐ][ηή]σ[ηή]|πρ[οό]γρ[αά]μμ[αά]τ[ιίϊΐ]σμ[οό][ςσ]" +
        @"|πρ[οό]γρ[αά]μμ[αά]τ[ιίϊΐ]σμ[οό]|π[εέ]ρ[ιίϊΐ][οό]ρ[ιίϊΐ]σμ[οό][υύϋΰ][ςσ]|π[εέ]ρ[ιίϊΐ][οό]ρ[ιίϊΐ]σμ[οό][ιίϊΐ]|δ[ιίϊΐ][αά]μ[οό]ρφ[ωώ]σ[ηή]" +
        @"|ρ[υύϋΰ]θμ[ιίϊΐ]σ[εέ][ιίϊΐ][ςσ]|[εέ]ντ[οό]λ[εέ][ςσ]|[εέ]ντ[οό]λ[ωώ]ν|κ[αά]ν[οό]ν[εέ][ςσ]|κ[αά]ν[οό]ν[ωώ]ν|[οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]" +
        @"|[οό]δ[ηή]γ[ιίϊΐ][ωώ]ν|φ[ιίϊΐ]λτρ[αά]|[οό]ρ[ιίϊΐ][αά])";

    private const string GreekQualifiers =
        @"\b(π[οό][υύϋΰ] σ[οό][υύϋΰ] δ[οό]θ[ηή]κ[αά]ν|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[οό][υύϋΰ][ςσ]|τ[ιίϊΐ][ςσ] δ[ιίϊΐ]κ[εέ][ςσ] σ[οό][υύϋΰ]" +
        @"|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[εέ][ςσ]|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[αά]|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[ηή]|[αά][υύϋΰ]θ[εέ]ντ[ιίϊΐ]κ[εέ][ςσ]" +
        @"|π[οό][υύϋΰ] [εέ]λ[αά]β[εέ][ςσ]|[αά]ρχ[ιίϊΐ]κ[οό][υύϋΰ][ςσ]|π[αά]ρ[αά]π[αά]ν[ωώ]|π[ιίϊΐ][οό] π[αά]ν[ωώ]|[αά]ρχ[ιίϊΐ]κ[εέ][ςσ]|[αά]ρχ[ιίϊΐ]κ[αά]" +
        @"|π[αά]λ[ιίϊΐ][εέ][ςσ]|[οό]λ[οό][υύϋΰ][ςσ]|[οό]λ[εέ][ςσ]|[οό]λ[αά])";

    private const string GreekRevealVerbs =
        @"\b([εέ]π[αά]ν[αά]λ[αά]β[εέ]τ[εέ]|[αά]π[αά]ρ[ιίϊΐ]θμ[ηή]σ[εέ]|[αά]π[οό]κ[αά]λ[υύϋΰ]ψτ[εέ]|δ[εέ][ιίϊΐ]ξτ[εέ] μ[οό][υύϋΰ]|[εέ]π[ιίϊΐ]κ[οό]λλ[ηή]σ[εέ]" +
        @"|στ[εέ][ιίϊΐ]λ[εέ] μ[οό][υύϋΰ]|[αά]ντ[ιίϊΐ]γρ[αά]ψ[εέ]|[αά]π[οό]κ[αά]λ[υύϋΰ]ψ[εέ]|δ[εέ][ιίϊΐ]ξ[εέ] μ[οό][υύϋΰ]|δ[ωώ]στ[εέ] μ[οό][υύϋΰ]" +
        @"|[εέ]π[αά]ν[αά]λ[αά]β[εέ]|κ[αά]τ[αά]γρ[αά]ψ[εέ]|μ[εέ]τ[αά]φρ[αά]σ[εέ]|π[εέ][ιίϊΐ]τ[εέ] μ[οό][υύϋΰ]|δ[ωώ]σ[εέ] μ[οό][υύϋΰ]|[εέ]κτ[υύϋΰ]π[ωώ]σ[εέ]" +
        @"|[εέ]μφ[αά]ν[ιίϊΐ]σ[εέ]|π[αά]ρ[αά]θ[εέ]σ[εέ]|π[εέ][ςσ] μ[οό][υύϋΰ]|γρ[αά]ψτ[εέ]|δ[εέ][ιίϊΐ]ξτ[εέ]|τ[υύϋΰ]π[ωώ]σ[εέ]|βγ[αά]λ[εέ]|γρ[αά]ψ[εέ]" +
        @"|δ[εέ][ιίϊΐ]ξ[εέ])\b";

    private const string GreekHiddenPromptNouns =
        @"\b(τ[οό] κ[εέ][ιίϊΐ]μ[εέ]ν[οό] πρ[ιίϊΐ]ν [αά]π[οό] τ[οό] πρ[ωώ]τ[οό] μ[οό][υύϋΰ] μ[ηή]ν[υύϋΰ]μ[αά]" +
        @"|τ[ιίϊΐ] σ[οό][υύϋΰ] [εέ][ιίϊΐ]π[αά]ν [οό][ιίϊΐ] πρ[οό]γρ[αά]μμ[αά]τ[ιίϊΐ]στ[εέ][ςσ]" +
        @"|τ[ιίϊΐ][ςσ] [αά][υύϋΰ]θ[εέ]ντ[ιίϊΐ]κ[εέ][ςσ] σ[οό][υύϋΰ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]" +
        @"|τ[ιίϊΐ][ςσ] [αά]ρχ[ιίϊΐ]κ[εέ][ςσ] σ[οό][υύϋΰ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]|[αά]ρχ[ιίϊΐ]κ[εέ][ςσ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]" +
        @"|κρ[υύϋΰ]φ[εέ][ςσ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ])";

    [GeneratedRegex(
        GreekIgnoreVerbs + VocabularyGap + GreekQualifiers + VocabularyGap + GreekInstructionNouns + "|" +
        GreekIgnoreVerbs + VocabularyGap + GreekInstructionNouns + VocabularyNear + GreekQualifiers,
        Options)]
    internal static partial Regex GreekVocabularyOverride();

    [GeneratedRegex(
        GreekRevealVerbs + VocabularyGap + GreekHiddenPromptNouns + "|" +
        GreekHiddenPromptNouns + VocabularyGap + GreekRevealVerbs,
        Options)]
    internal static partial Regex GreekVocabularyExtraction();

    private const string SwedishIgnoreVerbs =
        @"\b(ta inte hansyn till|folj inte langre|bry dig inte om|strunta helt i|satt ur spel|bortse fran|sluta folja|nonchalera|asidosatt|folj inte|glom bort" +
        @"|strunta i|ignorera|skit i|glom)\b";

    private const string SwedishInstructionNouns =
        @"\b(sakerhetspolicyer|begransningarna|innehallspolicy|installningarna|instruktionerna|konfigurationen|sakerhetsregler|systemprompten|anvisningarna" +
        @"|begransningar|installningar|instruktioner|konfiguration|programmering|riktlinjerna|systemprompt|anvisningar|instruktion|direktiven|riktlinjer" +
        @"|direktiv|reglerna|filtren|granser|regler)";

    private const string SwedishQualifiers =
        @"\b(som du har fatt|ursprungliga|ovanstaende|som du fatt|foregaende|initiala|samtliga|tidigare|forsta|gamla|givna|alla|dina|ditt|egna|ovan|din)";

    private const string SwedishRevealVerbs =
        @"\b(klistra in|skicka mig|rakna upp|oversatt|repetera|skriv ut|visa mig|visa upp|avsloja|beratta|kopiera|tala om|upprepa|aterge|citera|ge mig|printa" +
        @"|skicka|lista|skriv|dela|visa|sag)\b";

    private const string SwedishHiddenPromptNouns =
        @"\b(texten fore mitt forsta meddelande|vad utvecklarna har sagt till dig|dina ursprungliga instruktioner|vad utvecklarna sa till dig" +
        @"|initiala instruktioner|hemliga instruktioner|dolda instruktioner)";

    [GeneratedRegex(
        SwedishIgnoreVerbs + VocabularyGap + SwedishQualifiers + VocabularyGap + SwedishInstructionNouns + "|" +
        SwedishIgnoreVerbs + VocabularyGap + SwedishInstructionNouns + VocabularyNear + SwedishQualifiers,
        Options)]
    internal static partial Regex SwedishVocabularyOverride();

    [GeneratedRegex(
        SwedishRevealVerbs + VocabularyGap + SwedishHiddenPromptNouns + "|" +
        SwedishHiddenPromptNouns + VocabularyGap + SwedishRevealVerbs,
        Options)]
    internal static partial Regex SwedishVocabularyExtraction();

    // One set of each kind for the five Latin-script languages (ASCII once folded: the keyword index answers for them) and
    // one for the ten others (behind the gate): eight entries in the index, not sixty.
    private static class Vocabulary
    {
        public static readonly KeywordFilter LatinOverrideVerbs = Keywords(
            "abaikan", "abaikanlah", "aldirma", "artik uyma", "asidosatt", "berhenti mengikuti", "bir kenara birak", "bortse fran", "bos ver", "bosver",
            "bry dig inte om", "cuekin", "dikkate alma", "dikkate almayin", "folj inte", "folj inte langre", "gak usah ikutin", "glom ", "glom,",
            "glom.", "glom:", "glom;", "glom!", "glom?", "glom bort", "gormezden gel", "gormezden gelin", "hou geen rekening met",
            "houd geen rekening met", "ignorera", "ignoruj", "ignorujcie", "jangan hiraukan", "jangan ikuti", "jangan patuhi", "jangan pedulikan",
            "laat varen", "lupain", "lupakan", "lupakanlah", "negeer", "negeer alsjeblieft", "negeer aub", "negeert u", "negeren", "nggak usah ikutin",
            "nie przestrzegaj", "nie stosuj sie do", "nie zwracaj uwagi na", "nonchalera", "odloz na bok", "olej", "omzeil", "omzeilen", "onemseme",
            "prosze zapomniec", "prosze zignorowac", "przestan przestrzegac", "przestan sie stosowac do", "przestan stosowac", "satt ur spel",
            "schuif opzij", "skit i", "sluta folja", "stop met het volgen van", "strunta helt i", "strunta i", "ta inte hansyn till",
            "takip etmeyi birak", "tolong abaikan", "tolong lupakan", "trek je niets aan van", "unut", "unutun", "uymayi birak", "uymayin", "vergeet",
            "vergeet u", "vergeten", "volg niet meer", "yok say", "yok sayin", "zapomnij", "zapomnijcie", "zet opzij", "zignoruj", "zignorujcie");

        public static readonly KeywordFilter LatinInstructionNouns = Keywords(
            "aanwijzingen", "anvisningar", "anvisningarna", "arahan", "aturan", "aturanmu", "ayarlari", "ayarlarini", "batasan", "batasanmu",
            "begransningar", "begransningarna", "beperkingen", "bevelen", "configuratie", "contentbeleid", "directieven", "direktifleri", "direktiv",
            "direktiven", "dyrektywy", "emirleri", "filtreleri", "filtrelerini", "filtren", "filtrow", "filtry", "granser", "grenzen",
            "guvenlik kurallarini", "guvenlik politikalarini", "innehallspolicy", "installningar", "installningarna", "instellingen", "instructie",
            "instructies", "instrukcjami", "instrukcje", "instrukcji", "instruksi", "instruksi-instruksi", "instruksimu", "instruktion", "instruktioner",
            "instruktionerna", "kebijakan keamanan", "kebijakan konten", "ketentuan", "kisitlamalari", "kisitlamalarini", "komutlari", "konfiguracje",
            "konfigurasi", "konfigurasyonu", "konfiguration", "konfigurationen", "kurallar", "kurallari", "kurallarini", "larangan", "limieten",
            "limity", "monit systemowy", "nakazy", "ograniczen", "ograniczenia", "opdrachten", "panduan", "pedoman", "pembatasan", "pemrograman",
            "pengaturan", "peraturan", "perintah", "perintahmu", "polecen", "polecenia", "polityke bezpieczenstwa", "programlamani", "programmering",
            "programowanie", "prompt sistem", "prompt systemowy", "regels", "regler", "reglerna", "reguly", "restricties", "richtlijnen", "riktlinjer",
            "riktlinjerna", "sakerhetspolicyer", "sakerhetsregler", "sinirlamalari", "sinirlari", "sinirlarini", "sistem istemini", "sistem promptunu",
            "systeeminstructies", "systeemprompt", "systemprompt", "systemprompten", "talimatlar", "talimatlari", "talimatlarin", "talimatlarini",
            "ustawienia", "veiligheidsbeleid", "veiligheidsregels", "voorschriften", "wytyczne", "wytycznych", "yapilandirmayi", "yonergeleri",
            "yonergelerini", "zabezpieczenia", "zakazy", "zasad", "zasady", "zasady bezpieczenstwa");

        public static readonly KeywordFilter LatinRevealVerbs = Keywords(
            "aciga cikar", "alintila", "aterge", "avsloja", "bana gonder", "bana goster", "bana soyle", "bana ver", "beratta", "beri tahu aku",
            "berikan", "bocorkan", "cetak", "cevir", "cikti ver", "citeer", "citera", "daftarkan", "daj mi", "dela", "druk af", "ge mig", "geef",
            "geef me", "geef weer", "gonder", "goster", "gosterin", "herhaal", "ifsa et", "kasih tahu", "kasih tau", "keluarkan", "kirim ke saya",
            "kirimkan", "klistra in", "kopieer", "kopiera", "kopyala", "laat eens zien", "laat me zien", "laat zien", "lista", "listele", "napisz",
            "onthul", "oversatt", "perlihatkan", "plak", "podaj", "podaj mi", "pokaz", "pokazcie", "powiedz", "powiedz mi", "powtorz", "printa",
            "prosze pokazac", "przeslij mi", "przetlumacz", "przytocz", "rakna upp", "repetera", "sag", "salin", "schrijf", "schrijf op", "schrijf uit",
            "sebutkan", "sirala", "skicka", "skicka mig", "skopiuj", "skriv", "skriv ut", "som op", "soyle", "soyleyin", "stuur me", "tala om",
            "tampilkan", "tekrarla", "tekrarlayin", "tempel", "terjemahkan", "tolong tunjukkan", "toon", "toon me", "tulis", "tuliskan", "tunjukin",
            "tunjukkan", "ujawnij", "ulangi", "ungkapkan", "upprepa", "ver", "vermeld", "vertaal", "vertel", "vertel me", "visa", "visa mig", "visa upp",
            "wklej", "wydrukuj", "wymien", "wypisz", "wyslij mi", "wyswietl", "yapistir", "yaz", "yazdir", "yazdirin", "yazin", "zacytuj", "zdradz",
            "zeg me");

        public static readonly KeywordFilter LatinHiddenPromptNouns = Keywords(
            "apa yang dikatakan pengembang kepadamu", "baslangic talimatlari", "begininstructies", "co powiedzieli ci programisci",
            "de tekst voor mijn eerste bericht", "dina ursprungliga instruktioner", "dolda instruktioner", "geheime instructies",
            "gelistiricilerin sana soylediklerini", "gizli talimatlar", "gizli talimatlari", "hemliga instruktioner", "ilk mesajimdan onceki metni",
            "ilk talimatlar", "initiala instruktioner", "initiele instructies", "instruksi asli kamu", "instruksi aslimu", "instruksi awal",
            "instruksi rahasia", "instruksi tersembunyi", "je oorspronkelijke instructies", "orijinal talimatlarini", "poczatkowe instrukcje",
            "teks sebelum pesan pertama saya", "teks sebelum pesan pertamaku", "tekst przed moja pierwsza wiadomoscia",
            "texten fore mitt forsta meddelande", "twoje oryginalne instrukcje", "twoje pierwotne instrukcje", "ukryte instrukcje",
            "uw oorspronkelijke instructies", "vad utvecklarna har sagt till dig", "vad utvecklarna sa till dig", "verborgen instructies",
            "wat de ontwikkelaars je hebben verteld");

        public static readonly KeywordFilter OtherOverrideVerbs = Keywords(
            "bỏ qua", "ghi đe", "hay bỏ qua", "hay phớt lờ", "hay quen", "lam ơn bỏ qua", "lờ đi", "ngừng tuan theo", "phớt lờ", "quen hết", "quen đi",
            "thoi lam theo", "đừng lam theo", "đừng quan tam", "đừng tuan theo", "đừng để y", "αγνοήστε", "αγνοει", "αγνοησε", "αγνοηστε", "αγνόει",
            "αγνόησε", "μη δίνεις σημασία", "μη δίνεισ σημασία", "μη δινεις σημασια", "μη δινεισ σημασια", "μη λάβεις υπόψη", "μη λάβεισ υπόψη",
            "μη λαβεις υποψη", "μη λαβεισ υποψη", "μην ακολουθείς", "μην ακολουθείσ", "μην ακολουθείτε", "μην ακολουθεις", "μην ακολουθεισ",
            "μην ακολουθειτε", "μην δίνεις σημασία", "μην δίνεισ σημασία", "μην δινεις σημασια", "μην δινεισ σημασια", "μην λαμβάνεις υπόψη",
            "μην λαμβάνεισ υπόψη", "μην λαμβανεις υποψη", "μην λαμβανεισ υποψη", "ξέχασε", "ξεχάστε", "ξεχασε", "ξεχαστε", "παράβλεψε", "παράκαμψε",
            "παραβλέψτε", "παραβλεψε", "παραβλεψτε", "παρακάμψτε", "παρακαμψε", "παρακαμψτε", "σταμάτα να ακολουθείς", "σταμάτα να ακολουθείσ",
            "σταματήστε να ακολουθείτε", "σταματα να ακολουθεις", "σταματα να ακολουθεισ", "σταματηστε να ακολουθειτε", "больше не следуй",
            "більше не дотримуйся", "забей на", "забий на", "забудь", "забудьте", "игнорируй", "игнорируйте", "наплюй на", "не дотримуйся",
            "не зважай на", "не зважайте на", "не звертай уваги на", "не обращай внимания на", "не обращайте внимания на", "не следуй",
            "перестань дотримуватися", "перестань следовать", "перестаньте дотримуватися", "перестаньте следовать", "плюнь на", "проигнорируй",
            "проигнорируйте", "проігноруй", "проігноруйте", "ігноруй", "ігноруйте", "اعتنا نکن", "انس", "انسى", "انسي", "بیخیال", "بیخیال شو", "تجاهل",
            "تجاهلوا", "تجاهلي", "تغاض عن", "تناس", "توجه نکن", "توجه نکنید", "توقف عن اتباع", "خليك من", "دیگه پیروی نکن", "رعایت نکن", "سيبك من",
            "صرف نظر کن", "صرفنظر کن", "صرفنظر کنید", "طنش", "فراموش کن", "فراموش کنید", "فكك من", "لا تتبع", "لا تتقيد ب", "لا تلتزم ب",
            "من فضلك تجاهل", "نادیده بگیر", "نادیده بگیرید", "پیروی نکن", "پیروی نکنید", "کنار بذار", "کنار بگذار", "کنار بگذارید", "अनदेखा करें",
            "अनदेखा करो", "अनदेखा कीजिए", "इग्नोर करें", "इग्नोर करो", "दरकिनार करो", "ध्यान न दें", "ध्यान मत दो", "नजरअंदाज करें", "नजरअंदाज करो",
            "नज़रअंदाज़ करें", "नज़रअंदाज़ करो", "पालन करना बंद करो", "पालन मत करो", "भूल जाइए", "भूल जाएँ", "भूल जाएं", "भूल जाओ", "मत मानो",
            "मानना बंद करो", "スキップして", "スルーして", "上書きして", "不再遵守", "不要理会", "不要理會", "不要遵守", "不要遵循", "停止遵循", "別理", "別管", "别理", "别管", "取り消して", "取消", "回避して",
            "守らなくていい", "従うのをやめて", "従うのをやめてください", "従わないで", "忘れて", "忘れてください", "忘れろ", "忘了", "忘掉", "忘記", "忘记", "忽略", "忽視", "忽视", "抛开", "拋開", "放棄して", "无视",
            "気にしないで", "気にしないでください", "無効にして", "無視", "無視して", "無視してください", "無視しなさい", "無視しろ", "無視せよ", "破棄して", "繞過", "绕过", "置いといて", "脇に置いて", "覆盖", "覆蓋", "請忽略",
            "请忽略", "跳过", "跳過", "飛ばして", "건너뛰세요", "건너뛰어", "그만 따라", "덮어써", "따르지 마", "따르지 마세요", "무시하고", "무시하세요", "무시해", "무시해 주세요", "무시해 줘", "무시해주세요", "무시해줘",
            "무효화해", "버려", "생략해", "신경 쓰지 마", "신경 쓰지 마세요", "우회해", "잊어", "잊어버려", "잊어주세요", "잊어줘", "잊으세요", "취소해");

        public static readonly KeywordFilter OtherInstructionNouns = Keywords(
            "bộ lọc", "cai đặt", "chinh sach an toan", "chinh sach bảo mật", "chinh sach nội dung", "chỉ dẫn", "chỉ thị", "cấu hinh", "giới hạn",
            "hướng dẫn", "hạn chế", "luật", "lập trinh", "lệnh", "lời nhắc hệ thống", "mệnh lệnh", "nguyen tắc", "prompt hệ thống", "quy tắc",
            "quy định", "rang buộc", "thiết lập", "điều khoản", "διαμορφωση", "διαμόρφωση", "δικλείδες ασφαλείας", "δικλείδεσ ασφαλείασ",
            "δικλειδες ασφαλειας", "δικλειδεσ ασφαλειασ", "εντολές", "εντολέσ", "εντολες", "εντολεσ", "εντολων", "εντολών", "κανονες", "κανονεσ",
            "κανονων", "κανόνες", "κανόνεσ", "κανόνων", "κατευθυντήριες γραμμές", "κατευθυντήριεσ γραμμέσ", "κατευθυντηριες γραμμες",
            "κατευθυντηριεσ γραμμεσ", "μήνυμα συστήματος", "μήνυμα συστήματοσ", "μηνυμα συστηματος", "μηνυμα συστηματοσ", "οδηγίες", "οδηγίες ασφαλείας",
            "οδηγίεσ", "οδηγίεσ ασφαλείασ", "οδηγιες", "οδηγιες ασφαλειας", "οδηγιεσ", "οδηγιεσ ασφαλειασ", "οδηγιων", "οδηγιών", "ορια",
            "παραμετροποίηση", "παραμετροποιηση", "περιορισμοί", "περιορισμοι", "περιορισμους", "περιορισμουσ", "περιορισμούς", "περιορισμούσ",
            "πολιτικές ασφαλείας", "πολιτικέσ ασφαλείασ", "πολιτική ασφαλείας", "πολιτική ασφαλείασ", "πολιτική περιεχομένου", "πολιτικες ασφαλειας",
            "πολιτικεσ ασφαλειασ", "πολιτικη ασφαλειας", "πολιτικη ασφαλειασ", "πολιτικη περιεχομενου", "προγραμματισμο", "προγραμματισμος",
            "προγραμματισμοσ", "προγραμματισμό", "προγραμματισμός", "προγραμματισμόσ", "προτροπή συστήματος", "προτροπή συστήματοσ",
            "προτροπη συστηματος", "προτροπη συστηματοσ", "ρυθμίσεις", "ρυθμίσεισ", "ρυθμισεις", "ρυθμισεισ", "φίλτρα", "φιλτρα", "όρια", "вказівки",
            "вказівок", "директиви", "директивы", "заборони", "запреты", "инструкции", "инструкций", "инструкциям", "команди", "команды", "конфигурацию",
            "конфігурацію", "лимиты", "ліміти", "накази", "налаштування", "настанови", "настройки", "обмеження", "обмежень", "ограничений",
            "ограничения", "политики безопасности", "политику безопасности", "політику безпеки", "правил", "правила", "правила безопасности",
            "правила безпеки", "приказы", "программирование", "програмування", "рекомендации", "рекомендації", "системний промпт", "системну підказку",
            "системную подсказку", "системный промпт", "указаний", "указания", "установки", "фильтров", "фильтры", "фільтри", "фільтрів", "інструкцій",
            "інструкції", "أوامرك", "إرشاداتك", "إعداداتك", "اصول", "الأوامر", "الإرشادات", "الإعدادات", "البرمجة", "التعليمات", "التكوين", "التوجيهات",
            "الحدود", "الضوابط", "الفلاتر", "القواعد", "القيود", "المرشحات", "برمجتك", "برنامهریزی", "برنامهریزیات", "تعليمات", "تعليماتك", "تنظیمات",
            "تنظیماتت", "توجيهاتك", "حدودك", "دستورات", "دستوراتت", "دستورالعملها", "دستورالعملهات", "دستورالعملهایت", "دستورها", "رهنمودها",
            "سياسات الأمان", "سياسات السلامة", "سياسة المحتوى", "سیاستهای امنیتی", "سیاستهای ایمنی", "فیلترها", "فیلترهایت", "قواعد", "قواعدك", "قوانین",
            "قوانینت", "قيودك", "محدودیتها", "محدودیتهایت", "موجه النظام", "پرامپت سیستمی", "پیکربندی", "پیکربندیات", "چارچوبها", "अनुदेश", "आदेश",
            "आदेशों", "कॉन्फ़िगरेशन", "दिशा-निर्देश", "दिशानिर्देश", "दिशानिर्देशों", "नियम", "नियमों", "नियमों को", "निर्देश", "निर्देशों",
            "निर्देशों को", "पाबंदियां", "पाबंदियों", "प्रतिबंध", "प्रतिबंधों", "प्रोग्रामिंग", "फ़िल्टर", "फिल्टर", "सिस्टम प्रॉम्प्ट", "सीमाएँ",
            "सीमाएं", "सीमाओं", "सुरक्षा नीतियां", "सुरक्षा नीतियों", "सेटिंग्स", "हिदायतें", "ガイドライン", "コンテンツポリシー", "システムプロンプト", "セーフティポリシー", "フィルタ",
            "フィルター", "プログラミング", "プログラム", "ポリシー", "ルール", "內容政策", "内容政策", "准则", "制約", "制限", "命令", "安全ポリシー", "安全政策", "安全策略", "指令", "指导方针", "指導方針", "指示",
            "指示内容", "提示詞", "提示词", "方針", "構成", "準則", "程式設計", "系統提示", "系统提示", "約束", "縛り", "约束", "编程", "規則", "規定", "规则", "规定", "設定", "說明", "设置", "说明",
            "过滤器", "過濾器", "配置", "限制", "가이드라인", "구성", "규정", "규칙", "규칙을", "명령", "명령을", "보안 정책", "설정", "설정을", "시스템 프롬프트", "안전 정책", "제약", "제한", "제한사항",
            "제한을", "지시", "지시 사항", "지시를", "지시사항", "지시사항을", "지침", "지침을", "콘텐츠 정책", "프로그래밍", "필터", "필터를");

        public static readonly KeywordFilter OtherRevealVerbs = Keywords(
            "chep lại", "cho minh xem", "cho tao xem", "cho toi biết", "cho toi xem", "cho xem", "dan", "dịch", "gửi cho toi", "hay cho toi xem",
            "hiển thị", "in ra", "liệt ke", "lặp lại", "nhắc lại", "noi cho toi", "noi cho toi biết", "sao chep", "tiết lộ", "tiết lộ cho toi",
            "trich dẫn", "viết ra", "xuất ra", "đưa cho toi", "đưa toi", "αντίγραψε", "αντιγραψε", "απαρίθμησε", "απαριθμησε", "αποκάλυψε", "αποκαλυψε",
            "αποκαλυψτε", "αποκαλύψτε", "βγάλε", "βγαλε", "γράψε", "γράψτε", "γραψε", "γραψτε", "δείξε", "δείξε μου", "δείξτε", "δείξτε μου", "δειξε",
            "δειξε μου", "δειξτε", "δειξτε μου", "δωσε μου", "δωστε μου", "δώσε μου", "δώστε μου", "εκτυπωσε", "εκτύπωσε", "εμφάνισε", "εμφανισε",
            "επανάλαβε", "επαναλάβετε", "επαναλαβε", "επαναλαβετε", "επικολλησε", "επικόλλησε", "κατάγραψε", "καταγραψε", "μετάφρασε", "μεταφρασε",
            "παράθεσε", "παραθεσε", "πείτε μου", "πειτε μου", "πες μου", "πεσ μου", "στείλε μου", "στειλε μου", "τυπωσε", "τύπωσε", "виведи", "виведіть",
            "встав", "вставь", "выведи", "выведите", "відобрази", "дай", "дай мені", "дай мне", "дайте", "надрукуй", "надішли мені", "напечатай",
            "напиши", "напишите", "напишіть", "отобрази", "отправь мне", "переведи", "переклади", "перелічи", "перечисли", "повтори", "повторите",
            "повторіть", "покажи", "покажите", "покажіть", "пришли", "процитуй", "раскрой", "раскройте", "распечатай", "расскажи", "роздрукуй",
            "розкажи", "розкрий", "розкрийте", "скажи", "скажите", "скажіть", "скопируй", "скопіюй", "آشکار کن", "أخبرني", "أرسل لي", "أظهر", "أعطني",
            "ابعتلي", "اخبرني", "اطبع", "اظهر", "اعرض", "اعرضي", "اعطني", "اكتب", "اكتبلي", "اكشف", "اكشفي", "الصق", "انسخ", "بده", "برام بفرست",
            "بفرست", "بنویس", "بنویسید", "به من بده", "به من بگو", "بهم بده", "بهم بگو", "بگو", "بگویید", "ترجم", "ترجمه کن", "تکرار کن", "تکرار کنید",
            "عدد", "فاش کن", "فرجيني", "فهرست کن", "قل لي", "قولي", "كرر", "كرري", "لیست کن", "نشان بده", "نشان بدهید", "نشون بده", "نشونم بده", "وريني",
            "پیست کن", "چاپ کن", "کپی کن", "अनुवाद करो", "उजागर करो", "कॉपी करो", "दिखा दो", "दिखाइए", "दिखाएं", "दिखाओ", "दे दो", "दोहराइए", "दोहराओ",
            "पेस्ट करो", "प्रकट करो", "प्रिंट करो", "बताइए", "बताएं", "बताओ", "भेज दो", "भेजो", "मुझे दिखाओ", "मुझे दो", "मुझे बताओ", "लिख दो", "लिखिए",
            "लिखो", "सूची बनाओ", "そのまま出して", "コピーして", "一覧にして", "全文を出して", "写出", "出力して", "出力してください", "列出", "列印", "列挙して", "印刷して", "发给我", "告訴我", "告诉我", "复制",
            "寫出", "展示", "打印", "揭示", "教えて", "教えてください", "明かして", "显示", "暴露して", "書いて", "書き出して", "發給我", "粘贴", "給我", "給我看", "繰り返して", "繰り返してください", "给我", "给我看",
            "翻訳して", "翻譯", "翻译", "表示して", "表示してください", "複製", "見せて", "見せてください", "言って", "貼り付けて", "貼上", "輸出", "输出", "送って", "透露", "重复", "重複", "開示して", "顯示",
            "공개해", "공개해줘", "나열해", "말해 주세요", "말해 줘", "말해줘", "반복해", "반복해줘", "밝혀", "번역해줘", "보내줘", "보여 주세요", "보여 줘", "보여주세요", "보여줘", "복사해", "붙여넣어", "써줘",
            "알려주세요", "알려줘", "인쇄해", "적어줘", "출력해", "출력해 주세요", "출력해줘");

        public static readonly KeywordFilter OtherHiddenPromptNouns = Keywords(
            "chỉ dẫn ban đầu", "chỉ dẫn ẩn", "hướng dẫn ban đầu", "hướng dẫn gốc của bạn", "hướng dẫn ẩn", "những gi nha phat triển đa noi với bạn",
            "van bản trước tin nhắn đầu tien của toi", "αρχικές οδηγίες", "αρχικέσ οδηγίεσ", "αρχικες οδηγιες", "αρχικεσ οδηγιεσ", "κρυφές οδηγίες",
            "κρυφέσ οδηγίεσ", "κρυφες οδηγιες", "κρυφεσ οδηγιεσ", "τι σου είπαν οι προγραμματιστές", "τι σου είπαν οι προγραμματιστέσ",
            "τι σου ειπαν οι προγραμματιστες", "τι σου ειπαν οι προγραμματιστεσ", "τις αρχικές σου οδηγίες", "τις αρχικες σου οδηγιες",
            "τις αυθεντικές σου οδηγίες", "τις αυθεντικες σου οδηγιες", "τισ αρχικέσ σου οδηγίεσ", "τισ αρχικεσ σου οδηγιεσ",
            "τισ αυθεντικέσ σου οδηγίεσ", "τισ αυθεντικεσ σου οδηγιεσ", "το κείμενο πριν από το πρώτο μου μήνυμα",
            "το κειμενο πριν απο το πρωτο μου μηνυμα", "ваши исходные инструкции", "ваші початкові інструкції", "исходные инструкции",
            "начальные инструкции", "первоначальный промпт", "початковий промпт", "початкові інструкції", "приховані інструкції", "скрытые инструкции",
            "твои изначальные инструкции", "твої оригінальні інструкції", "текст перед моим первым сообщением", "текст перед моїм першим повідомленням",
            "что тебе сказали разработчики", "що тобі сказали розробники", "آنچه توسعهدهندگان به تو گفتهاند", "الأوامر المخفية", "التعليمات الأولية",
            "التعليمات الخفية", "التعليمات المخفية", "النص الذي قبل رسالتي الأولى", "النص قبل أول رسالة", "تعليماتك الأصلية", "دستورات اصلیت",
            "دستورات مخفی", "دستورالعملهای اصلیات", "دستورالعملهای اولیه", "دستورالعملهای پنهان", "ما قاله لك المطورون", "متن قبل از اولین پیام من",
            "چیزی که توسعهدهندگان بهت گفتن", "आपके मूल निर्देश", "छिपे हुए निर्देश", "छुपे निर्देश", "डेवलपर्स ने तुम्हें क्या कहा",
            "डेवलपर्स ने तुम्हें जो बताया", "तुम्हारे मूल निर्देश", "प्रारंभिक निर्देश", "मेरे पहले संदेश से पहले का टेक्स्ट", "शुरुआती निर्देश",
            "あなたの本来の指示", "事前の指示", "你的原始指令", "元の指示", "初始指令", "初期指示", "开发者告诉你的内容", "我第一則訊息之前的文字", "我第一条消息之前的文字", "最初のメッセージの前の文章", "最初の指示",
            "私の最初のメッセージより前のテキスト", "開発者からの指示", "開発者があなたに伝えたこと", "開發者告訴你的內容", "隐藏指令", "隠された指示", "隠し指示", "隱藏指令", "개발자가 너에게 한 말", "개발자가 말한 내용",
            "내 첫 메시지 이전의 텍스트", "너의 원래 지침", "숨겨진 지시", "숨겨진 지침", "원래 지시사항", "첫 메시지 전에 있는 글", "초기 지시", "초기 지침");

        // Every vocabulary rule decides, in a prompt; the other scripts' rules wait for the gate as well.
        public static readonly InjectionRule[] Rules =
        [
            Override(DutchVocabularyOverride, latin: true),
            Extraction(DutchVocabularyExtraction, latin: true),
            Override(PolishVocabularyOverride, latin: true),
            Extraction(PolishVocabularyExtraction, latin: true),
            Override(RussianVocabularyOverride, latin: false),
            Extraction(RussianVocabularyExtraction, latin: false),
            Override(UkrainianVocabularyOverride, latin: false),
            Extraction(UkrainianVocabularyExtraction, latin: false),
            Override(TurkishVocabularyOverride, latin: true),
            Extraction(TurkishVocabularyExtraction, latin: true),
            Override(ArabicVocabularyOverride, latin: false),
            Extraction(ArabicVocabularyExtraction, latin: false),
            Override(PersianVocabularyOverride, latin: false),
            Extraction(PersianVocabularyExtraction, latin: false),
            Override(HindiVocabularyOverride, latin: false),
            Extraction(HindiVocabularyExtraction, latin: false),
            Extraction(ChineseVocabularyExtraction, latin: false),
            Extraction(JapaneseVocabularyExtraction, latin: false),
            Extraction(KoreanVocabularyExtraction, latin: false),
            Override(VietnameseVocabularyOverride, latin: false),
            Extraction(VietnameseVocabularyExtraction, latin: false),
            Override(IndonesianVocabularyOverride, latin: true),
            Extraction(IndonesianVocabularyExtraction, latin: true),
            Override(GreekVocabularyOverride, latin: false),
            Extraction(GreekVocabularyExtraction, latin: false),
            Override(SwedishVocabularyOverride, latin: true),
            Extraction(SwedishVocabularyExtraction, latin: true),
        ];

        private static InjectionRule Override(Func<Regex> pattern, bool latin) =>
            Rule(InjectionCategory.InstructionOverride, pattern, latin ? [LatinOverrideVerbs, LatinInstructionNouns] : [OtherOverrideVerbs, OtherInstructionNouns], latin);

        private static InjectionRule Extraction(Func<Regex> pattern, bool latin) =>
            Rule(InjectionCategory.SystemPromptExtraction, pattern, latin ? [LatinRevealVerbs, LatinHiddenPromptNouns] : [OtherRevealVerbs, OtherHiddenPromptNouns], latin);

        private static InjectionRule Rule(InjectionCategory category, Func<Regex> pattern, KeywordFilter[] keywords, bool latin) =>
            new(category, pattern, keywords, RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = !latin };
    }
}
