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
    [GeneratedRegex(
        @"\b(stop met het volgen van|houd geen rekening met|hou geen rekening met|trek je niets aan van|negeer alsjeblieft|volg niet meer|schuif opzij" +
        @"|negeer aub|laat varen|negeert u|vergeet u|zet opzij|vergeten|omzeilen|vergeet|negeren|omzeil|negeer)\b[^.!?;。！？؟।\n]{0,40}\b(die je hebt ontvangen" +
        @"|die je hebt gekregen|oorspronkelijke|bovenstaande|voorgaande|originele|hierboven|initiele|eerdere|gegeven|vorige|al je|al uw|eigen|oude|jouw|alle" +
        @"|uw)[^.!?;。！？؟।\n]{0,40}\b(systeeminstructies|veiligheidsbeleid|veiligheidsregels|contentbeleid|voorschriften|programmering|systeemprompt|configuratie" +
        @"|instellingen|aanwijzingen|beperkingen|instructies|directieven|restricties|richtlijnen|instructie|opdrachten|limieten|grenzen|bevelen|regels)" +
        @"|\b(stop met het volgen van|houd geen rekening met|hou geen rekening met|trek je niets aan van|negeer alsjeblieft|volg niet meer|schuif opzij" +
        @"|negeer aub|laat varen|negeert u|vergeet u|zet opzij|vergeten|omzeilen|vergeet|negeren|omzeil|negeer)\b[^.!?;。！？؟।\n]{0,40}\b(systeeminstructies" +
        @"|veiligheidsbeleid|veiligheidsregels|contentbeleid|voorschriften|programmering|systeemprompt|configuratie|instellingen|aanwijzingen|beperkingen" +
        @"|instructies|directieven|restricties|richtlijnen|instructie|opdrachten|limieten|grenzen|bevelen|regels)[^.!?;。！？؟।\n]{0,15}\b(die je hebt ontvangen" +
        @"|die je hebt gekregen|oorspronkelijke|bovenstaande|voorgaande|originele|hierboven|initiele|eerdere|gegeven|vorige|al je|al uw|eigen|oude|jouw|alle|uw)",
        Options)]
    internal static partial Regex DutchVocabularyOverride();


    [GeneratedRegex(
        @"\b(laat eens zien|laat me zien|schrijf uit|schrijf op|laat zien|vertel me|geef weer|stuur me|druk af|vermeld|toon me|geef me|vertaal|herhaal|schrijf" +
        @"|kopieer|onthul|vertel|citeer|zeg me|som op|toon|geef|plak)\b[^.!?;。！？؟।\n]{0,40}\b(wat de ontwikkelaars je hebben verteld" +
        @"|de tekst voor mijn eerste bericht|je oorspronkelijke instructies|uw oorspronkelijke instructies|verborgen instructies|initiele instructies" +
        @"|geheime instructies|systeeminstructies|begininstructies|systeembericht|systeemprompt)|\b(wat de ontwikkelaars je hebben verteld" +
        @"|de tekst voor mijn eerste bericht|je oorspronkelijke instructies|uw oorspronkelijke instructies|verborgen instructies|initiele instructies" +
        @"|geheime instructies|systeeminstructies|begininstructies|systeembericht|systeemprompt)[^.!?;。！？؟।\n]{0,40}\b(laat eens zien|laat me zien|schrijf uit" +
        @"|schrijf op|laat zien|vertel me|geef weer|stuur me|druk af|vermeld|toon me|geef me|vertaal|herhaal|schrijf|kopieer|onthul|vertel|citeer|zeg me|som op" +
        @"|toon|geef|plak)\b",
        Options)]
    internal static partial Regex DutchVocabularyExtraction();

    [GeneratedRegex(
        @"\b(przestan sie stosowac do|przestan przestrzegac|nie zwracaj uwagi na|przestan stosowac|prosze zignorowac|nie stosuj sie do|nie przestrzegaj" +
        @"|prosze zapomniec|odloz na bok|zignorujcie|zapomnijcie|ignorujcie|zignoruj|zapomnij|ignoruj|olej)\b[^.!?;。！？؟।\n]{0,40}\b(ktore otrzymales" +
        @"|wczesniejszych|dotychczasowe|ktore ci dano|wczesniejsze|poprzednich|poczatkowe|oryginalne|powyzszych|poprzednie|wszystkich|pierwotne|otrzymane" +
        @"|wszystkie|powyzsze|twoich|stare|swoje|twoje)[^.!?;。！？؟।\n]{0,40}\b(polityke bezpieczenstwa|zasady bezpieczenstwa|prompt systemowy|monit systemowy" +
        @"|zabezpieczenia|programowanie|ograniczenia|konfiguracje|instrukcjami|wytycznych|instrukcje|ustawienia|ograniczen|instrukcji|dyrektywy|polecenia" +
        @"|wytyczne|filtrow|polecen|nakazy|limity|zakazy|zasady|filtry|reguly|regul|zasad)|\b(przestan sie stosowac do|przestan przestrzegac" +
        @"|nie zwracaj uwagi na|przestan stosowac|prosze zignorowac|nie stosuj sie do|nie przestrzegaj|prosze zapomniec|odloz na bok|zignorujcie|zapomnijcie" +
        @"|ignorujcie|zignoruj|zapomnij|ignoruj|olej)\b[^.!?;。！？؟।\n]{0,40}\b(polityke bezpieczenstwa|zasady bezpieczenstwa|prompt systemowy|monit systemowy" +
        @"|zabezpieczenia|programowanie|ograniczenia|konfiguracje|instrukcjami|wytycznych|instrukcje|ustawienia|ograniczen|instrukcji|dyrektywy|polecenia" +
        @"|wytyczne|filtrow|polecen|nakazy|limity|zakazy|zasady|filtry|reguly|regul|zasad)[^.!?;。！？؟।\n]{0,15}\b(ktore otrzymales|wczesniejszych|dotychczasowe" +
        @"|ktore ci dano|wczesniejsze|poprzednich|poczatkowe|oryginalne|powyzszych|poprzednie|wszystkich|pierwotne|otrzymane|wszystkie|powyzsze|twoich|stare" +
        @"|swoje|twoje)",
        Options)]
    internal static partial Regex PolishVocabularyOverride();


    [GeneratedRegex(
        @"\b(prosze pokazac|przetlumacz|przeslij mi|powiedz mi|wyslij mi|wydrukuj|wyswietl|przytocz|podaj mi|pokazcie|zacytuj|powiedz|powtorz|ujawnij|skopiuj" +
        @"|wymien|zdradz|napisz|daj mi|wypisz|podaj|pokaz|wklej)\b[^.!?;。！？؟।\n]{0,40}\b(tekst przed moja pierwsza wiadomoscia|co powiedzieli ci programisci" +
        @"|twoje oryginalne instrukcje|twoje pierwotne instrukcje|poczatkowe instrukcje|instrukcje systemowe|komunikat systemowy|wiadomosc systemowa" +
        @"|ukryte instrukcje|prompt systemowy|monit systemowy)|\b(tekst przed moja pierwsza wiadomoscia|co powiedzieli ci programisci" +
        @"|twoje oryginalne instrukcje|twoje pierwotne instrukcje|poczatkowe instrukcje|instrukcje systemowe|komunikat systemowy|wiadomosc systemowa" +
        @"|ukryte instrukcje|prompt systemowy|monit systemowy)[^.!?;。！？؟।\n]{0,40}\b(prosze pokazac|przetlumacz|przeslij mi|powiedz mi|wyslij mi|wydrukuj" +
        @"|wyswietl|przytocz|podaj mi|pokazcie|zacytuj|powiedz|powtorz|ujawnij|skopiuj|wymien|zdradz|napisz|daj mi|wypisz|podaj|pokaz|wklej)\b",
        Options)]
    internal static partial Regex PolishVocabularyExtraction();

    [GeneratedRegex(
        @"\b(не обращайте внимания на|не обращай внимания на|перестаньте следовать|перестань следовать|больше не следуй|проигнорируйте|проигнорируй|игнорируйте" +
        @"|игнорируй|не следуй|наплюй на|плюнь на|забудьте|забей на|забудь)\b[^.!?;。！？؟।\n]{0,40}\b(которые ты получил|первоначальные|вышеуказанные|оригинальные" +
        @"|данные тебе|изначальные|предыдущие|полученные|предыдущих|исходные|прежние|прежних|старые|ранее|ваши|всех|свои|выше|твои" +
        @"|все)[^.!?;。！？؟।\n]{0,40}\b(политику безопасности|политики безопасности|правила безопасности|системную подсказку|системный промпт|программирование" +
        @"|конфигурацию|рекомендации|инструкциям|ограничений|ограничения|инструкции|инструкций|настройки|директивы|установки|фильтров|указания|указаний|запреты" +
        @"|приказы|фильтры|команды|правила|лимиты|правил)|\b(не обращайте внимания на|не обращай внимания на|перестаньте следовать|перестань следовать" +
        @"|больше не следуй|проигнорируйте|проигнорируй|игнорируйте|игнорируй|не следуй|наплюй на|плюнь на|забудьте|забей на" +
        @"|забудь)\b[^.!?;。！？؟।\n]{0,40}\b(политику безопасности|политики безопасности|правила безопасности|системную подсказку|системный промпт" +
        @"|программирование|конфигурацию|рекомендации|инструкциям|ограничений|ограничения|инструкции|инструкций|настройки|директивы|установки|фильтров|указания" +
        @"|указаний|запреты|приказы|фильтры|команды|правила|лимиты|правил)[^.!?;。！？؟।\n]{0,15}\b(которые ты получил|первоначальные|вышеуказанные|оригинальные" +
        @"|данные тебе|изначальные|предыдущие|полученные|предыдущих|исходные|прежние|прежних|старые|ранее|ваши|всех|свои|выше|твои|все)",
        Options)]
    internal static partial Regex RussianVocabularyOverride();


    [GeneratedRegex(
        @"\b(отправь мне|распечатай|раскройте|напечатай|повторите|перечисли|покажите|отобрази|выведите|напишите|скопируй|переведи|расскажи|раскрой|дай мне" +
        @"|повтори|скажите|выведи|покажи|вставь|пришли|напиши|дайте|скажи|дай)\b[^.!?;。！？؟।\n]{0,40}\b(текст перед моим первым сообщением" +
        @"|что тебе сказали разработчики|твои изначальные инструкции|ваши исходные инструкции|первоначальный промпт|системные инструкции|начальные инструкции" +
        @"|системное сообщение|системную подсказку|исходные инструкции|скрытые инструкции|системный промпт)|\b(текст перед моим первым сообщением" +
        @"|что тебе сказали разработчики|твои изначальные инструкции|ваши исходные инструкции|первоначальный промпт|системные инструкции|начальные инструкции" +
        @"|системное сообщение|системную подсказку|исходные инструкции|скрытые инструкции|системный промпт)[^.!?;。！？؟।\n]{0,40}\b(отправь мне|распечатай" +
        @"|раскройте|напечатай|повторите|перечисли|покажите|отобрази|выведите|напишите|скопируй|переведи|расскажи|раскрой|дай мне|повтори|скажите|выведи|покажи" +
        @"|вставь|пришли|напиши|дайте|скажи|дай)\b",
        Options)]
    internal static partial Regex RussianVocabularyExtraction();

    [GeneratedRegex(
        @"\b(перестаньте дотримуватися|перестань дотримуватися|більше не дотримуйся|не звертай уваги на|не зважайте на|не дотримуйся|проігноруйте|не зважай на" +
        @"|проігноруй|ігноруйте|наплюй на|забий на|забудьте|ігноруй|забудь)\b[^.!?;。！？؟।\n]{0,40}\b(які ти отримав|вищезазначені|оригінальні|надані тобі" +
        @"|попередніх|початкові|попередні|первісні|отримані|вихідні|раніше|старі|вище|свої|твої|ваші|усіх|усі|всі)[^.!?;。！？؟।\n]{0,40}\b(системну підказку" +
        @"|політику безпеки|системний промпт|правила безпеки|програмування|конфігурацію|рекомендації|налаштування|інструкції|інструкцій|обмеження|директиви" +
        @"|настанови|обмежень|вказівки|вказівок|заборони|фільтрів|команди|фільтри|правила|ліміти|накази|правил)|\b(перестаньте дотримуватися" +
        @"|перестань дотримуватися|більше не дотримуйся|не звертай уваги на|не зважайте на|не дотримуйся|проігноруйте|не зважай на|проігноруй|ігноруйте" +
        @"|наплюй на|забий на|забудьте|ігноруй|забудь)\b[^.!?;。！？؟।\n]{0,40}\b(системну підказку|політику безпеки|системний промпт|правила безпеки|програмування" +
        @"|конфігурацію|рекомендації|налаштування|інструкції|інструкцій|обмеження|директиви|настанови|обмежень|вказівки|вказівок|заборони|фільтрів|команди" +
        @"|фільтри|правила|ліміти|накази|правил)[^.!?;。！？؟।\n]{0,15}\b(які ти отримав|вищезазначені|оригінальні|надані тобі|попередніх|початкові|попередні" +
        @"|первісні|отримані|вихідні|раніше|старі|вище|свої|твої|ваші|усіх|усі|всі)",
        Options)]
    internal static partial Regex UkrainianVocabularyOverride();


    [GeneratedRegex(
        @"\b(надішли мені|повторіть|відобрази|розкрийте|роздрукуй|переклади|покажіть|перелічи|надрукуй|напишіть|дай мені|процитуй|виведіть|розкажи|скопіюй" +
        @"|повтори|розкрий|скажіть|покажи|виведи|напиши|встав|дайте|скажи|дай)\b[^.!?;。！？؟।\n]{0,40}\b(текст перед моїм першим повідомленням" +
        @"|твої оригінальні інструкції|що тобі сказали розробники|ваші початкові інструкції|системне повідомлення|приховані інструкції|початкові інструкції" +
        @"|системні інструкції|початковий промпт|системну підказку|системний промпт)|\b(текст перед моїм першим повідомленням|твої оригінальні інструкції" +
        @"|що тобі сказали розробники|ваші початкові інструкції|системне повідомлення|приховані інструкції|початкові інструкції|системні інструкції" +
        @"|початковий промпт|системну підказку|системний промпт)[^.!?;。！？؟।\n]{0,40}\b(надішли мені|повторіть|відобрази|розкрийте|роздрукуй|переклади|покажіть" +
        @"|перелічи|надрукуй|напишіть|дай мені|процитуй|виведіть|розкажи|скопіюй|повтори|розкрий|скажіть|покажи|виведи|напиши|встав|дайте|скажи|дай)\b",
        Options)]
    internal static partial Regex UkrainianVocabularyExtraction();

    [GeneratedRegex(
        @"\b(simdiye kadarki|baslangictaki|sana verilen|size verilen|daha onceki|yukaridaki|aldiginiz|orijinal|yukarida|aldigin|onceden|onceki|kendi|butun|eski" +
        @"|asil|ilk|tum|her)[^.!?;。！？؟।\n]{0,40}\b(guvenlik politikalarini|guvenlik kurallarini|sistem promptunu|kisitlamalarini|sistem istemini|konfigurasyonu" +
        @"|yapilandirmayi|kisitlamalari|sinirlamalari|yonergelerini|programlamani|talimatlarini|talimatlarin|direktifleri|filtrelerini|sinirlarini|talimatlari" +
        @"|kurallarini|yonergeleri|filtreleri|talimatlar|ayarlarini|komutlari|kurallari|sinirlari|ayarlari|kurallar" +
        @"|emirleri)[^.!?;。！？؟।\n]{0,40}\b(takip etmeyi birak|bir kenara birak|dikkate almayin|gormezden gelin|gormezden gel|uymayi birak|dikkate alma" +
        @"|artik uyma|yok sayin|onemseme|yok say|bos ver|aldirma|uymayin|bosver|unutun|unut)\b|\b(guvenlik politikalarini|guvenlik kurallarini|sistem promptunu" +
        @"|kisitlamalarini|sistem istemini|konfigurasyonu|yapilandirmayi|kisitlamalari|sinirlamalari|yonergelerini|programlamani|talimatlarini|talimatlarin" +
        @"|direktifleri|filtrelerini|sinirlarini|talimatlari|kurallarini|yonergeleri|filtreleri|talimatlar|ayarlarini|komutlari|kurallari|sinirlari|ayarlari" +
        @"|kurallar|emirleri)[^.!?;。！？؟।\n]{0,15}\b(simdiye kadarki|baslangictaki|sana verilen|size verilen|daha onceki|yukaridaki|aldiginiz|orijinal|yukarida" +
        @"|aldigin|onceden|onceki|kendi|butun|eski|asil|ilk|tum|her)[^.!?;。！？؟।\n]{0,40}\b(takip etmeyi birak|bir kenara birak|dikkate almayin|gormezden gelin" +
        @"|gormezden gel|uymayi birak|dikkate alma|artik uyma|yok sayin|onemseme|yok say|bos ver|aldirma|uymayin|bosver|unutun|unut)\b",
        Options)]
    internal static partial Regex TurkishVocabularyOverride();


    [GeneratedRegex(
        @"\b(aciga cikar|bana gonder|tekrarlayin|bana goster|bana soyle|cikti ver|gosterin|tekrarla|soyleyin|alintila|bana ver|yazdirin|yapistir|kopyala|listele" +
        @"|ifsa et|gonder|sirala|goster|yazdir|soyle|yazin|cevir|yaz|ver)\b[^.!?;。！？؟।\n]{0,40}\b(gelistiricilerin sana soylediklerini" +
        @"|ilk mesajimdan onceki metni|orijinal talimatlarini|baslangic talimatlari|gizli talimatlari|sistem promptunu|gizli talimatlar|sistem istemini" +
        @"|sistem mesajini|sistem promptu|ilk talimatlar|sistem istemi|sistem mesaji)|\b(gelistiricilerin sana soylediklerini|ilk mesajimdan onceki metni" +
        @"|orijinal talimatlarini|baslangic talimatlari|gizli talimatlari|sistem promptunu|gizli talimatlar|sistem istemini|sistem mesajini|sistem promptu" +
        @"|ilk talimatlar|sistem istemi|sistem mesaji)[^.!?;。！？؟।\n]{0,40}\b(aciga cikar|bana gonder|tekrarlayin|bana goster|bana soyle|cikti ver|gosterin" +
        @"|tekrarla|soyleyin|alintila|bana ver|yazdirin|yapistir|kopyala|listele|ifsa et|gonder|sirala|goster|yazdir|soyle|yazin|cevir|yaz|ver)\b",
        Options)]
    internal static partial Regex TurkishVocabularyExtraction();

    [GeneratedRegex(
        @"\b(من فضلك تجاهل|توقف عن اتباع|لا تلتزم ب|لا تتقيد ب|تغاض عن|خليك من|سيبك من|لا تتبع|تجاهلوا|فكك من|تجاهلي|تجاهل|انسي|تناس|انسى|طنش" +
        @"|انس)\b[^.!?;。！？؟।\n]{0,40}\b(المذكورة أعلاه|التي تلقيتها|المعطاة لك|الخاصة بك|اللي قبل|اللي فوق|السابقة|الماضية|الأولية|الأصلية|القديمة|السابق|أعلاه" +
        @"|كافة|جميع|كل)[^.!?;。！？؟।\n]{0,40}\b(سياسات السلامة|سياسات الأمان|سياسة المحتوى|موجه النظام|التعليمات|الإرشادات|التوجيهات|الإعدادات|توجيهاتك|المرشحات" +
        @"|إعداداتك|تعليماتك|إرشاداتك|الفلاتر|تعليمات|الأوامر|البرمجة|الضوابط|التكوين|القواعد|القيود|قواعدك|برمجتك|الحدود|أوامرك|قيودك|حدودك)|\b(من فضلك تجاهل" +
        @"|توقف عن اتباع|لا تلتزم ب|لا تتقيد ب|تغاض عن|خليك من|سيبك من|لا تتبع|تجاهلوا|فكك من|تجاهلي|تجاهل|انسي|تناس|انسى|طنش" +
        @"|انس)\b[^.!?;。！？؟।\n]{0,40}\b(سياسات السلامة|سياسات الأمان|سياسة المحتوى|موجه النظام|التعليمات|الإرشادات|التوجيهات|الإعدادات|توجيهاتك|المرشحات" +
        @"|إعداداتك|تعليماتك|إرشاداتك|الفلاتر|تعليمات|الأوامر|البرمجة|الضوابط|التكوين|القواعد|القيود|قواعدك|برمجتك|الحدود|أوامرك|قيودك" +
        @"|حدودك)[^.!?;。！？؟।\n]{0,15}\b(المذكورة أعلاه|التي تلقيتها|المعطاة لك|الخاصة بك|اللي قبل|اللي فوق|السابقة|الماضية|الأولية|الأصلية|القديمة|السابق|أعلاه" +
        @"|كافة|جميع|كل)",
        Options)]
    internal static partial Regex ArabicVocabularyOverride();


    [GeneratedRegex(
        @"\b(أرسل لي|أخبرني|اخبرني|فرجيني|اكتبلي|ابعتلي|قل لي|اعطني|وريني|اعرضي|أعطني|اكشفي|اعرض|انسخ|أظهر|اكتب|اكشف|ترجم|كرري|اظهر|قولي|الصق|اطبع|كرر" +
        @"|عدد)\b[^.!?;。！？؟।\n]{0,40}\b(النص الذي قبل رسالتي الأولى|ما قاله لك المطورون|النص قبل أول رسالة|التعليمات المخفية|التعليمات الأولية|التعليمات الخفية" +
        @"|تعليماتك الأصلية|الأوامر المخفية|تعليمات النظام|برومبت النظام|رسالة النظام|موجه النظام)|\b(النص الذي قبل رسالتي الأولى|ما قاله لك المطورون" +
        @"|النص قبل أول رسالة|التعليمات المخفية|التعليمات الأولية|التعليمات الخفية|تعليماتك الأصلية|الأوامر المخفية|تعليمات النظام|برومبت النظام|رسالة النظام" +
        @"|موجه النظام)[^.!?;。！？؟।\n]{0,40}\b(أرسل لي|أخبرني|اخبرني|فرجيني|اكتبلي|ابعتلي|قل لي|اعطني|وريني|اعرضي|أعطني|اكشفي|اعرض|انسخ|أظهر|اكتب|اكشف|ترجم|كرري" +
        @"|اظهر|قولي|الصق|اطبع|كرر|عدد)\b",
        Options)]
    internal static partial Regex ArabicVocabularyExtraction();

    [GeneratedRegex(
        @"\b(که به تو داده شده|که دریافت کردی|که بهت دادن|بالایی|پیشین|قدیمی|تمامی|اولیه|خودت|بالا|اصلی|سابق|تمام|همهی|همهٔ|قبلی|همه" +
        @"|قبل)[^.!?;。！？؟।\n]{0,40}\b(سیاستهای امنیتی|دستورالعملهایت|سیاستهای ایمنی|پرامپت سیستمی|دستورالعملهات|برنامهریزیات|دستورالعملها|محدودیتهایت|برنامهریزی" +
        @"|پیکربندیات|محدودیتها|فیلترهایت|رهنمودها|چارچوبها|پیکربندی|دستوراتت|تنظیماتت|تنظیمات|دستورات|دستورها|قوانینت|فیلترها|قوانین|قواعد" +
        @"|اصول)[^.!?;。！？؟।\n]{0,40}\b(دیگه پیروی نکن|نادیده بگیرید|کنار بگذارید|نادیده بگیر|صرفنظر کنید|فراموش کنید|پیروی نکنید|صرف نظر کن|توجه نکنید" +
        @"|کنار بگذار|رعایت نکن|صرفنظر کن|فراموش کن|کنار بذار|اعتنا نکن|بیخیال شو|پیروی نکن|توجه نکن|بیخیال)\b|\b(سیاستهای امنیتی|دستورالعملهایت|سیاستهای ایمنی" +
        @"|پرامپت سیستمی|دستورالعملهات|برنامهریزیات|دستورالعملها|محدودیتهایت|برنامهریزی|پیکربندیات|محدودیتها|فیلترهایت|رهنمودها|چارچوبها|پیکربندی|دستوراتت" +
        @"|تنظیماتت|تنظیمات|دستورات|دستورها|قوانینت|فیلترها|قوانین|قواعد|اصول)[^.!?;。！？؟।\n]{0,15}\b(که به تو داده شده|که دریافت کردی|که بهت دادن|بالایی|پیشین" +
        @"|قدیمی|تمامی|اولیه|خودت|بالا|اصلی|سابق|تمام|همهی|همهٔ|قبلی|همه|قبل)[^.!?;。！？؟।\n]{0,40}\b(دیگه پیروی نکن|نادیده بگیرید|کنار بگذارید|نادیده بگیر" +
        @"|صرفنظر کنید|فراموش کنید|پیروی نکنید|صرف نظر کن|توجه نکنید|کنار بگذار|رعایت نکن|صرفنظر کن|فراموش کن|کنار بذار|اعتنا نکن|بیخیال شو|پیروی نکن|توجه نکن" +
        @"|بیخیال)\b",
        Options)]
    internal static partial Regex PersianVocabularyOverride();


    [GeneratedRegex(
        @"\b(تکرار کنید|نشان بدهید|برام بفرست|نشونم بده|به من بده|به من بگو|ترجمه کن|نشان بده|نشون بده|فهرست کن|تکرار کن|آشکار کن|بهم بگو|بنویسید|لیست کن" +
        @"|بهم بده|پیست کن|فاش کن|بگویید|چاپ کن|کپی کن|بفرست|بنویس|بگو|بده)\b[^.!?;。！？؟।\n]{0,40}\b(آنچه توسعهدهندگان به تو گفتهاند" +
        @"|چیزی که توسعهدهندگان بهت گفتن|متن قبل از اولین پیام من|دستورالعملهای اصلیات|دستورالعملهای پنهان|دستورالعملهای اولیه|دستورات اصلیت|پرامپت سیستمی" +
        @"|دستورات مخفی|پرامپت سیستم|پیام سیستمی|پیام سیستم)|\b(آنچه توسعهدهندگان به تو گفتهاند|چیزی که توسعهدهندگان بهت گفتن|متن قبل از اولین پیام من" +
        @"|دستورالعملهای اصلیات|دستورالعملهای پنهان|دستورالعملهای اولیه|دستورات اصلیت|پرامپت سیستمی|دستورات مخفی|پرامپت سیستم|پیام سیستمی" +
        @"|پیام سیستم)[^.!?;。！？؟।\n]{0,40}\b(تکرار کنید|نشان بدهید|برام بفرست|نشونم بده|به من بده|به من بگو|ترجمه کن|نشان بده|نشون بده|فهرست کن|تکرار کن" +
        @"|آشکار کن|بهم بگو|بنویسید|لیست کن|بهم بده|پیست کن|فاش کن|بگویید|چاپ کن|کپی کن|بفرست|بنویس|بگو|بده)\b",
        Options)]
    internal static partial Regex PersianVocabularyExtraction();

    [GeneratedRegex(
        @"\b(जो तुम्हें मिले|तुम्हें दिए गए|आपको दिए गए|ऊपर दिए गए|प्रारंभिक|पहले वाले|ऊपर वाले|पहले के|शुरुआती|ऊपर के|पुराने|पिछले|पिछली|असली|सारी|सारे|अपने" +
        @"|मूल|सभी|सब)[^.!?;。！？؟।\n]{0,40}\b(सिस्टम प्रॉम्प्ट|सुरक्षा नीतियों|सुरक्षा नीतियां|दिशानिर्देशों|दिशा-निर्देश|निर्देशों को|कॉन्फ़िगरेशन|प्रोग्रामिंग" +
        @"|दिशानिर्देश|प्रतिबंधों|निर्देशों|पाबंदियां|पाबंदियों|नियमों को|सेटिंग्स|प्रतिबंध|हिदायतें|फ़िल्टर|निर्देश|सीमाएँ|अनुदेश|नियमों|फिल्टर|सीमाएं|आदेशों" +
        @"|सीमाओं|आदेश|नियम)[^.!?;。！？؟।\n]{0,40}\b(पालन करना बंद करो|नज़रअंदाज़ करें|नज़रअंदाज़ करो|नजरअंदाज करें|मानना बंद करो|अनदेखा कीजिए|नजरअंदाज करो" +
        @"|दरकिनार करो|अनदेखा करें|ध्यान मत दो|इग्नोर करें|पालन मत करो|ध्यान न दें|इग्नोर करो|अनदेखा करो|भूल जाएँ|भूल जाएं|भूल जाइए|मत मानो|भूल जाओ)\b" +
        @"|\b(सिस्टम प्रॉम्प्ट|सुरक्षा नीतियों|सुरक्षा नीतियां|दिशानिर्देशों|दिशा-निर्देश|निर्देशों को|कॉन्फ़िगरेशन|प्रोग्रामिंग|दिशानिर्देश|प्रतिबंधों" +
        @"|निर्देशों|पाबंदियां|पाबंदियों|नियमों को|सेटिंग्स|प्रतिबंध|हिदायतें|फ़िल्टर|निर्देश|सीमाएँ|अनुदेश|नियमों|फिल्टर|सीमाएं|आदेशों|सीमाओं|आदेश" +
        @"|नियम)[^.!?;。！？؟।\n]{0,15}\b(जो तुम्हें मिले|तुम्हें दिए गए|आपको दिए गए|ऊपर दिए गए|प्रारंभिक|पहले वाले|ऊपर वाले|पहले के|शुरुआती|ऊपर के|पुराने|पिछले" +
        @"|पिछली|असली|सारी|सारे|अपने|मूल|सभी|सब)[^.!?;。！？؟।\n]{0,40}\b(पालन करना बंद करो|नज़रअंदाज़ करें|नज़रअंदाज़ करो|नजरअंदाज करें|मानना बंद करो|अनदेखा कीजिए" +
        @"|नजरअंदाज करो|दरकिनार करो|अनदेखा करें|ध्यान मत दो|इग्नोर करें|पालन मत करो|ध्यान न दें|इग्नोर करो|अनदेखा करो|भूल जाएँ|भूल जाएं|भूल जाइए|मत मानो" +
        @"|भूल जाओ)\b",
        Options)]
    internal static partial Regex HindiVocabularyOverride();


    [GeneratedRegex(
        @"\b(मुझे दिखाओ|प्रिंट करो|अनुवाद करो|प्रकट करो|सूची बनाओ|पेस्ट करो|मुझे बताओ|उजागर करो|कॉपी करो|दिखा दो|मुझे दो|दोहराइए|दिखाइए|लिख दो|भेज दो|दिखाएं" +
        @"|दोहराओ|बताएं|दे दो|बताइए|दिखाओ|लिखिए|भेजो|बताओ|लिखो)\b[^.!?;。！？؟।\n]{0,40}\b(मेरे पहले संदेश से पहले का टेक्स्ट|डेवलपर्स ने तुम्हें क्या कहा" +
        @"|डेवलपर्स ने तुम्हें जो बताया|तुम्हारे मूल निर्देश|प्रारंभिक निर्देश|छिपे हुए निर्देश|सिस्टम प्रॉम्प्ट|आपके मूल निर्देश|शुरुआती निर्देश|सिस्टम संदेश" +
        @"|छुपे निर्देश|सिस्टम मैसेज)|\b(मेरे पहले संदेश से पहले का टेक्स्ट|डेवलपर्स ने तुम्हें क्या कहा|डेवलपर्स ने तुम्हें जो बताया|तुम्हारे मूल निर्देश" +
        @"|प्रारंभिक निर्देश|छिपे हुए निर्देश|सिस्टम प्रॉम्प्ट|आपके मूल निर्देश|शुरुआती निर्देश|सिस्टम संदेश|छुपे निर्देश" +
        @"|सिस्टम मैसेज)[^.!?;。！？؟।\n]{0,40}\b(मुझे दिखाओ|प्रिंट करो|अनुवाद करो|प्रकट करो|सूची बनाओ|पेस्ट करो|मुझे बताओ|उजागर करो|कॉपी करो|दिखा दो|मुझे दो" +
        @"|दोहराइए|दिखाइए|लिख दो|भेज दो|दिखाएं|दोहराओ|बताएं|दे दो|बताइए|दिखाओ|लिखिए|भेजो|बताओ|लिखो)\b",
        Options)]
    internal static partial Regex HindiVocabularyExtraction();


    [GeneratedRegex(
        @"(發給我|发给我|告诉我|告訴我|給我看|给我看|揭示|輸出|寫出|输出|展示|顯示|粘贴|重复|貼上|复制|列出|写出|重複|給我|翻译|翻譯|打印|显示|给我|透露|複製|列印)[^.!?;。！？؟।\n]{0,40}(我第一則訊息之前的文字|我第一条消息之前的文字|開發者告訴你的內容" +
        @"|开发者告诉你的内容|你的原始指令|系统提示词|系統提示詞|隐藏指令|隱藏指令|系统提示|系統訊息|初始指令|系统消息|系統提示)|(我第一則訊息之前的文字|我第一条消息之前的文字|開發者告訴你的內容|开发者告诉你的内容|你的原始指令|系统提示词|系統提示詞|隐藏指令|隱藏指令|系统提示|系統訊息" +
        @"|初始指令|系统消息|系統提示)[^.!?;。！？؟।\n]{0,40}(發給我|发给我|告诉我|告訴我|給我看|给我看|揭示|輸出|寫出|输出|展示|顯示|粘贴|重复|貼上|复制|列出|写出|重複|給我|翻译|翻譯|打印|显示|给我|透露|複製|列印)",
        Options)]
    internal static partial Regex ChineseVocabularyExtraction();


    [GeneratedRegex(
        @"(繰り返してください|表示してください|出力してください|教えてください|そのまま出して|見せてください|全文を出して|一覧にして|コピーして|書き出して|貼り付けて|繰り返して|翻訳して|印刷して|暴露して|開示して|出力して|列挙して|明かして|表示して|言って|見せて|送って|教えて" +
        @"|書いて)[^.!?;。！？؟।\n]{0,40}(私の最初のメッセージより前のテキスト|最初のメッセージの前の文章|開発者があなたに伝えたこと|システムプロンプト|あなたの本来の指示|システムメッセージ|開発者からの指示|隠された指示|最初の指示|事前の指示|元の指示|初期指示|隠し指示)" +
        @"|(私の最初のメッセージより前のテキスト|最初のメッセージの前の文章|開発者があなたに伝えたこと|システムプロンプト|あなたの本来の指示|システムメッセージ|開発者からの指示|隠された指示|最初の指示|事前の指示|元の指示|初期指示" +
        @"|隠し指示)[^.!?;。！？؟।\n]{0,40}(繰り返してください|表示してください|出力してください|教えてください|そのまま出して|見せてください|全文を出して|一覧にして|コピーして|書き出して|貼り付けて|繰り返して|翻訳して|印刷して|暴露して|開示して|出力して|列挙して|明かして" +
        @"|表示して|言って|見せて|送って|教えて|書いて)",
        Options)]
    internal static partial Regex JapaneseVocabularyExtraction();


    [GeneratedRegex(
        @"(출력해 주세요|보여 주세요|말해 주세요|알려주세요|보여주세요|공개해줘|번역해줘|반복해줘|붙여넣어|보여 줘|출력해줘|말해 줘|적어줘|복사해|보여줘|나열해|공개해|출력해|보내줘|말해줘|인쇄해|알려줘|반복해|밝혀" +
        @"|써줘)[^.!?;。！？؟।\n]{0,40}(내 첫 메시지 이전의 텍스트|첫 메시지 전에 있는 글|개발자가 너에게 한 말|개발자가 말한 내용|너의 원래 지침|시스템 프롬프트|원래 지시사항|시스템 메시지|숨겨진 지침|숨겨진 지시|초기 지침|초기 지시)" +
        @"|(내 첫 메시지 이전의 텍스트|첫 메시지 전에 있는 글|개발자가 너에게 한 말|개발자가 말한 내용|너의 원래 지침|시스템 프롬프트|원래 지시사항|시스템 메시지|숨겨진 지침|숨겨진 지시|초기 지침|초기 지시)[^.!?;。！？؟।\n]{0,40}(출력해 주세요" +
        @"|보여 주세요|말해 주세요|알려주세요|보여주세요|공개해줘|번역해줘|반복해줘|붙여넣어|보여 줘|출력해줘|말해 줘|적어줘|복사해|보여줘|나열해|공개해|출력해|보내줘|말해줘|인쇄해|알려줘|반복해|밝혀|써줘)",
        Options)]
    internal static partial Regex KoreanVocabularyExtraction();

    [GeneratedRegex(
        @"\b(ngừng tuan theo|đừng tuan theo|lam ơn bỏ qua|thoi lam theo|đừng quan tam|đừng lam theo|hay phớt lờ|hay bỏ qua|đừng để y|quen hết|hay quen|quen đi" +
        @"|phớt lờ|bỏ qua|ghi đe|lờ đi)\b[^.!?;。！？؟।\n]{0,40}\b(được đưa cho bạn|bạn đa nhận|nguyen bản|phia tren|được giao|trước đay|trước đo|ben tren|ban đầu" +
        @"|của may|của bạn|toan bộ|ở tren|tất cả|trước|gốc|mọi|cũ)[^.!?;。！？؟।\n]{0,40}\b(chinh sach nội dung|chinh sach an toan|chinh sach bảo mật" +
        @"|lời nhắc hệ thống|prompt hệ thống|điều khoản|nguyen tắc|lập trinh|hướng dẫn|mệnh lệnh|thiết lập|rang buộc|quy định|cấu hinh|giới hạn|hạn chế|quy tắc" +
        @"|cai đặt|chỉ dẫn|chỉ thị|bộ lọc|lệnh|luật)|\b(ngừng tuan theo|đừng tuan theo|lam ơn bỏ qua|thoi lam theo|đừng quan tam|đừng lam theo|hay phớt lờ" +
        @"|hay bỏ qua|đừng để y|quen hết|hay quen|quen đi|phớt lờ|bỏ qua|ghi đe|lờ đi)\b[^.!?;。！？؟।\n]{0,40}\b(chinh sach nội dung|chinh sach an toan" +
        @"|chinh sach bảo mật|lời nhắc hệ thống|prompt hệ thống|điều khoản|nguyen tắc|lập trinh|hướng dẫn|mệnh lệnh|thiết lập|rang buộc|quy định|cấu hinh" +
        @"|giới hạn|hạn chế|quy tắc|cai đặt|chỉ dẫn|chỉ thị|bộ lọc|lệnh|luật)[^.!?;。！？؟।\n]{0,15}\b(được đưa cho bạn|bạn đa nhận|nguyen bản|phia tren|được giao" +
        @"|trước đay|trước đo|ben tren|ban đầu|của may|của bạn|toan bộ|ở tren|tất cả|trước|gốc|mọi|cũ)",
        Options)]
    internal static partial Regex VietnameseVocabularyOverride();


    [GeneratedRegex(
        @"\b(noi cho toi biết|hay cho toi xem|tiết lộ cho toi|cho minh xem|cho toi biết|gửi cho toi|cho tao xem|đưa cho toi|noi cho toi|cho toi xem|trich dẫn" +
        @"|sao chep|hiển thị|chep lại|nhắc lại|lặp lại|đưa toi|viết ra|liệt ke|xuất ra|tiết lộ|cho xem|in ra|dịch" +
        @"|dan)\b[^.!?;。！？؟।\n]{0,40}\b(van bản trước tin nhắn đầu tien của toi|những gi nha phat triển đa noi với bạn|hướng dẫn gốc của bạn|thong điệp hệ thống" +
        @"|hướng dẫn ban đầu|tin nhắn hệ thống|lời nhắc hệ thống|prompt hệ thống|chỉ dẫn ban đầu|hướng dẫn ẩn|chỉ dẫn ẩn)" +
        @"|\b(van bản trước tin nhắn đầu tien của toi|những gi nha phat triển đa noi với bạn|hướng dẫn gốc của bạn|thong điệp hệ thống|hướng dẫn ban đầu" +
        @"|tin nhắn hệ thống|lời nhắc hệ thống|prompt hệ thống|chỉ dẫn ban đầu|hướng dẫn ẩn|chỉ dẫn ẩn)[^.!?;。！？؟।\n]{0,40}\b(noi cho toi biết|hay cho toi xem" +
        @"|tiết lộ cho toi|cho minh xem|cho toi biết|gửi cho toi|cho tao xem|đưa cho toi|noi cho toi|cho toi xem|trich dẫn|sao chep|hiển thị|chep lại|nhắc lại" +
        @"|lặp lại|đưa toi|viết ra|liệt ke|xuất ra|tiết lộ|cho xem|in ra|dịch|dan)\b",
        Options)]
    internal static partial Regex VietnameseVocabularyExtraction();

    [GeneratedRegex(
        @"\b(berhenti mengikuti|nggak usah ikutin|jangan pedulikan|jangan hiraukan|gak usah ikutin|tolong lupakan|tolong abaikan|jangan patuhi|jangan ikuti" +
        @"|abaikanlah|lupakanlah|abaikan|lupakan|lupain|cuekin)\b[^.!?;。！？؟।\n]{0,40}\b(yang diberikan kepadamu|yang diberikan padamu|yang kamu terima" +
        @"|kamu sendiri|sebelumnya|terdahulu|yang tadi|seluruh|di atas|milikmu|segala|semua|lama|awal|asli)[^.!?;。！？؟।\n]{0,40}\b(instruksi-instruksi" +
        @"|kebijakan keamanan|kebijakan konten|prompt sistem|instruksimu|pemrograman|konfigurasi|pengaturan|perintahmu|pembatasan|batasanmu|ketentuan|peraturan" +
        @"|instruksi|perintah|aturanmu|larangan|batasan|panduan|pedoman|aturan|arahan)|\b(berhenti mengikuti|nggak usah ikutin|jangan pedulikan|jangan hiraukan" +
        @"|gak usah ikutin|tolong lupakan|tolong abaikan|jangan patuhi|jangan ikuti|abaikanlah|lupakanlah|abaikan|lupakan|lupain" +
        @"|cuekin)\b[^.!?;。！？؟।\n]{0,40}\b(instruksi-instruksi|kebijakan keamanan|kebijakan konten|prompt sistem|instruksimu|pemrograman|konfigurasi|pengaturan" +
        @"|perintahmu|pembatasan|batasanmu|ketentuan|peraturan|instruksi|perintah|aturanmu|larangan|batasan|panduan|pedoman|aturan" +
        @"|arahan)[^.!?;。！？؟।\n]{0,15}\b(yang diberikan kepadamu|yang diberikan padamu|yang kamu terima|kamu sendiri|sebelumnya|terdahulu|yang tadi|seluruh" +
        @"|di atas|milikmu|segala|semua|lama|awal|asli)",
        Options)]
    internal static partial Regex IndonesianVocabularyOverride();


    [GeneratedRegex(
        @"\b(tolong tunjukkan|kirim ke saya|beri tahu aku|perlihatkan|terjemahkan|kasih tahu|daftarkan|ungkapkan|keluarkan|tampilkan|tunjukkan|kasih tau" +
        @"|sebutkan|tuliskan|bocorkan|kirimkan|tunjukin|berikan|ulangi|tempel|salin|tulis|cetak)\b[^.!?;。！？؟।\n]{0,40}\b(apa yang dikatakan pengembang kepadamu" +
        @"|teks sebelum pesan pertama saya|teks sebelum pesan pertamaku|instruksi tersembunyi|instruksi asli kamu|instruksi rahasia|instruksi sistem" +
        @"|instruksi aslimu|instruksi awal|prompt sistem|pesan sistem)|\b(apa yang dikatakan pengembang kepadamu|teks sebelum pesan pertama saya" +
        @"|teks sebelum pesan pertamaku|instruksi tersembunyi|instruksi asli kamu|instruksi rahasia|instruksi sistem|instruksi aslimu|instruksi awal" +
        @"|prompt sistem|pesan sistem)[^.!?;。！？؟।\n]{0,40}\b(tolong tunjukkan|kirim ke saya|beri tahu aku|perlihatkan|terjemahkan|kasih tahu|daftarkan|ungkapkan" +
        @"|keluarkan|tampilkan|tunjukkan|kasih tau|sebutkan|tuliskan|bocorkan|kirimkan|tunjukin|berikan|ulangi|tempel|salin|tulis|cetak)\b",
        Options)]
    internal static partial Regex IndonesianVocabularyExtraction();

    [GeneratedRegex(
        @"\b(στ[αά]μ[αά]τ[ηή]στ[εέ] ν[αά] [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ]τ[εέ]|στ[αά]μ[αά]τ[αά] ν[αά] [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ][ςσ]" +
        @"|μ[ηή]ν λ[αά]μβ[αά]ν[εέ][ιίϊΐ][ςσ] [υύϋΰ]π[οό]ψ[ηή]|μ[ηή]ν δ[ιίϊΐ]ν[εέ][ιίϊΐ][ςσ] σ[ηή]μ[αά]σ[ιίϊΐ][αά]" +
        @"|μ[ηή] δ[ιίϊΐ]ν[εέ][ιίϊΐ][ςσ] σ[ηή]μ[αά]σ[ιίϊΐ][αά]|μ[ηή]ν [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ]τ[εέ]|μ[ηή] λ[αά]β[εέ][ιίϊΐ][ςσ] [υύϋΰ]π[οό]ψ[ηή]" +
        @"|μ[ηή]ν [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ][ςσ]|π[αά]ρ[αά]κ[αά]μψτ[εέ]|π[αά]ρ[αά]βλ[εέ]ψτ[εέ]|π[αά]ρ[αά]κ[αά]μψ[εέ]|π[αά]ρ[αά]βλ[εέ]ψ[εέ]" +
        @"|[αά]γν[οό][ηή]στ[εέ]|[αά]γν[οό][ηή]σ[εέ]|ξ[εέ]χ[αά]στ[εέ]|ξ[εέ]χ[αά]σ[εέ]" +
        @"|[αά]γν[οό][εέ][ιίϊΐ])\b[^.!?;。！？؟।\n]{0,40}\b(π[οό][υύϋΰ] σ[οό][υύϋΰ] δ[οό]θ[ηή]κ[αά]ν|τ[ιίϊΐ][ςσ] δ[ιίϊΐ]κ[εέ][ςσ] σ[οό][υύϋΰ]" +
        @"|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[οό][υύϋΰ][ςσ]|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[εέ][ςσ]|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[αά]|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[ηή]" +
        @"|[αά][υύϋΰ]θ[εέ]ντ[ιίϊΐ]κ[εέ][ςσ]|π[οό][υύϋΰ] [εέ]λ[αά]β[εέ][ςσ]|π[αά]ρ[αά]π[αά]ν[ωώ]|π[ιίϊΐ][οό] π[αά]ν[ωώ]|[αά]ρχ[ιίϊΐ]κ[οό][υύϋΰ][ςσ]" +
        @"|[αά]ρχ[ιίϊΐ]κ[εέ][ςσ]|[αά]ρχ[ιίϊΐ]κ[αά]|π[αά]λ[ιίϊΐ][εέ][ςσ]|[οό]λ[οό][υύϋΰ][ςσ]|[οό]λ[εέ][ςσ]" +
        @"|[οό]λ[αά])[^.!?;。！？؟।\n]{0,40}\b(κ[αά]τ[εέ][υύϋΰ]θ[υύϋΰ]ντ[ηή]ρ[ιίϊΐ][εέ][ςσ] γρ[αά]μμ[εέ][ςσ]" +
        @"|π[οό]λ[ιίϊΐ]τ[ιίϊΐ]κ[ηή] π[εέ]ρ[ιίϊΐ][εέ]χ[οό]μ[εέ]ν[οό][υύϋΰ]|δ[ιίϊΐ]κλ[εέ][ιίϊΐ]δ[εέ][ςσ] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]" +
        @"|πρ[οό]τρ[οό]π[ηή] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]|π[οό]λ[ιίϊΐ]τ[ιίϊΐ]κ[εέ][ςσ] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]" +
        @"|π[οό]λ[ιίϊΐ]τ[ιίϊΐ]κ[ηή] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]|μ[ηή]ν[υύϋΰ]μ[αά] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]" +
        @"|[οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]|π[αά]ρ[αά]μ[εέ]τρ[οό]π[οό][ιίϊΐ][ηή]σ[ηή]|πρ[οό]γρ[αά]μμ[αά]τ[ιίϊΐ]σμ[οό][ςσ]" +
        @"|πρ[οό]γρ[αά]μμ[αά]τ[ιίϊΐ]σμ[οό]|π[εέ]ρ[ιίϊΐ][οό]ρ[ιίϊΐ]σμ[οό][υύϋΰ][ςσ]|π[εέ]ρ[ιίϊΐ][οό]ρ[ιίϊΐ]σμ[οό][ιίϊΐ]|δ[ιίϊΐ][αά]μ[οό]ρφ[ωώ]σ[ηή]" +
        @"|ρ[υύϋΰ]θμ[ιίϊΐ]σ[εέ][ιίϊΐ][ςσ]|[οό]δ[ηή]γ[ιίϊΐ][ωώ]ν|κ[αά]ν[οό]ν[εέ][ςσ]|[οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]|[εέ]ντ[οό]λ[ωώ]ν|[εέ]ντ[οό]λ[εέ][ςσ]" +
        @"|κ[αά]ν[οό]ν[ωώ]ν|φ[ιίϊΐ]λτρ[αά]|[οό]ρ[ιίϊΐ][αά])|\b(στ[αά]μ[αά]τ[ηή]στ[εέ] ν[αά] [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ]τ[εέ]" +
        @"|στ[αά]μ[αά]τ[αά] ν[αά] [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ][ςσ]|μ[ηή]ν λ[αά]μβ[αά]ν[εέ][ιίϊΐ][ςσ] [υύϋΰ]π[οό]ψ[ηή]" +
        @"|μ[ηή]ν δ[ιίϊΐ]ν[εέ][ιίϊΐ][ςσ] σ[ηή]μ[αά]σ[ιίϊΐ][αά]|μ[ηή] δ[ιίϊΐ]ν[εέ][ιίϊΐ][ςσ] σ[ηή]μ[αά]σ[ιίϊΐ][αά]|μ[ηή]ν [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ]τ[εέ]" +
        @"|μ[ηή] λ[αά]β[εέ][ιίϊΐ][ςσ] [υύϋΰ]π[οό]ψ[ηή]|μ[ηή]ν [αά]κ[οό]λ[οό][υύϋΰ]θ[εέ][ιίϊΐ][ςσ]|π[αά]ρ[αά]κ[αά]μψτ[εέ]|π[αά]ρ[αά]βλ[εέ]ψτ[εέ]" +
        @"|π[αά]ρ[αά]κ[αά]μψ[εέ]|π[αά]ρ[αά]βλ[εέ]ψ[εέ]|[αά]γν[οό][ηή]στ[εέ]|[αά]γν[οό][ηή]σ[εέ]|ξ[εέ]χ[αά]στ[εέ]|ξ[εέ]χ[αά]σ[εέ]" +
        @"|[αά]γν[οό][εέ][ιίϊΐ])\b[^.!?;。！？؟।\n]{0,40}\b(κ[αά]τ[εέ][υύϋΰ]θ[υύϋΰ]ντ[ηή]ρ[ιίϊΐ][εέ][ςσ] γρ[αά]μμ[εέ][ςσ]" +
        @"|π[οό]λ[ιίϊΐ]τ[ιίϊΐ]κ[ηή] π[εέ]ρ[ιίϊΐ][εέ]χ[οό]μ[εέ]ν[οό][υύϋΰ]|δ[ιίϊΐ]κλ[εέ][ιίϊΐ]δ[εέ][ςσ] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]" +
        @"|πρ[οό]τρ[οό]π[ηή] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]|π[οό]λ[ιίϊΐ]τ[ιίϊΐ]κ[εέ][ςσ] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]" +
        @"|π[οό]λ[ιίϊΐ]τ[ιίϊΐ]κ[ηή] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]|μ[ηή]ν[υύϋΰ]μ[αά] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]" +
        @"|[οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ] [αά]σφ[αά]λ[εέ][ιίϊΐ][αά][ςσ]|π[αά]ρ[αά]μ[εέ]τρ[οό]π[οό][ιίϊΐ][ηή]σ[ηή]|πρ[οό]γρ[αά]μμ[αά]τ[ιίϊΐ]σμ[οό][ςσ]" +
        @"|πρ[οό]γρ[αά]μμ[αά]τ[ιίϊΐ]σμ[οό]|π[εέ]ρ[ιίϊΐ][οό]ρ[ιίϊΐ]σμ[οό][υύϋΰ][ςσ]|π[εέ]ρ[ιίϊΐ][οό]ρ[ιίϊΐ]σμ[οό][ιίϊΐ]|δ[ιίϊΐ][αά]μ[οό]ρφ[ωώ]σ[ηή]" +
        @"|ρ[υύϋΰ]θμ[ιίϊΐ]σ[εέ][ιίϊΐ][ςσ]|[οό]δ[ηή]γ[ιίϊΐ][ωώ]ν|κ[αά]ν[οό]ν[εέ][ςσ]|[οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]|[εέ]ντ[οό]λ[ωώ]ν|[εέ]ντ[οό]λ[εέ][ςσ]" +
        @"|κ[αά]ν[οό]ν[ωώ]ν|φ[ιίϊΐ]λτρ[αά]|[οό]ρ[ιίϊΐ][αά])[^.!?;。！？؟।\n]{0,15}\b(π[οό][υύϋΰ] σ[οό][υύϋΰ] δ[οό]θ[ηή]κ[αά]ν" +
        @"|τ[ιίϊΐ][ςσ] δ[ιίϊΐ]κ[εέ][ςσ] σ[οό][υύϋΰ]|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[οό][υύϋΰ][ςσ]|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[εέ][ςσ]" +
        @"|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[αά]|πρ[οό][ηή]γ[οό][υύϋΰ]μ[εέ]ν[ηή]|[αά][υύϋΰ]θ[εέ]ντ[ιίϊΐ]κ[εέ][ςσ]|π[οό][υύϋΰ] [εέ]λ[αά]β[εέ][ςσ]|π[αά]ρ[αά]π[αά]ν[ωώ]" +
        @"|π[ιίϊΐ][οό] π[αά]ν[ωώ]|[αά]ρχ[ιίϊΐ]κ[οό][υύϋΰ][ςσ]|[αά]ρχ[ιίϊΐ]κ[εέ][ςσ]|[αά]ρχ[ιίϊΐ]κ[αά]|π[αά]λ[ιίϊΐ][εέ][ςσ]|[οό]λ[οό][υύϋΰ][ςσ]|[οό]λ[εέ][ςσ]" +
        @"|[οό]λ[αά])",
        Options)]
    internal static partial Regex GreekVocabularyOverride();


    [GeneratedRegex(
        @"\b([εέ]π[αά]ν[αά]λ[αά]β[εέ]τ[εέ]|στ[εέ][ιίϊΐ]λ[εέ] μ[οό][υύϋΰ]|[αά]π[οό]κ[αά]λ[υύϋΰ]ψτ[εέ]|δ[εέ][ιίϊΐ]ξτ[εέ] μ[οό][υύϋΰ]|[εέ]π[ιίϊΐ]κ[οό]λλ[ηή]σ[εέ]" +
        @"|[αά]π[αά]ρ[ιίϊΐ]θμ[ηή]σ[εέ]|π[εέ][ιίϊΐ]τ[εέ] μ[οό][υύϋΰ]|μ[εέ]τ[αά]φρ[αά]σ[εέ]|[αά]ντ[ιίϊΐ]γρ[αά]ψ[εέ]|[εέ]π[αά]ν[αά]λ[αά]β[εέ]" +
        @"|[αά]π[οό]κ[αά]λ[υύϋΰ]ψ[εέ]|κ[αά]τ[αά]γρ[αά]ψ[εέ]|δ[εέ][ιίϊΐ]ξ[εέ] μ[οό][υύϋΰ]|δ[ωώ]στ[εέ] μ[οό][υύϋΰ]|δ[ωώ]σ[εέ] μ[οό][υύϋΰ]|π[αά]ρ[αά]θ[εέ]σ[εέ]" +
        @"|[εέ]κτ[υύϋΰ]π[ωώ]σ[εέ]|[εέ]μφ[αά]ν[ιίϊΐ]σ[εέ]|π[εέ][ςσ] μ[οό][υύϋΰ]|δ[εέ][ιίϊΐ]ξτ[εέ]|τ[υύϋΰ]π[ωώ]σ[εέ]|γρ[αά]ψτ[εέ]|βγ[αά]λ[εέ]|γρ[αά]ψ[εέ]" +
        @"|δ[εέ][ιίϊΐ]ξ[εέ])\b[^.!?;。！？؟।\n]{0,40}\b(τ[οό] κ[εέ][ιίϊΐ]μ[εέ]ν[οό] πρ[ιίϊΐ]ν [αά]π[οό] τ[οό] πρ[ωώ]τ[οό] μ[οό][υύϋΰ] μ[ηή]ν[υύϋΰ]μ[αά]" +
        @"|τ[ιίϊΐ] σ[οό][υύϋΰ] [εέ][ιίϊΐ]π[αά]ν [οό][ιίϊΐ] πρ[οό]γρ[αά]μμ[αά]τ[ιίϊΐ]στ[εέ][ςσ]" +
        @"|τ[ιίϊΐ][ςσ] [αά][υύϋΰ]θ[εέ]ντ[ιίϊΐ]κ[εέ][ςσ] σ[οό][υύϋΰ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]" +
        @"|τ[ιίϊΐ][ςσ] [αά]ρχ[ιίϊΐ]κ[εέ][ςσ] σ[οό][υύϋΰ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]|πρ[οό]τρ[οό]π[ηή] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]" +
        @"|[οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]|μ[ηή]ν[υύϋΰ]μ[αά] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]|[αά]ρχ[ιίϊΐ]κ[εέ][ςσ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]" +
        @"|κρ[υύϋΰ]φ[εέ][ςσ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ])|\b(τ[οό] κ[εέ][ιίϊΐ]μ[εέ]ν[οό] πρ[ιίϊΐ]ν [αά]π[οό] τ[οό] πρ[ωώ]τ[οό] μ[οό][υύϋΰ] μ[ηή]ν[υύϋΰ]μ[αά]" +
        @"|τ[ιίϊΐ] σ[οό][υύϋΰ] [εέ][ιίϊΐ]π[αά]ν [οό][ιίϊΐ] πρ[οό]γρ[αά]μμ[αά]τ[ιίϊΐ]στ[εέ][ςσ]" +
        @"|τ[ιίϊΐ][ςσ] [αά][υύϋΰ]θ[εέ]ντ[ιίϊΐ]κ[εέ][ςσ] σ[οό][υύϋΰ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]" +
        @"|τ[ιίϊΐ][ςσ] [αά]ρχ[ιίϊΐ]κ[εέ][ςσ] σ[οό][υύϋΰ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]|πρ[οό]τρ[οό]π[ηή] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]" +
        @"|[οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]|μ[ηή]ν[υύϋΰ]μ[αά] σ[υύϋΰ]στ[ηή]μ[αά]τ[οό][ςσ]|[αά]ρχ[ιίϊΐ]κ[εέ][ςσ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ]" +
        @"|κρ[υύϋΰ]φ[εέ][ςσ] [οό]δ[ηή]γ[ιίϊΐ][εέ][ςσ])[^.!?;。！？؟।\n]{0,40}\b([εέ]π[αά]ν[αά]λ[αά]β[εέ]τ[εέ]|στ[εέ][ιίϊΐ]λ[εέ] μ[οό][υύϋΰ]" +
        @"|[αά]π[οό]κ[αά]λ[υύϋΰ]ψτ[εέ]|δ[εέ][ιίϊΐ]ξτ[εέ] μ[οό][υύϋΰ]|[εέ]π[ιίϊΐ]κ[οό]λλ[ηή]σ[εέ]|[αά]π[αά]ρ[ιίϊΐ]θμ[ηή]σ[εέ]|π[εέ][ιίϊΐ]τ[εέ] μ[οό][υύϋΰ]" +
        @"|μ[εέ]τ[αά]φρ[αά]σ[εέ]|[αά]ντ[ιίϊΐ]γρ[αά]ψ[εέ]|[εέ]π[αά]ν[αά]λ[αά]β[εέ]|[αά]π[οό]κ[αά]λ[υύϋΰ]ψ[εέ]|κ[αά]τ[αά]γρ[αά]ψ[εέ]|δ[εέ][ιίϊΐ]ξ[εέ] μ[οό][υύϋΰ]" +
        @"|δ[ωώ]στ[εέ] μ[οό][υύϋΰ]|δ[ωώ]σ[εέ] μ[οό][υύϋΰ]|π[αά]ρ[αά]θ[εέ]σ[εέ]|[εέ]κτ[υύϋΰ]π[ωώ]σ[εέ]|[εέ]μφ[αά]ν[ιίϊΐ]σ[εέ]|π[εέ][ςσ] μ[οό][υύϋΰ]" +
        @"|δ[εέ][ιίϊΐ]ξτ[εέ]|τ[υύϋΰ]π[ωώ]σ[εέ]|γρ[αά]ψτ[εέ]|βγ[αά]λ[εέ]|γρ[αά]ψ[εέ]|δ[εέ][ιίϊΐ]ξ[εέ])\b",
        Options)]
    internal static partial Regex GreekVocabularyExtraction();

    [GeneratedRegex(
        @"\b(ta inte hansyn till|folj inte langre|bry dig inte om|strunta helt i|satt ur spel|bortse fran|sluta folja|nonchalera|folj inte|asidosatt|strunta i" +
        @"|glom bort|ignorera|skit i|glom)\b[^.!?;。！？؟।\n]{0,40}\b(som du har fatt|ursprungliga|ovanstaende|som du fatt|foregaende|tidigare|samtliga|initiala" +
        @"|forsta|gamla|givna|egna|dina|ovan|alla|ditt|din)[^.!?;。！？؟।\n]{0,40}\b(sakerhetspolicyer|sakerhetsregler|begransningarna|instruktionerna" +
        @"|innehallspolicy|installningarna|konfigurationen|systemprompten|konfiguration|programmering|instruktioner|begransningar|installningar|anvisningarna" +
        @"|systemprompt|riktlinjerna|instruktion|anvisningar|riktlinjer|direktiven|reglerna|direktiv|granser|filtren|regler)|\b(ta inte hansyn till" +
        @"|folj inte langre|bry dig inte om|strunta helt i|satt ur spel|bortse fran|sluta folja|nonchalera|folj inte|asidosatt|strunta i|glom bort|ignorera" +
        @"|skit i|glom)\b[^.!?;。！？؟।\n]{0,40}\b(sakerhetspolicyer|sakerhetsregler|begransningarna|instruktionerna|innehallspolicy|installningarna" +
        @"|konfigurationen|systemprompten|konfiguration|programmering|instruktioner|begransningar|installningar|anvisningarna|systemprompt|riktlinjerna" +
        @"|instruktion|anvisningar|riktlinjer|direktiven|reglerna|direktiv|granser|filtren|regler)[^.!?;。！？؟।\n]{0,15}\b(som du har fatt|ursprungliga" +
        @"|ovanstaende|som du fatt|foregaende|tidigare|samtliga|initiala|forsta|gamla|givna|egna|dina|ovan|alla|ditt|din)",
        Options)]
    internal static partial Regex SwedishVocabularyOverride();


    [GeneratedRegex(
        @"\b(skicka mig|klistra in|rakna upp|repetera|visa upp|oversatt|skriv ut|visa mig|kopiera|tala om|beratta|upprepa|avsloja|citera|printa|ge mig|skicka" +
        @"|aterge|lista|skriv|dela|visa|sag)\b[^.!?;。！？؟।\n]{0,40}\b(texten fore mitt forsta meddelande|vad utvecklarna har sagt till dig" +
        @"|dina ursprungliga instruktioner|vad utvecklarna sa till dig|initiala instruktioner|hemliga instruktioner|dolda instruktioner|systemmeddelandet" +
        @"|systemmeddelande|systemprompten|systemprompt)|\b(texten fore mitt forsta meddelande|vad utvecklarna har sagt till dig|dina ursprungliga instruktioner" +
        @"|vad utvecklarna sa till dig|initiala instruktioner|hemliga instruktioner|dolda instruktioner|systemmeddelandet|systemmeddelande|systemprompten" +
        @"|systemprompt)[^.!?;。！？؟।\n]{0,40}\b(skicka mig|klistra in|rakna upp|repetera|visa upp|oversatt|skriv ut|visa mig|kopiera|tala om|beratta|upprepa" +
        @"|avsloja|citera|printa|ge mig|skicka|aterge|lista|skriv|dela|visa|sag)\b",
        Options)]
    internal static partial Regex SwedishVocabularyExtraction();

    // One set of each kind for the five Latin-script languages (ASCII once folded: the keyword index answers for them) and
    // one for the ten others (behind the gate): eight entries in the index, not sixty.
    private static class Vocabulary
    {
        public static readonly KeywordFilter LatinOverrideVerbs = Keywords(
            "abaikan", "abaikanlah", "aldirma", "artik uyma", "asidosatt", "berhenti mengikuti", "bir kenara birak", "bortse fran", "bos ver", "bosver",
            "bry dig inte om", "cuekin", "dikkate alma", "dikkate almayin", "folj inte", "folj inte langre", "gak usah ikutin", "glom ", "glom,",
            "glom.", "glom:", "glom bort", "gormezden gel", "gormezden gelin", "hou geen rekening met", "houd geen rekening met", "ignorera", "ignoruj",
            "ignorujcie", "jangan hiraukan", "jangan ikuti", "jangan patuhi", "jangan pedulikan", "laat varen", "lupain", "lupakan", "lupakanlah",
            "negeer", "negeer alsjeblieft", "negeer aub", "negeert u", "negeren", "nggak usah ikutin", "nie przestrzegaj", "nie stosuj sie do",
            "nie zwracaj uwagi na", "nonchalera", "odloz na bok", "olej", "omzeil", "omzeilen", "onemseme", "prosze zapomniec", "prosze zignorowac",
            "przestan przestrzegac", "przestan sie stosowac do", "przestan stosowac", "satt ur spel", "schuif opzij", "skit i", "sluta folja",
            "stop met het volgen van", "strunta helt i", "strunta i", "ta inte hansyn till", "takip etmeyi birak", "tolong abaikan", "tolong lupakan",
            "trek je niets aan van", "unut", "unutun", "uymayi birak", "uymayin", "vergeet", "vergeet u", "vergeten", "volg niet meer", "yok say",
            "yok sayin", "zapomnij", "zapomnijcie", "zet opzij", "zignoruj", "zignorujcie");

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
            "programowanie", "prompt sistem", "prompt systemowy", "regels", "regler", "reglerna", "regul ", "regul,", "regul.", "regul:", "reguly",
            "restricties", "richtlijnen", "riktlinjer", "riktlinjerna", "sakerhetspolicyer", "sakerhetsregler", "sinirlamalari", "sinirlari",
            "sinirlarini", "sistem istemini", "sistem promptunu", "systeeminstructies", "systeemprompt", "systemprompt", "systemprompten", "talimatlar",
            "talimatlari", "talimatlarin", "talimatlarini", "ustawienia", "veiligheidsbeleid", "veiligheidsregels", "voorschriften", "wytyczne",
            "wytycznych", "yapilandirmayi", "yonergeleri", "yonergelerini", "zabezpieczenia", "zakazy", "zasad", "zasady", "zasady bezpieczenstwa");

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
            "ilk talimatlar", "initiala instruktioner", "initiele instructies", "instrukcje systemowe", "instruksi asli kamu", "instruksi aslimu",
            "instruksi awal", "instruksi rahasia", "instruksi sistem", "instruksi tersembunyi", "je oorspronkelijke instructies", "komunikat systemowy",
            "monit systemowy", "orijinal talimatlarini", "pesan sistem", "poczatkowe instrukcje", "prompt sistem", "prompt systemowy", "sistem istemi",
            "sistem istemini", "sistem mesaji", "sistem mesajini", "sistem promptu", "sistem promptunu", "systeembericht", "systeeminstructies",
            "systeemprompt", "systemmeddelande", "systemmeddelandet", "systemprompt", "systemprompten", "teks sebelum pesan pertama saya",
            "teks sebelum pesan pertamaku", "tekst przed moja pierwsza wiadomoscia", "texten fore mitt forsta meddelande", "twoje oryginalne instrukcje",
            "twoje pierwotne instrukcje", "ukryte instrukcje", "uw oorspronkelijke instructies", "vad utvecklarna har sagt till dig",
            "vad utvecklarna sa till dig", "verborgen instructies", "wat de ontwikkelaars je hebben verteld", "wiadomosc systemowa");

        public static readonly KeywordFilter OtherOverrideVerbs = Keywords(
            "bỏ qua", "ghi đe", "hay bỏ qua", "hay phớt lờ", "hay quen", "lam ơn bỏ qua", "lờ đi", "ngừng tuan theo", "phớt lờ", "quen hết", "quen đi",
            "thoi lam theo", "đừng lam theo", "đừng quan tam", "đừng tuan theo", "đừng để y", "αγνοήστε", "αγνοει", "αγνοησε", "αγνοηστε", "αγνόει",
            "αγνόησε", "μη δίνεις σημασία", "μη δινεις σημασια", "μη λάβεις υπόψη", "μη λαβεις υποψη", "μην ακολουθείς", "μην ακολουθείτε",
            "μην ακολουθεις", "μην ακολουθειτε", "μην δίνεις σημασία", "μην δινεις σημασια", "μην λαμβάνεις υπόψη", "μην λαμβανεις υποψη", "ξέχασε",
            "ξεχάστε", "ξεχασε", "ξεχαστε", "παράβλεψε", "παράκαμψε", "παραβλέψτε", "παραβλεψε", "παραβλεψτε", "παρακάμψτε", "παρακαμψε", "παρακαμψτε",
            "σταμάτα να ακολουθείς", "σταματήστε να ακολουθείτε", "σταματα να ακολουθεις", "σταματηστε να ακολουθειτε", "больше не следуй",
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
            "quy định", "rang buộc", "thiết lập", "điều khoản", "διαμορφωση", "διαμόρφωση", "δικλείδες ασφαλείας", "δικλειδες ασφαλειας", "εντολές",
            "εντολες", "εντολων", "εντολών", "κανονες", "κανονων", "κανόνες", "κανόνων", "κατευθυντήριες γραμμές", "κατευθυντηριες γραμμες",
            "μήνυμα συστήματος", "μηνυμα συστηματος", "οδηγίες", "οδηγίες ασφαλείας", "οδηγιες", "οδηγιες ασφαλειας", "οδηγιων", "οδηγιών", "ορια",
            "παραμετροποίηση", "παραμετροποιηση", "περιορισμοί", "περιορισμοι", "περιορισμους", "περιορισμούς", "πολιτικές ασφαλείας",
            "πολιτική ασφαλείας", "πολιτική περιεχομένου", "πολιτικες ασφαλειας", "πολιτικη ασφαλειας", "πολιτικη περιεχομενου", "προγραμματισμο",
            "προγραμματισμος", "προγραμματισμό", "προγραμματισμός", "προτροπή συστήματος", "προτροπη συστηματος", "ρυθμίσεις", "ρυθμισεις", "φίλτρα",
            "φιλτρα", "όρια", "вказівки", "вказівок", "директиви", "директивы", "заборони", "запреты", "инструкции", "инструкций", "инструкциям",
            "команди", "команды", "конфигурацию", "конфігурацію", "лимиты", "ліміти", "накази", "налаштування", "настанови", "настройки", "обмеження",
            "обмежень", "ограничений", "ограничения", "политики безопасности", "политику безопасности", "політику безпеки", "правил", "правила",
            "правила безопасности", "правила безпеки", "приказы", "программирование", "програмування", "рекомендации", "рекомендації",
            "системний промпт", "системну підказку", "системную подсказку", "системный промпт", "указаний", "указания", "установки", "фильтров",
            "фильтры", "фільтри", "фільтрів", "інструкцій", "інструкції", "أوامرك", "إرشاداتك", "إعداداتك", "اصول", "الأوامر", "الإرشادات", "الإعدادات",
            "البرمجة", "التعليمات", "التكوين", "التوجيهات", "الحدود", "الضوابط", "الفلاتر", "القواعد", "القيود", "المرشحات", "برمجتك", "برنامهریزی",
            "برنامهریزیات", "تعليمات", "تعليماتك", "تنظیمات", "تنظیماتت", "توجيهاتك", "حدودك", "دستورات", "دستوراتت", "دستورالعملها", "دستورالعملهات",
            "دستورالعملهایت", "دستورها", "رهنمودها", "سياسات الأمان", "سياسات السلامة", "سياسة المحتوى", "سیاستهای امنیتی", "سیاستهای ایمنی", "فیلترها",
            "فیلترهایت", "قواعد", "قواعدك", "قوانین", "قوانینت", "قيودك", "محدودیتها", "محدودیتهایت", "موجه النظام", "پرامپت سیستمی", "پیکربندی",
            "پیکربندیات", "چارچوبها", "अनुदेश", "आदेश", "आदेशों", "कॉन्फ़िगरेशन", "दिशा-निर्देश", "दिशानिर्देश", "दिशानिर्देशों", "नियम", "नियमों",
            "नियमों को", "निर्देश", "निर्देशों", "निर्देशों को", "पाबंदियां", "पाबंदियों", "प्रतिबंध", "प्रतिबंधों", "प्रोग्रामिंग", "फ़िल्टर", "फिल्टर",
            "सिस्टम प्रॉम्प्ट", "सीमाएँ", "सीमाएं", "सीमाओं", "सुरक्षा नीतियां", "सुरक्षा नीतियों", "सेटिंग्स", "हिदायतें", "ガイドライン", "コンテンツポリシー",
            "システムプロンプト", "セーフティポリシー", "フィルタ", "フィルター", "プログラミング", "プログラム", "ポリシー", "ルール", "內容政策", "内容政策", "准则", "制約", "制限", "命令", "安全ポリシー", "安全政策",
            "安全策略", "指令", "指导方针", "指導方針", "指示", "指示内容", "提示詞", "提示词", "方針", "構成", "準則", "程式設計", "系統提示", "系统提示", "約束", "縛り", "约束", "编程", "規則", "規定", "规则",
            "规定", "設定", "說明", "设置", "说明", "过滤器", "過濾器", "配置", "限制", "가이드라인", "구성", "규정", "규칙", "규칙을", "명령", "명령을", "보안 정책", "설정", "설정을", "시스템 프롬프트",
            "안전 정책", "제약", "제한", "제한사항", "제한을", "지시", "지시 사항", "지시를", "지시사항", "지시사항을", "지침", "지침을", "콘텐츠 정책", "프로그래밍", "필터", "필터를");

        public static readonly KeywordFilter OtherRevealVerbs = Keywords(
            "chep lại", "cho minh xem", "cho tao xem", "cho toi biết", "cho toi xem", "cho xem", "dan", "dịch", "gửi cho toi", "hay cho toi xem",
            "hiển thị", "in ra", "liệt ke", "lặp lại", "nhắc lại", "noi cho toi", "noi cho toi biết", "sao chep", "tiết lộ", "tiết lộ cho toi",
            "trich dẫn", "viết ra", "xuất ra", "đưa cho toi", "đưa toi", "αντίγραψε", "αντιγραψε", "απαρίθμησε", "απαριθμησε", "αποκάλυψε", "αποκαλυψε",
            "αποκαλυψτε", "αποκαλύψτε", "βγάλε", "βγαλε", "γράψε", "γράψτε", "γραψε", "γραψτε", "δείξε", "δείξε μου", "δείξτε", "δείξτε μου", "δειξε",
            "δειξε μου", "δειξτε", "δειξτε μου", "δωσε μου", "δωστε μου", "δώσε μου", "δώστε μου", "εκτυπωσε", "εκτύπωσε", "εμφάνισε", "εμφανισε",
            "επανάλαβε", "επαναλάβετε", "επαναλαβε", "επαναλαβετε", "επικολλησε", "επικόλλησε", "κατάγραψε", "καταγραψε", "μετάφρασε", "μεταφρασε",
            "παράθεσε", "παραθεσε", "πείτε μου", "πειτε μου", "πες μου", "στείλε μου", "στειλε μου", "τυπωσε", "τύπωσε", "виведи", "виведіть", "встав",
            "вставь", "выведи", "выведите", "відобрази", "дай", "дай мені", "дай мне", "дайте", "надрукуй", "надішли мені", "напечатай", "напиши",
            "напишите", "напишіть", "отобрази", "отправь мне", "переведи", "переклади", "перелічи", "перечисли", "повтори", "повторите", "повторіть",
            "покажи", "покажите", "покажіть", "пришли", "процитуй", "раскрой", "раскройте", "распечатай", "расскажи", "роздрукуй", "розкажи", "розкрий",
            "розкрийте", "скажи", "скажите", "скажіть", "скопируй", "скопіюй", "آشکار کن", "أخبرني", "أرسل لي", "أظهر", "أعطني", "ابعتلي", "اخبرني",
            "اطبع", "اظهر", "اعرض", "اعرضي", "اعطني", "اكتب", "اكتبلي", "اكشف", "اكشفي", "الصق", "انسخ", "بده", "برام بفرست", "بفرست", "بنویس",
            "بنویسید", "به من بده", "به من بگو", "بهم بده", "بهم بگو", "بگو", "بگویید", "ترجم", "ترجمه کن", "تکرار کن", "تکرار کنید", "عدد", "فاش کن",
            "فرجيني", "فهرست کن", "قل لي", "قولي", "كرر", "كرري", "لیست کن", "نشان بده", "نشان بدهید", "نشون بده", "نشونم بده", "وريني", "پیست کن",
            "چاپ کن", "کپی کن", "अनुवाद करो", "उजागर करो", "कॉपी करो", "दिखा दो", "दिखाइए", "दिखाएं", "दिखाओ", "दे दो", "दोहराइए", "दोहराओ", "पेस्ट करो",
            "प्रकट करो", "प्रिंट करो", "बताइए", "बताएं", "बताओ", "भेज दो", "भेजो", "मुझे दिखाओ", "मुझे दो", "मुझे बताओ", "लिख दो", "लिखिए", "लिखो",
            "सूची बनाओ", "そのまま出して", "コピーして", "一覧にして", "全文を出して", "写出", "出力して", "出力してください", "列出", "列印", "列挙して", "印刷して", "发给我", "告訴我", "告诉我", "复制", "寫出",
            "展示", "打印", "揭示", "教えて", "教えてください", "明かして", "显示", "暴露して", "書いて", "書き出して", "發給我", "粘贴", "給我", "給我看", "繰り返して", "繰り返してください", "给我", "给我看",
            "翻訳して", "翻譯", "翻译", "表示して", "表示してください", "複製", "見せて", "見せてください", "言って", "貼り付けて", "貼上", "輸出", "输出", "送って", "透露", "重复", "重複", "開示して", "顯示",
            "공개해", "공개해줘", "나열해", "말해 주세요", "말해 줘", "말해줘", "반복해", "반복해줘", "밝혀", "번역해줘", "보내줘", "보여 주세요", "보여 줘", "보여주세요", "보여줘", "복사해", "붙여넣어", "써줘",
            "알려주세요", "알려줘", "인쇄해", "적어줘", "출력해", "출력해 주세요", "출력해줘");

        public static readonly KeywordFilter OtherHiddenPromptNouns = Keywords(
            "chỉ dẫn ban đầu", "chỉ dẫn ẩn", "hướng dẫn ban đầu", "hướng dẫn gốc của bạn", "hướng dẫn ẩn", "lời nhắc hệ thống",
            "những gi nha phat triển đa noi với bạn", "prompt hệ thống", "thong điệp hệ thống", "tin nhắn hệ thống",
            "van bản trước tin nhắn đầu tien của toi", "αρχικές οδηγίες", "αρχικες οδηγιες", "κρυφές οδηγίες", "κρυφες οδηγιες", "μήνυμα συστήματος",
            "μηνυμα συστηματος", "οδηγίες συστήματος", "οδηγιες συστηματος", "προτροπή συστήματος", "προτροπη συστηματος",
            "τι σου είπαν οι προγραμματιστές", "τι σου ειπαν οι προγραμματιστες", "τις αρχικές σου οδηγίες", "τις αρχικες σου οδηγιες",
            "τις αυθεντικές σου οδηγίες", "τις αυθεντικες σου οδηγιες", "το κείμενο πριν από το πρώτο μου μήνυμα",
            "το κειμενο πριν απο το πρωτο μου μηνυμα", "ваши исходные инструкции", "ваші початкові інструкції", "исходные инструкции",
            "начальные инструкции", "первоначальный промпт", "початковий промпт", "початкові інструкції", "приховані інструкції",
            "системне повідомлення", "системний промпт", "системное сообщение", "системну підказку", "системную подсказку", "системные инструкции",
            "системный промпт", "системні інструкції", "скрытые инструкции", "твои изначальные инструкции", "твої оригінальні інструкції",
            "текст перед моим первым сообщением", "текст перед моїм першим повідомленням", "что тебе сказали разработчики", "що тобі сказали розробники",
            "آنچه توسعهدهندگان به تو گفتهاند", "الأوامر المخفية", "التعليمات الأولية", "التعليمات الخفية", "التعليمات المخفية",
            "النص الذي قبل رسالتي الأولى", "النص قبل أول رسالة", "برومبت النظام", "تعليمات النظام", "تعليماتك الأصلية", "دستورات اصلیت", "دستورات مخفی",
            "دستورالعملهای اصلیات", "دستورالعملهای اولیه", "دستورالعملهای پنهان", "رسالة النظام", "ما قاله لك المطورون", "متن قبل از اولین پیام من",
            "موجه النظام", "پرامپت سیستم", "پرامپت سیستمی", "پیام سیستم", "پیام سیستمی", "چیزی که توسعهدهندگان بهت گفتن", "आपके मूल निर्देश",
            "छिपे हुए निर्देश", "छुपे निर्देश", "डेवलपर्स ने तुम्हें क्या कहा", "डेवलपर्स ने तुम्हें जो बताया", "तुम्हारे मूल निर्देश",
            "प्रारंभिक निर्देश", "मेरे पहले संदेश से पहले का टेक्स्ट", "शुरुआती निर्देश", "सिस्टम प्रॉम्प्ट", "सिस्टम मैसेज", "सिस्टम संदेश",
            "あなたの本来の指示", "システムプロンプト", "システムメッセージ", "事前の指示", "你的原始指令", "元の指示", "初始指令", "初期指示", "开发者告诉你的内容", "我第一則訊息之前的文字", "我第一条消息之前的文字", "最初のメッセージの前の文章",
            "最初の指示", "私の最初のメッセージより前のテキスト", "系統提示", "系統提示詞", "系統訊息", "系统提示", "系统提示词", "系统消息", "開発者からの指示", "開発者があなたに伝えたこと", "開發者告訴你的內容", "隐藏指令", "隠された指示",
            "隠し指示", "隱藏指令", "개발자가 너에게 한 말", "개발자가 말한 내용", "내 첫 메시지 이전의 텍스트", "너의 원래 지침", "숨겨진 지시", "숨겨진 지침", "시스템 메시지", "시스템 프롬프트", "원래 지시사항",
            "첫 메시지 전에 있는 글", "초기 지시", "초기 지침");

        public static readonly InjectionRule[] Rules =
        [
            new(InjectionCategory.InstructionOverride, DutchVocabularyOverride, [LatinOverrideVerbs, LatinInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt },
            new(InjectionCategory.SystemPromptExtraction, DutchVocabularyExtraction, [LatinRevealVerbs, LatinHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt },
            new(InjectionCategory.InstructionOverride, PolishVocabularyOverride, [LatinOverrideVerbs, LatinInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt },
            new(InjectionCategory.SystemPromptExtraction, PolishVocabularyExtraction, [LatinRevealVerbs, LatinHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt },
            new(InjectionCategory.InstructionOverride, RussianVocabularyOverride, [OtherOverrideVerbs, OtherInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.SystemPromptExtraction, RussianVocabularyExtraction, [OtherRevealVerbs, OtherHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.InstructionOverride, UkrainianVocabularyOverride, [OtherOverrideVerbs, OtherInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.SystemPromptExtraction, UkrainianVocabularyExtraction, [OtherRevealVerbs, OtherHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.InstructionOverride, TurkishVocabularyOverride, [LatinOverrideVerbs, LatinInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt },
            new(InjectionCategory.SystemPromptExtraction, TurkishVocabularyExtraction, [LatinRevealVerbs, LatinHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt },
            new(InjectionCategory.InstructionOverride, ArabicVocabularyOverride, [OtherOverrideVerbs, OtherInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.SystemPromptExtraction, ArabicVocabularyExtraction, [OtherRevealVerbs, OtherHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.InstructionOverride, PersianVocabularyOverride, [OtherOverrideVerbs, OtherInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.SystemPromptExtraction, PersianVocabularyExtraction, [OtherRevealVerbs, OtherHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.InstructionOverride, HindiVocabularyOverride, [OtherOverrideVerbs, OtherInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.SystemPromptExtraction, HindiVocabularyExtraction, [OtherRevealVerbs, OtherHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.SystemPromptExtraction, ChineseVocabularyExtraction, [OtherRevealVerbs, OtherHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.SystemPromptExtraction, JapaneseVocabularyExtraction, [OtherRevealVerbs, OtherHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.SystemPromptExtraction, KoreanVocabularyExtraction, [OtherRevealVerbs, OtherHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.InstructionOverride, VietnameseVocabularyOverride, [OtherOverrideVerbs, OtherInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.SystemPromptExtraction, VietnameseVocabularyExtraction, [OtherRevealVerbs, OtherHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.InstructionOverride, IndonesianVocabularyOverride, [LatinOverrideVerbs, LatinInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt },
            new(InjectionCategory.SystemPromptExtraction, IndonesianVocabularyExtraction, [LatinRevealVerbs, LatinHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt },
            new(InjectionCategory.InstructionOverride, GreekVocabularyOverride, [OtherOverrideVerbs, OtherInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.SystemPromptExtraction, GreekVocabularyExtraction, [OtherRevealVerbs, OtherHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = true },
            new(InjectionCategory.InstructionOverride, SwedishVocabularyOverride, [LatinOverrideVerbs, LatinInstructionNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt },
            new(InjectionCategory.SystemPromptExtraction, SwedishVocabularyExtraction, [LatinRevealVerbs, LatinHiddenPromptNouns], RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt },
        ];
    }
}
