import random, re, collections
def base(src):
    k = src.split("-",2)[2]
    return re.sub(r"-mixed$","",k)
def ok(seq):
    return all(base(seq[i]["source"])!=base(seq[i+1]["source"]) for i in range(len(seq)-1))
def feats(r):
    k=base(r["source"])
    f=[("k",r["label"],k)]
    if r["source"].endswith("-mixed"): f.append(("mix",r["label"]))
    if r["mode"]=="document": f.append(("doc",r["label"]))
    return f
def score(glob):
    keys=set(k for (h,k) in glob)
    return sum(abs(glob[(0,k)]-glob[(1,k)])**2 for k in keys)
def arrange(langrows, seed=8):
    rng=random.Random(seed)
    glob=collections.Counter()
    out={}
    for L,(A,B) in langrows.items():
        res=[]
        for grp in (A,B):
            best=None
            for _ in range(3000):
                p=grp[:]; rng.shuffle(p)
                if not ok(p): continue
                g=glob.copy()
                for i,r in enumerate(p):
                    for f in feats(r): g[(i%2,f)]+=1
                # per-language: each half gets >=1 doc-mode row
                halves_doc=[sum(1 for i,r in enumerate(p) if i%2==h and r["mode"]=="document") for h in (0,1)]
                if min(halves_doc)==0: continue
                s=score(g)
                if best is None or s<best[0]: best=(s,p,g)
            _,p,g=best; glob=g; res.append(p)
        out[L]=tuple(res)
    return out
