#!/usr/bin/env python3
"""Measure how often a predicted quote is right (span matches a gold quote at
Jaccard >= 0.5 and its speaker is right, as score.py counts it), grouped by type,
resolution and confidence. usage: calibrate.py GOLD PRED"""
import json, sys, collections
sys.path.insert(0, "../shared/eval")
from score import tokset
gold = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
c = collections.defaultdict(lambda: [0, 0])
for l in open(sys.argv[2]):
    r = json.loads(l)
    g = gold.get(r["article_id"])
    if not g:
        continue
    gs = [(a, b, q) for q in g["quotes"] for a, b in (q.get("segments") or [[q["start"], q["end"]]])]
    for p in r["quotes"]:
        ok = False
        for a, b in p["segments"]:
            for ga, gb, q in gs:
                inter = min(b, gb) - max(a, ga)
                if inter > 0 and inter / (max(b, gb) - min(a, ga)) >= 0.5:
                    sp = p["speaker"] or {}
                    m = sp.get("mention") or {}
                    right = not q.get("speaker") and not sp.get("name")
                    if q.get("speaker") and "speaker_start" in q:
                        right = (m.get("start") is not None and m["start"] < q["speaker_end"] and q["speaker_start"] < m["end"]) or bool(tokset(q["speaker"]) & tokset(sp.get("name")))
                    ok = ok or right
        key = (p["type"], (p["speaker"] or {}).get("resolution"), p["confidence"])
        c[key][0] += ok
        c[key][1] += 1
for k in sorted(c):
    print(f"{k}: right {c[k][0]:4}/{c[k][1]:<4} = {c[k][0]/c[k][1]:.2f}")
