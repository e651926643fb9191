#!/usr/bin/env python3
# Writes src/ProdAI.Guardrails/PromptInjection/InjectionRules.Vocabulary.cs (the vocabulary rules of the fifteen languages
# the classifier has no data in) from tools/ProdAI.Guardrails.Training/Data/rule-vocabulary.json: per language, lists of
# imperatives of ignoring and of showing, nouns of instructions and of the hidden prompt, qualifiers and benign traps,
# written by a helper session from its own knowledge and normalised as the rules read text (TextNormalizer: lower case,
# Latin accents folded). Usage: python3 eng/generate-vocabulary-rules.py, then build; the rules' tests are in
# MultilingualRulesTests.
import unicodedata
import json, os, re
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
V=json.load(open(os.path.join(ROOT, 'tools/ProdAI.Guardrails.Training/Data/rule-vocabulary.json'), encoding='utf-8'))
LANGS=['nl','pl','ru','uk','tr','ar','fa','hi','zh','ja','ko','vi','id','el','sv']

# Removed on review (twenty-second session): verbs of cancelling, skipping, dropping or leaving that, with "all" and a noun
# of orders, make everyday sentences ("annuleer alle opdrachten", "cancel all orders"); Vietnamese "quen", which the
# normaliser makes of both "quên" (forget) and "quen" (be used to); and "your settings / configuration", which a user asks
# about innocently.
EXCLUDE = {
    'nl': ['sla over', 'slaat u over', 'overslaan', 'laat vallen', 'annuleer', 'hef op', 'schakel uit', 'je configuratie'],
    'pl': ['pomin', 'pomincie', 'prosze pominac', 'odrzuc', 'porzuc', 'anuluj', 'uniewaznij', 'obejdz', 'twoja konfiguracje'],
    'ru': ['пропусти', 'пропустите', 'отмени', 'отмените', 'обойди', 'обойдите', 'нарушь', 'отбрось', 'отбросьте', 'отложи в сторону', 'твою конфигурацию'],
    'uk': ['пропусти', 'пропустіть', 'скасуй', 'скасуйте', 'обійди', 'обійдіть', 'відкинь', 'відкиньте', 'відклади', 'твою конфігурацію'],
    'tr': ['atla', 'atlayin', 'iptal et', 'iptal edin', 'devre disi birak', 'gecersiz kil', 'es gec', 'es gecin', 'yapilandirmani'],
    'ar': ['تخط', 'تخطى', 'تجاوز', 'تجاوزي', 'اترك', 'ألغ', 'الغي', 'ضع جانبا', 'إعداداتك', 'تكوينك'],
    'fa': ['لغو کن', 'لغو کنید', 'دور بزن', 'پیکربندیات', 'تنظیماتت'],
    'hi': ['छोड़ दो', 'छोड़ दीजिए', 'छोड़ें', 'रद्द करो', 'रद्द करें', 'तुम्हारी सेटिंग्स', 'तुम्हारा कॉन्फ़िगरेशन'],
    'id': ['lewati', 'lewatin', 'batalkan', 'timpa', 'langgar', 'singkirkan', 'kesampingkan', 'konfigurasimu', 'pengaturanmu'],
    'el': ['προσπέρασε', 'προσπεράστε', 'ακύρωσε', 'ακυρώστε', 'πέτα', 'άφησε στην άκρη', 'άσε στην άκρη', 'αφήστε κατά μέρος', 'τη διαμόρφωσή σου', 'τις ρυθμίσεις σου'],
    'sv': ['hoppa over', 'avbryt', 'annullera', 'upphav', 'slapp', 'lagg at sidan', 'kringga', 'din konfiguration', 'dina installningar'],
    'vi': ['quen', 'hủy', 'huỷ', 'hủy bỏ', 'vượt qua', 'lach', 'bất chấp', 'gac lại', 'gạt sang một ben', 'cấu hinh của bạn', 'cai đặt của bạn'],
    'zh': ['你的配置', '你的設定'], 'ja': ['あなたの設定'], 'ko': ['너의 설정', '당신의 설정'],
}
# Nouns of orders that are English words too ("order", "program"): with them a megabyte of English prose would reach a
# Latin-script automaton.
for _lang in V:
    V[_lang]['instruction_nouns'] = [w for w in V[_lang]['instruction_nouns'] if w not in ('order', 'program', 'regul')]
# The hidden prompt only when it is the model's own or hidden: "write a system prompt for my bot" is what a course on LLM
# applications asks all day, so names of a system prompt or message in general are left out.
SYSTEM_WORDS = ('system', 'systeem', 'sistem', 'систем', 'سیستم', 'النظام', 'सिस्टम', '系统', '系統', 'システム', '시스템', 'hệ thống', 'συστήματος')
for _lang in V:
    V[_lang]['hidden_prompt_nouns'] = [w for w in V[_lang]['hidden_prompt_nouns'] if not any(x in w for x in SYSTEM_WORDS)]
for _lang, _words in EXCLUDE.items():
    for _key in ('ignore_verbs', 'hidden_prompt_nouns'):
        V[_lang][_key] = [w for w in V[_lang][_key] if w not in _words]

def gr(w):
    m={'α':'[αά]','ε':'[εέ]','η':'[ηή]','ι':'[ιίϊΐ]','ο':'[οό]','υ':'[υύϋΰ]','ω':'[ωώ]','ς':'[ςσ]','ά':'[αά]','έ':'[εέ]','ή':'[ηή]','ί':'[ιίϊΐ]','ό':'[οό]','ύ':'[υύϋΰ]','ώ':'[ωώ]'}
    return ''.join(m.get(c,c) for c in w)
def esc(w):
    return re.sub(r'([\\.^$|?*+()\[\]{}])', r'\\\1', w)
# The gaps between a pattern's words: within one sentence, 40 characters at most (15 between a noun and its qualifier).
GAP=r'[^.!?;。！？؟।\n]{0,40}'
NEAR=r'[^.!?;。！？؟।\n]{0,15}'
# Entries that are English words: the English rules and the classifier read them, and as keywords they would send English
# prose through these automata.
ENGLISH = {'skip','bypass','filter','filters','prompt','prompts','system prompt','override','ignore','jailbreak','reset','config','configuration','settings','setup','instructions','instruction','rules','guidelines','policy','policies','limits','restrictions','mode','developer mode','show','print','copy','paste','list'}

def alt(words, lang, lead, trail):
    # Longest first, then alphabetical: the same file from the same lists whatever Python's string hashing.
    ws=sorted(set(w for w in words if len(w)>=2 and w not in ENGLISH), key=lambda w: (-len(w), w))
    f=(lambda w: gr(esc(w))) if lang=='el' else esc
    return lead+'('+'|'.join(f(w) for w in ws)+')'+trail
def pats(lang):
    d=V[lang]
    bounded = lang in ('nl','pl','ru','uk','tr','id','el','sv','vi')
    lead = r'\b' if bounded or lang in ('ar','fa','hi') else ''
    # Devanagari's vowel signs are not word characters to .NET, so a verb that ends in one ("करो") never has a \b after it.
    vtrail = r'([\s,.!?।]|$)' if lang == 'hi' else r'\b' if bounded or lang in ('ar','fa') else ''
    # Greek imperatives of ignoring are also past tenses ("η κυβέρνηση αγνόησε …"): an order starts its clause.
    lists={
        'IgnoreVerbs': alt(d['ignore_verbs'],lang,r'(^|[.!;:,«"(]\s*)' if lang == 'el' else lead,vtrail),
        'InstructionNouns': alt(d['instruction_nouns'],lang,lead,''),
        'Qualifiers': alt(d['previous_qualifiers'],lang,lead,''),
        'RevealVerbs': alt(d['reveal_verbs'],lang,lead,vtrail),
        'HiddenPromptNouns': alt(d['hidden_prompt_nouns'],lang,lead,''),
    }
    # The patterns as C# expressions over the language's lists (constants written once each) and the two gaps.
    Vv,N,Q,R,H=(names[lang]+k for k in ('IgnoreVerbs','InstructionNouns','Qualifiers','RevealVerbs','HiddenPromptNouns'))
    seq=lambda *parts: ' + '.join(parts)
    G,E='VocabularyGap','VocabularyNear'
    first=[seq(Vv,G,Q,G,N), seq(Vv,G,N,E,Q)]; last=[seq(Q,G,N,G,Vv), seq(N,E,Q,G,Vv)]
    # Verb last in Turkish, Persian and Hindi, first in the others (both orders in one automaton pass the 10,000-node limit).
    override=' + "|" +\n        '.join(last if lang in ('tr','fa','hi') else first)
    extraction=' + "|" +\n        '.join([seq(R,G,H), seq(H,G,R)])
    return lists, override, extraction

def strip_greek(w):
    return ''.join(c for c in unicodedata.normalize('NFD',w) if unicodedata.category(c)!='Mn') if any('\u0370'<=c<='\u03ff' for c in w) else w
def chunks(pat, width=150):
    ps=pat.split('|'); lines=[]; cur=''
    for i,pp in enumerate(ps):
        piece=pp if i==0 else '|'+pp
        if len(cur)+len(piece)>width and cur:
            lines.append(cur); cur=piece
        else: cur+=piece
    lines.append(cur)
    return ' +\n        '.join('@"'+l.replace('"','""')+'"' for l in lines)
def verbatim(text):
    return '@"'+text.replace('"','""')+'"'
def kw(key, langs=None):
    ws=set()
    for l in (langs or LANGS):
        for w in V[l][key]:
            if len(w)>=2 and w not in ENGLISH:
                for x in (w, strip_greek(w)):
                    ws.add(x); ws.add(x.replace('ς', 'σ'))
    return sorted(ws)
# Keywords that begin English words ("glom" in "glomerular", "regul" in "regulation") are looked for as whole words: with
# what can follow them in an order.
WHOLE = {'glom'}
def keyed(ws):
    out = []
    for w in ws:
        out.extend([w + c for c in ' ,.:;!?'] if w in WHOLE else [w])
    return out
def kwcode(ws):
    items=['"'+w.replace('"','\\"')+'"' for w in ws]
    lines=[]; cur='        '
    for it in items:
        if len(cur)+len(it)+2>150: lines.append(cur.rstrip()); cur='        '
        cur+=it+', '
    lines.append(cur.rstrip().rstrip(','))
    return '\n'.join(lines)
names={'nl':'Dutch','pl':'Polish','ru':'Russian','uk':'Ukrainian','tr':'Turkish','ar':'Arabic','fa':'Persian','hi':'Hindi','zh':'Chinese','ja':'Japanese','ko':'Korean','vi':'Vietnamese','id':'Indonesian','el':'Greek','sv':'Swedish'}
latin={'nl','pl','tr','id','sv'}
out=[]
out.append('''using System.Text.RegularExpressions;

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
{''')
NOOVERRIDE={'zh','ja','ko'}
out.append(f'''    // The gaps between a pattern's words: within one sentence, 40 characters at most (15 between a noun and its qualifier).
    private const string VocabularyGap = {verbatim(GAP)};

    private const string VocabularyNear = {verbatim(NEAR)};
''')
for l in LANGS:
    lists,o,e=pats(l)
    # Each list once; Chinese, Japanese and Korean have no override, so neither their verbs of ignoring nor qualifiers.
    used = ('RevealVerbs','HiddenPromptNouns') if l in NOOVERRIDE else ('IgnoreVerbs','InstructionNouns','Qualifiers','RevealVerbs','HiddenPromptNouns')
    for k in used:
        out.append(f'''    private const string {names[l]}{k} =
        {chunks(lists[k])};
''')
    if l not in NOOVERRIDE:
        out.append(f'''    [GeneratedRegex(
        {o},
        Options)]
    internal static partial Regex {names[l]}VocabularyOverride();
''')
    out.append(f'''    [GeneratedRegex(
        {e},
        Options)]
    internal static partial Regex {names[l]}VocabularyExtraction();
''')
LAT=[l for l in LANGS if l in latin]; OTH=[l for l in LANGS if l not in latin]
for w in kw('ignore_verbs',LAT)+kw('instruction_nouns',LAT)+kw('reveal_verbs',LAT)+kw('hidden_prompt_nouns',LAT):
    assert all(ord(c)<128 for c in w), w
out.append('''    // One set of each kind for the five Latin-script languages (ASCII once folded: the keyword index answers for them) and
    // one for the ten others (behind the gate): eight entries in the index, not sixty.
    private static class Vocabulary
    {''')
for prefix,langs in (('Latin',LAT),('Other',OTH)):
    for name,key in (('OverrideVerbs','ignore_verbs'),('InstructionNouns','instruction_nouns'),('RevealVerbs','reveal_verbs'),('HiddenPromptNouns','hidden_prompt_nouns')):
        out.append(f"        public static readonly KeywordFilter {prefix}{name} = Keywords(\n"+kwcode(keyed(kw(key,langs))).replace('\n        ','\n            ').replace('        "','            "',1)+");\n")
out.append('''        // Every vocabulary rule decides, in a prompt; the other scripts' rules wait for the gate as well.
        public static readonly InjectionRule[] Rules =
        [''')
for l in LANGS:
    latinarg='true' if l in latin else 'false'
    if l not in NOOVERRIDE:
        out.append(f"            Override({names[l]}VocabularyOverride, latin: {latinarg}),")
    out.append(f"            Extraction({names[l]}VocabularyExtraction, latin: {latinarg}),")
out.append('''        ];

        private static InjectionRule Override(Func<Regex> pattern, bool latin) =>
            Rule(InjectionCategory.InstructionOverride, pattern, latin ? [LatinOverrideVerbs, LatinInstructionNouns] : [OtherOverrideVerbs, OtherInstructionNouns], latin);

        private static InjectionRule Extraction(Func<Regex> pattern, bool latin) =>
            Rule(InjectionCategory.SystemPromptExtraction, pattern, latin ? [LatinRevealVerbs, LatinHiddenPromptNouns] : [OtherRevealVerbs, OtherHiddenPromptNouns], latin);

        private static InjectionRule Rule(InjectionCategory category, Func<Regex> pattern, KeywordFilter[] keywords, bool latin) =>
            new(category, pattern, keywords, RuleEffect.Decisive) { OnlyIn = InjectionScanMode.Prompt, MultilingualGate = !latin };
    }
}
''')
open(os.path.join(ROOT, 'src/ProdAI.Guardrails/PromptInjection/InjectionRules.Vocabulary.cs'), 'w', encoding='utf-8').write('\n'.join(out))
