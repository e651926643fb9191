"""Text-level obfuscation helpers (no encodings)."""
import re

# ---------------------------------------------------------------- protection
# URLs, e-mail addresses, inline code and paths are kept intact so the payload
# still "works" for the attacker after obfuscation.
PROTECT_RE = re.compile(r"(!\[[^\]]*\]\([^)]*\)|https?://\S+|[\w.+-]+@[\w-]+\.[\w.]+|`[^`]*`|~/[\w./-]*|(?<![\w])/[\w][\w/.-]*)")


def protect(text, fn):
    parts = PROTECT_RE.split(text)
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 1:
            out.append(p)
        else:
            out.append(fn(p) if p else p)
    return "".join(out)


MARK_RE = re.compile(r"\{([^{}]+)\}")


def marked(template, fn, full=False):
    """Apply fn to {marked} spans only, or (full=True) to the whole text
    outside protected spans."""
    if full:
        return protect(template.replace("{", "").replace("}", ""), fn)
    return MARK_RE.sub(lambda m: fn(m.group(1)), template)


def plain(template):
    return template.replace("{", "").replace("}", "")


def per_word(fn):
    return lambda s: re.sub(r"[A-Za-z]+", lambda m: fn(m.group(0)), s)


# ---------------------------------------------------------------- leetspeak
LEET = {
    "a": ["4", "@", "/-\\", "^"],
    "b": ["8", "6", "|3"],
    "c": ["(", "<", "["],
    "e": ["3", "€"],
    "f": ["ph", "|="],
    "g": ["9", "6"],
    "h": ["#", "|-|", "]-["],
    "i": ["1", "|", "!"],
    "k": ["|<"],
    "l": ["1", "|", "|_"],
    "m": ["|\\/|", "/\\/\\"],
    "n": ["|\\|"],
    "o": ["0", "()"],
    "r": ["|2"],
    "s": ["5", "$"],
    "t": ["7", "+"],
    "v": ["\\/"],
    "w": ["\\/\\/", "vv"],
    "z": ["2"],
}


def leet(rng, p=0.7, heavy=False):
    def f(s):
        out = []
        for ch in s:
            lo = ch.lower()
            if lo in LEET and rng.random() < p:
                opts = LEET[lo] if heavy else [o for o in LEET[lo] if len(o) == 1 or o == "ph"]
                if opts:
                    out.append(rng.choice(opts))
                    continue
            out.append(ch)
        return "".join(out)
    return f


# ---------------------------------------------------------------- splitting
def splitter(rng, sep, mode="chunks"):
    def one(w):
        if len(w) < 3:
            return w
        s = sep if not callable(sep) else sep()
        if mode == "all":
            return s.join(w)
        k = rng.randint(1, min(3, len(w) - 2))
        cuts = sorted(rng.sample(range(1, len(w)), k))
        parts, prev = [], 0
        for c in cuts:
            parts.append(w[prev:c])
            prev = c
        parts.append(w[prev:])
        return s.join(parts)
    return per_word(one)


# ---------------------------------------------------------------- vowels
def devowel(keep_first=False):
    def one(w):
        if keep_first:
            r = w[0] + re.sub(r"[aeiouAEIOU]", "", w[1:])
        else:
            r = re.sub(r"[aeiouAEIOU]", "", w)
        return r if r else w
    return per_word(one)


# ---------------------------------------------------------------- pig latin & co
VOW = "aeiouAEIOU"


def pig_word(w, suffix="way", hyphen=False):
    cap = w[0].isupper()
    lw = w.lower()
    if lw[0] in "aeiou":
        res = lw + ("-" if hyphen else "") + suffix
    else:
        i = 0
        while i < len(lw) and lw[i] not in "aeiou" and not (lw[i] == "y" and i > 0):
            if lw[i] == "q" and i + 1 < len(lw) and lw[i + 1] == "u":
                i += 2
                break
            i += 1
        if i >= len(lw):
            res = lw + ("-" if hyphen else "") + "ay"
        else:
            res = lw[i:] + ("-" if hyphen else "") + lw[:i] + "ay"
    if cap:
        res = res[0].upper() + res[1:]
    return res


def piglatin(suffix="way", hyphen=False):
    return per_word(lambda w: pig_word(w, suffix, hyphen))


def ubbi(w):
    return re.sub(r"[aeiouAEIOU]+", lambda m: "ub" + m.group(0), w)


def eggy(w):
    return re.sub(r"[aeiouAEIOU]+", lambda m: "egg" + m.group(0), w)


# ---------------------------------------------------------------- homoglyphs
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
       "i": "і", "j": "ј", "s": "ѕ", "h": "һ", "A": "А", "B": "В", "E": "Е",
       "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "C": "С", "T": "Т",
       "X": "Х", "Y": "У", "I": "І", "S": "Ѕ", "J": "Ј"}
GRK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ",
       "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ",
       "o": "ο", "v": "ν", "u": "υ", "i": "ι", "a": "α", "p": "ρ", "t": "τ",
       "k": "κ", "x": "χ", "n": "η"}
ARM = {"o": "օ", "h": "հ", "n": "ո", "u": "ս", "q": "զ", "g": "ց",
       "O": "Օ", "U": "Ս", "L": "Լ", "S": "Տ"}
CHER = {"A": "Ꭺ", "B": "Ᏼ", "C": "Ꮯ", "D": "Ꭰ", "E": "Ꭼ", "G": "Ᏻ", "H": "Ꮋ",
        "J": "Ꭻ", "K": "Ꮶ", "L": "Ꮮ", "M": "Ꮇ", "P": "Ꮲ", "R": "Ꭱ", "S": "Ꮪ",
        "T": "Ꭲ", "V": "Ꮩ", "W": "Ꮃ", "Z": "Ꮓ", "I": "Ꮖ", "O": "Ꮎ"}


def glyph(rng, tables, p=0.7):
    def f(s):
        out = []
        for ch in s:
            cands = [t[ch] for t in tables if ch in t]
            if cands and rng.random() < p:
                out.append(rng.choice(cands))
            else:
                out.append(ch)
        return "".join(out)
    return f


MATH = {"bold": (0x1D400, 0x1D41A), "bolditalic": (0x1D468, 0x1D482),
        "boldscript": (0x1D4D0, 0x1D4EA), "boldfraktur": (0x1D56C, 0x1D586),
        "sans": (0x1D5A0, 0x1D5BA), "sansbold": (0x1D5D4, 0x1D5EE),
        "mono": (0x1D670, 0x1D68A), "fullwidth": (0xFF21, 0xFF41)}


def mathstyle(style):
    up, lo = MATH[style]

    def f(s):
        out = []
        for ch in s:
            if "A" <= ch <= "Z":
                out.append(chr(up + ord(ch) - 65))
            elif "a" <= ch <= "z":
                out.append(chr(lo + ord(ch) - 97))
            elif style == "fullwidth" and "!" <= ch <= "~":
                out.append(chr(0xFF01 + ord(ch) - 0x21))
            else:
                out.append(ch)
        return "".join(out)
    return f


# ---------------------------------------------------------------- zalgo
MARKS = [chr(c) for c in range(0x300, 0x370)]


def zalgo(rng, lo=1, hi=1):
    def f(s):
        out = []
        for ch in s:
            out.append(ch)
            if ch.isalpha():
                out.extend(rng.choice(MARKS) for _ in range(rng.randint(lo, hi)))
        return "".join(out)
    return f


# ---------------------------------------------------------------- case
def alt_case(start_upper=False):
    def f(s):
        out, up = [], start_upper
        for ch in s:
            if ch.isalpha():
                out.append(ch.upper() if up else ch.lower())
                up = not up
            else:
                out.append(ch)
        return "".join(out)
    return f


def rand_case(rng):
    return lambda s: "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in s)


def spaced_caps(s):
    return "   ".join(" ".join(w.upper()) for w in s.split())


def odd_spacing_caps(rng):
    return lambda s: "".join(w.upper() + " " * rng.randint(1, 5) for w in s.split()).rstrip()


def camel(s):
    return "".join(w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z0-9]+", s))


# ---------------------------------------------------------------- reversing
def rev_all(s):
    return s[::-1]


def rev_words(s):
    return " ".join(w[::-1] for w in s.split(" "))


def rev_order(s):
    return " ".join(s.split()[::-1])
