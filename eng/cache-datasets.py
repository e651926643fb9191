#!/usr/bin/env python3
"""Writes the cache suite's inputs from ../shared/datasets/caching into artifacts/cache (deterministic, no downloads).

banking77-pairs.jsonl  the shared pairs_test.jsonl as is (pairs protocol; pair_type kept)
gptcache-fill.jsonl    GPTCache's benchmark: every origin stored, every paraphrase queried (fill protocol)
clinc-fill.jsonl       CLINC150: train queries stored (group = intent), test + out-of-scope test queried (fill protocol;
                       out-of-scope rows have label 0: any hit is a false hit)
"""
import json, os, sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'datasets')
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', 'artifacts', 'cache')
caching = os.path.join(root, 'caching')
os.makedirs(out, exist_ok=True)

with open(os.path.join(caching, 'banking77', 'pairs_test.jsonl'), encoding='utf-8') as src, \
        open(os.path.join(out, 'banking77-pairs.jsonl'), 'w', encoding='utf-8') as dst:
    for line in src:
        if line.strip():
            dst.write(line if line.endswith('\n') else line + '\n')

with open(os.path.join(caching, 'gptcache-mock', 'mock_data.json'), encoding='utf-8') as src:
    pairs = json.load(src)
with open(os.path.join(out, 'gptcache-fill.jsonl'), 'w', encoding='utf-8') as dst:
    for p in pairs:
        dst.write(json.dumps({'text_a': p['origin'], 'text_b': p['similar'], 'label': 1}, ensure_ascii=False) + '\n')

with open(os.path.join(caching, 'clinc150', 'data_full.json'), encoding='utf-8') as src:
    clinc = json.load(src)
train = clinc['train']
queries = [(t, i, 1) for t, i in clinc['test']] + [(t, 'oos', 0) for t, _ in clinc['oos_test']]
with open(os.path.join(out, 'clinc-fill.jsonl'), 'w', encoding='utf-8') as dst:
    for k in range(max(len(train), len(queries))):
        a_text, a_intent = train[k % len(train)]
        b_text, b_intent, label = queries[k % len(queries)]
        dst.write(json.dumps({'text_a': a_text, 'text_b': b_text, 'label': label, 'group_a': a_intent, 'group_b': b_intent}, ensure_ascii=False) + '\n')
with open(os.path.join(out, 'clinc-oos-fill.jsonl'), 'w', encoding='utf-8') as dst:
    oos = clinc['oos_test']
    for k in range(len(train)):
        a_text, a_intent = train[k]
        b_text = oos[k % len(oos)][0]
        dst.write(json.dumps({'text_a': a_text, 'text_b': b_text, 'label': 0, 'group_a': a_intent, 'group_b': 'oos'}, ensure_ascii=False) + '\n')
print('wrote', out)
