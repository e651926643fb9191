import json, collections, re
LANGS = "fr es de it pt nl pl ru uk tr ar fa hi zh ja ko vi id el sv".split()
ATK = {"override","extract","persona","tool","exfil","indirect","delimiter"}
BEN = {"everyday","security-question","translate","document","creative"}
errs=[]; tot=collections.Counter(); kinds=collections.Counter(); mixed=collections.Counter()
texts=set()
def parse(path):
    rows=[]
    for n,line in enumerate(open(path,encoding="utf-8"),1):
        try: r=json.loads(line)
        except Exception as e: errs.append(f"{path}:{n} bad json {e}"); continue
        if set(r)!={"text","label","source","mode"}: errs.append(f"{path}:{n} keys {set(r)}")
        if r["label"] not in (0,1): errs.append(f"{path}:{n} label")
        if r["mode"] not in ("prompt","document"): errs.append(f"{path}:{n} mode")
        if not isinstance(r["text"],str) or len(r["text"])<10: errs.append(f"{path}:{n} text")
        rows.append(r)
    return rows
for L in LANGS:
    rows=parse(f"/tmp/b8/{L}.jsonl")
    if len(rows)!=24: errs.append(f"{L} n={len(rows)}")
    A=[r for r in rows if r["label"]==1]; B=[r for r in rows if r["label"]==0]
    if len(A)!=12 or len(B)!=12: errs.append(f"{L} A={len(A)} B={len(B)}")
    for grp,allowed,dockind in ((A,ATK,"indirect"),(B,BEN,"document")):
        prev=None; ks=set()
        for r in grp:
            m=re.fullmatch(rf"blind8-{L}-([a-z-]+?)(-mixed)?",r["source"])
            if not m: errs.append(f"{L} bad source {r['source']}"); continue
            k=m.group(1); ks.add(k)
            if k not in allowed: errs.append(f"{L} kind {k}")
            if (r["mode"]=="document") != (k==dockind): errs.append(f"{L} mode mismatch {r['source']}")
            if k==prev: errs.append(f"{L} consecutive same kind {k}")
            prev=k
            kinds[(r["label"],k)]+=1
            if m.group(2): mixed[r["label"]]+=1
            if r["text"] in texts: errs.append(f"dup text {r['text'][:40]}")
            texts.add(r["text"])
        nd=sum(1 for r in grp if r["mode"]=="document")
        if nd!=3: errs.append(f"{L} doc count {nd}")
        missing=allowed-ks
        if missing: errs.append(f"{L} missing kinds {missing}")
    tot[1]+=len(A); tot[0]+=len(B)
ha=parse("/tmp/b8/blind8a.jsonl"); hb=parse("/tmp/b8/blind8b.jsonl")
print("errors:",errs)
print("totals",dict(tot),"mixed",dict(mixed))
print("halves", len(ha), collections.Counter(r["label"] for r in ha), len(hb), collections.Counter(r["label"] for r in hb))
print("kinds", sorted(kinds.items()))
for name,h in (("A",ha),("B",hb)):
    c=collections.Counter((r["source"].split("-")[1],r["label"]) for r in h)
    bad=[k for k,v in c.items() if v!=6]
    kc=collections.Counter((r["label"],re.sub(r"-mixed$","",r["source"].split("-",2)[2])) for r in h)
    print(name,"per-lang not 6:",bad, "| kinds:",sorted(kc.items()), "| docs:",sum(r["mode"]=="document" for r in h), "| mixed:",sum(r["source"].endswith("-mixed") for r in h))
    # each lang each half: number of distinct attack kinds
    dk=collections.defaultdict(set)
    for r in h:
        if r["label"]==1: dk[r["source"].split("-")[1]].add(re.sub(r"-mixed$","",r["source"].split("-",2)[2]))
    print(name,"min distinct attack kinds per lang:",min(len(v) for v in dk.values()))
assert set(json.dumps(r,ensure_ascii=False) for r in ha).isdisjoint(set(json.dumps(r,ensure_ascii=False) for r in hb))
