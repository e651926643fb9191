import json, sys, collections
sys.path.insert(0, "/tmp/b7/gen")
from attacks import A
from benign import B
from padding import FILLERS
from wraps import WRAP, EXTRA

for k, w in list(WRAP.items()) + list(EXTRA.items()):
    for i, (pre, post) in w.items():
        A[k][i] = pre + A[k][i] + post
from bwraps import BEXTRA
for k, w in BEXTRA.items():
    for i, (pre, post) in w.items():
        t = B[k][i]
        if post.startswith((". ", ", ")) and t[-1] in ".?!":
            t = t[:-1]
        B[k][i] = pre + t + post
A["padding"] = [h + inj + t + areq for h, inj, t, areq, breq in FILLERS]

ORDER = ["leet","typos","split","vowels","piglatin","concat","homoglyph","zalgo","case","emoji",
         "reverse","synonyms","multilingual-mix","padding","mixed"]
att = []
for k in ORDER:
    assert len(A[k]) == 16, (k, len(A[k]))
    att += [{"text": t, "label": 1, "source": "blind7-" + k, "mode": "prompt"} for t in A[k]]
ben = []
for k, v in B.items():
    assert len(v) == 16, (k, len(v))
    ben += [{"text": t, "label": 0, "source": "blind7-benign-" + k, "mode": "prompt"} for t in v]

for name, rows in (("attacks", att), ("benign", ben)):
    texts = [r["text"] for r in rows]
    assert all(t.strip() for t in texts)
    dup = [t for t, c in collections.Counter(texts).items() if c > 1]
    assert not dup, dup
    with open(f"/tmp/b7/{name}.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
allt = [r["text"] for r in att] + [r["text"] for r in ben]
assert len(set(allt)) == len(allt)
short = sum(len(r["text"]) < 120 for r in att)
print("attacks short:", short, "of", len(att), " >=300:", sum(len(r["text"]) >= 300 for r in att))
for k in ORDER:
    ls = [len(t) for t in A[k]]
    print(k, "short", sum(l < 120 for l in ls), "min", min(ls), "max", max(ls))
print("padding lens", sorted(len(t) for t in A["padding"]))
print("benign long lens", sorted(len(t) for t in B["longtext"]))
print("benign short:", sum(len(r["text"]) < 120 for r in ben))
