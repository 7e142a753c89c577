#!/usr/bin/env python3
"""Show missed gold quotes (subset speech) in context with nearby predictions.
usage: misses.py GOLD PRED [N] [SKIP]"""
import json, sys, re
sys.path.insert(0, "../shared/eval")
from score import speech_cue
gold = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
pred = {json.loads(l)["article_id"]: json.loads(l) for l in open(sys.argv[2])}
n = int(sys.argv[3]) if len(sys.argv) > 3 else 30
skip = int(sys.argv[4]) if len(sys.argv) > 4 else 0
k = 0
for aid, g in gold.items():
    t = g["text"]
    ps = pred.get(aid, {}).get("quotes", [])
    for q in g["quotes"]:
        if not speech_cue(q): continue
        for a, b in q.get("segments") or [[q["start"], q["end"]]]:
            best = 0
            for p in ps:
                for c, d in p["segments"]:
                    i = min(b, d) - max(a, c)
                    if i > 0: best = max(best, i / (max(b, d) - min(a, c)))
            if best >= 0.5: continue
            k += 1
            if k <= skip: continue
            if k > skip + n: sys.exit()
            lo = max(0, min(a, q.get("speaker_start") or a) - 60); hi = min(len(t), max(b, q.get("cue_end") or b) + 40)
            ctx = t[lo:hi].replace("\n", "⏎")
            print(f"--- {aid[-30:]} spk={q.get('speaker')!r} cue={q.get('cue')!r} best={best:.2f}")
            print("   CTX:", ctx)
            print("  GOLD:", t[a:b].replace("\n", "⏎")[:160])
            for p in ps:
                for c, d in p["segments"]:
                    if min(b, d) - max(a, c) > 0:
                        print("  PRED:", p["type"], (p["speaker"] or {}).get("name"), "::", t[c:d].replace("\n", "⏎")[:160])
