import base64, codecs, re, unicodedata, random

def b64(s): return base64.b64encode(s.encode()).decode()
def b64url(s): return base64.urlsafe_b64encode(s.encode()).decode().rstrip('=')
def b64lines(s, width=40):
    e = b64(s); return '\n'.join(e[i:i+width] for i in range(0, len(e), width))
def b64double(s): return b64(b64(s))
def hexplain(s, sep=''): return sep.join(f'{b:02x}' for b in s.encode())
def hexesc(s): return ''.join(f'\\x{b:02x}' for b in s.encode())
def hex0x(s, sep=' '): return sep.join(f'0x{b:02X}' for b in s.encode())
def pct(s): return ''.join(f'%{b:02X}' for b in s.encode())
def rot13(s): return codecs.encode(s, 'rot13')
def rot47(s): return ''.join(chr(33 + ((ord(c) + 14) % 94)) if 33 <= ord(c) <= 126 else c for c in s)
def caesar(s, k):
    out = []
    for c in s:
        if 'a' <= c <= 'z': out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif 'A' <= c <= 'Z': out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else: out.append(c)
    return ''.join(out)
def atbash(s):
    out = []
    for c in s:
        if 'a' <= c <= 'z': out.append(chr(219 - ord(c)))
        elif 'A' <= c <= 'Z': out.append(chr(155 - ord(c)))
        else: out.append(c)
    return ''.join(out)
def rev(s): return s[::-1]
def revwords(s): return ' '.join(s.split()[::-1])
def html_dec(s): return ''.join(f'&#{ord(c)};' for c in s)
def html_hex(s): return ''.join(f'&#x{ord(c):X};' for c in s)
def uesc(s): return ''.join(f'\\u{ord(c):04x}' for c in s)
def qp(s): return ''.join(f'={b:02X}' for b in s.encode())
def dec(s, sep=' '): return sep.join(str(ord(c)) for c in s)
def binary(s, sep=' '): return sep.join(f'{b:08b}' for b in s.encode())
def octal(s, style='space'):
    if style == 'space': return ' '.join(f'{b:03o}' for b in s.encode())
    return ''.join(f'\\{b:03o}' for b in s.encode())
def fold(s):
    s = s.replace('ß', 'ss').replace('ẞ', 'SS')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

MORSE = {'A':'.-','B':'-...','C':'-.-.','D':'-..','E':'.','F':'..-.','G':'--.','H':'....','I':'..','J':'.---',
 'K':'-.-','L':'.-..','M':'--','N':'-.','O':'---','P':'.--.','Q':'--.-','R':'.-.','S':'...','T':'-','U':'..-',
 'V':'...-','W':'.--','X':'-..-','Y':'-.--','Z':'--..','0':'-----','1':'.----','2':'..---','3':'...--',
 '4':'....-','5':'.....','6':'-....','7':'--...','8':'---..','9':'----.','.':'.-.-.-',',':'--..--','?':'..--..',
 "'":'.----.','!':'-.-.--','/':'-..-.','(':'-.--.',')':'-.--.-','&':'.-...',':':'---...',';':'-.-.-.',
 '=':'-...-','+':'.-.-.','-':'-....-','_':'..--.-','"':'.-..-.','$':'...-..-','@':'.--.-.'}
MORSE_REV = {v: k for k, v in MORSE.items()}
def morse(s, wsep=' / '):
    words = fold(s).upper().split()
    return wsep.join(' '.join(MORSE[c] for c in w if c in MORSE) for w in words)
def unmorse(m, wsep=' / '):
    return ' '.join(''.join(MORSE_REV[c] for c in w.split()) for w in m.split(wsep))

NATO = dict(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'.split()))
NATO.update(dict(zip('0123456789', 'Zero One Two Three Four Five Six Seven Eight Niner'.split())))
def nato(s, wsep=' / ', csep=' '):
    return wsep.join(csep.join(NATO[c] for c in w if c in NATO) for w in fold(s).upper().split())

BR = dict(zip('abcdefghijklmnopqrstuvwxyz', '⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵'))
BR.update({',': '⠂', '.': '⠲', '?': '⠦', '!': '⠖', "'": '⠄', '-': '⠤', ' ': ' '})
def braille(s, caps=True):
    out = []
    for c in fold(s):
        if c.isupper() and caps: out.append('⠠' + BR[c.lower()])
        elif c.lower() in BR: out.append(BR[c.lower()])
        elif c.isdigit(): out.append('⠼' + BR['jabcdefghi'[int(c)]])
    return ''.join(out)

def leet(s, heavy=False):
    m = {'a':'4','e':'3','i':'1','o':'0','s':'5','t':'7'}
    if heavy: m.update({'a':'@','s':'$','b':'8','g':'9','l':'|','t':'+'})
    return ''.join(m.get(c.lower(), c) for c in s)

HOMO = {'a':'аα','c':'с','e':'еε','o':'оο','p':'р','x':'х','y':'у','i':'іι','s':'ѕ','j':'ј','v':'ν',
        'A':'АΑ','B':'ВΒ','C':'С','E':'ЕΕ','H':'НΗ','K':'КΚ','M':'МΜ','O':'ОΟ','P':'РΡ','T':'ТΤ','X':'ХΧ','I':'ІΙ','N':'Ν','Z':'Ζ'}
def homoglyph(s, rng, rate=0.7):
    return ''.join(rng.choice(HOMO[c]) if c in HOMO and rng.random() < rate else c for c in s)

def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ('\u3000' if c == ' ' else c) for c in s)

MATH = {'bold': (0x1D400, 0x1D41A, 0x1D7CE), 'italic': (0x1D434, 0x1D44E, None), 'bolditalic': (0x1D468, 0x1D482, None),
        'sansbold': (0x1D5D4, 0x1D5EE, 0x1D7EC), 'mono': (0x1D670, 0x1D68A, 0x1D7F6)}
def mathalpha(s, style):
    U, L, D = MATH[style]; out = []
    for c in s:
        if 'A' <= c <= 'Z': out.append(chr(U + ord(c) - 65))
        elif 'a' <= c <= 'z':
            out.append('\u210E' if (style == 'italic' and c == 'h') else chr(L + ord(c) - 97))
        elif '0' <= c <= '9' and D: out.append(chr(D + ord(c) - 48))
        else: out.append(c)
    return ''.join(out)

SC = dict(zip('abcdefghijklmnopqrstuvwxyz', 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ'))
def smallcaps(s): return ''.join(SC.get(c, c) for c in fold(s).lower())

UD = dict(zip('abcdefghijklmnopqrstuvwxyz', 'ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz'))
UD.update({'.': '˙', ',': "'", '?': '¿', '!': '¡', "'": ',', '_': '‾', '(': ')', ')': '(', '1': 'Ɩ', '2': 'ᄅ', '3': 'Ɛ', '4': 'ㄣ', '5': 'ϛ', '6': '9', '7': 'ㄥ', '8': '8', '9': '6', '0': '0'})
def upside(s): return ''.join(UD.get(c, c) for c in fold(s).lower())[::-1]

def regional(s, sep=' '):
    words = fold(s).upper().split()
    return '   '.join(sep.join(chr(0x1F1E6 + ord(c) - 65) for c in w if 'A' <= c <= 'Z') for w in words)

ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']
def zerowidth(s, rng, pool=None):
    pool = pool or ZW
    return ''.join(c + (rng.choice(pool) if c != ' ' else '') for c in s)

def separate(s, sep, wsep='   '):
    return wsep.join(sep.join(w) for w in s.split())

def markup(s, rng):
    tags = [('**', '**'), ('*', '*'), ('_', '_'), ('<b>', '</b>'), ('<i>', '</i>'), ('<span>', '</span>'), ('~~', '~~'), ('`', '`')]
    style = rng.sample(tags, 3)
    out = []
    for w in s.split(' '):
        if len(w) >= 4 and rng.random() < 0.8:
            i = rng.randint(1, len(w) - 2); j = rng.randint(i + 1, len(w) - 1)
            o, c = rng.choice(style)
            w = w[:i] + o + w[i:j] + c + w[j:]
        out.append(w)
    return ' '.join(out)

def zalgo(s, rng, lo=1, hi=3):
    return ''.join(c + (''.join(chr(rng.randint(0x300, 0x36F)) for _ in range(rng.randint(lo, hi))) if c.isalnum() else '') for c in s)

VOW = 'aeiouAEIOU'
def _pig_word(w):
    lw = w.lower()
    if lw[0] in 'aeiou': r = w + 'way'
    else:
        m = re.match(r'([^aeiouy]*qu|[^aeiouy]+)(.*)', w, re.I)
        if not m or not m.group(2): r = w + 'ay'
        else: r = m.group(2) + m.group(1) + 'ay'
    return r.lower() if not w[0].isupper() else r[0].upper() + r[1:].lower()
def piglatin(s): return re.sub(r'[A-Za-z]+', lambda m: _pig_word(m.group(0)), s)

def novowels(s, keep_initial=False):
    return re.sub(r'[A-Za-zÀ-ÿ]+', lambda m: (m.group(0)[0] + re.sub('[aeiouäöüéèàáíóú]', '', m.group(0)[1:], flags=re.I)) if keep_initial else (re.sub('[aeiouäöüéèàáíóú]', '', m.group(0), flags=re.I) or m.group(0)), s)

def b85(s): return base64.b85encode(s.encode()).decode()
def a85(s): return base64.a85encode(s.encode(), adobe=True).decode()
