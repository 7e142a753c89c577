#!/usr/bin/env python3
"""Print quotewire records compactly: one line per quote. usage: show.py RECORDS.jsonl"""
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    print("==", r["article_id"])
    for q in r["quotes"]:
        s = q["speaker"] or {}
        print(f'{q["start"]:5}-{q["end"]:<5} {q["type"][:3]} {q["confidence"]:.2f} [{s.get("name")} | {s.get("role")} | {s.get("kind")} | {(s.get("mention") or {}).get("text")} | {s.get("resolution")}] cue={(q["cue"] or {}).get("text")} :: {q["text"][:90]!r}')
