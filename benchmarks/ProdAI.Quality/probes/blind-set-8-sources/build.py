import importlib, json, sys, collections
sys.path.insert(0, '/tmp/b8/src')
LANGS = "fr es de it pt nl pl ru uk tr ar fa hi zh ja ko vi id el sv".split()
ATK = {"override","extract","persona","tool","exfil","indirect","delimiter"}
BEN = {"everyday","security-question","translate","document","creative"}
def base(k): return k[:-6] if k.endswith("-mixed") else k
def mk(L, kind, text, label):
    b = base(kind)
    assert b in (ATK if label else BEN), (L, kind)
    mode = "document" if b in ("indirect","document") else "prompt"
    return {"text": text.strip(), "label": label, "source": f"blind8-{L}-{kind}", "mode": mode}
allrows = {}
for L in LANGS:
    m = importlib.import_module("lang_"+L)
    A = [mk(L,k,t,1) for k,t in m.A]
    B = [mk(L,k,t,0) for k,t in m.B]
    allrows[L] = (A,B)
from order import arrange
allrows = arrange(allrows)
for L in LANGS:
    A,B = allrows[L]
    with open(f"/tmp/b8/{L}.jsonl","w",encoding="utf-8") as f:
        for r in A+B: f.write(json.dumps(r, ensure_ascii=False)+"\n")
a = open("/tmp/b8/blind8a.jsonl","w",encoding="utf-8")
b = open("/tmp/b8/blind8b.jsonl","w",encoding="utf-8")
for L in LANGS:
    A,B = allrows[L]
    for grp in (A,B):
        for i,r in enumerate(grp):
            (a if i%2==0 else b).write(json.dumps(r, ensure_ascii=False)+"\n")
a.close(); b.close()
print("built")
