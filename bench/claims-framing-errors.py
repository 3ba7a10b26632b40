#!/usr/bin/env python3
"""Framing errors of found mentions (class b of claims-root-causes.py), each with its sentence.

Usage: bench/claims-framing-errors.py DIR SET...   (DIR holds SET.txt = `evaluate --half SET --misses` output;
open sets only: the sentence is read from tests/validation/SET/ID.json)

Prints the directions (reader -> tool) of the outlet-voice russia mentions whose framing differs, all and in
articles whose russia label is wrong ('W'), then every such mention: article, direction, the tool's span, the
governor the tool applied ('None': none) and the sentence around the span. Written for claims round 56.
"""
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "validation")
MENTION = re.compile(r"^\s+(\S+) mention: expected (\w+)/russia/(\w+)/outlet, got (\w+)/russia/(\w+)/outlet"
                     r" — '(.*?)' russia (\w+)(?: by '(.*?)')? \(outlet\)", re.M)


def sentence(text, span):
    i = text.find(span)
    if i < 0:
        return "(span not found)"
    a = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i), 0)
    b = text.find(". ", i + len(span))
    return text[a:len(text) if b < 0 else b + 1].strip(". \n")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    d, sets = sys.argv[1], sys.argv[2:]
    all_, wrong_, rows = Counter(), Counter(), []
    for s in sets:
        t = open(os.path.join(d, s + ".txt"), encoding="utf-8").read()
        wrong = set(re.findall(r"^\s+(\S+) framing:russia: expected", t, re.M))
        for m in MENTION.finditer(t):
            aid, _, f, _, g, span, _, gov = m.groups()
            if f == g:
                continue
            all_[(f, g)] += 1
            w = aid in wrong
            if w:
                wrong_[(f, g)] += 1
            doc = json.load(open(os.path.join(ROOT, s, aid + ".json"), encoding="utf-8"))
            rows.append((not w, aid, f, g, span, gov, sentence("\n".join(doc["paragraphs"]), span)))
    print("reader -> tool          all  in wrong articles")
    for k, v in all_.most_common():
        print(f"{k[0]:>10} -> {k[1]:<10} {v:4d} {wrong_[k]:4d}")
    print(f"{'total':>24} {sum(all_.values()):4d} {sum(wrong_.values()):4d}\n")
    for notw, aid, f, g, span, gov, sent in sorted(rows, key=lambda r: (r[0], r[2], r[3], r[1])):
        print(f"{'-' if notw else 'W'} {aid} {f}->{g} [{span}] gov={gov}\n    {sent}")


if __name__ == "__main__":
    main()
