#!/usr/bin/env python3
"""Claims round 51 (gates51): which gate stops the labelled outlet-voice russia mentions the rules miss.

Usage:
  bench/claims-gates.py DIR [--examples GATE [N]]
DIR holds devN.txt for dev, dev2 … dev28 written by
  dotnet $B evaluate --half devN --gates --model none > DIR/devN.txt
(`--gates` is `--misses` plus, on each `got not found` line, the gate that stopped the claims-lexicon match in the span
that got furthest: CorpusEvaluator.Gates). A labelled outlet-voice russia span is missed when it is not found, found
with another actor (e) or found as russia's in another voice (d). The not-found ones are classed by their gate:
  a1 no claims-lexicon word in the span;  a2 only words of other roles (cue, actor, hedge, grammar …), no act or trigger;
  b  an act (`@act`) without its agent;   c  an act / trigger with no cue of its category in reach;
  f  a named veto of the claim scorer;    g  other (found but matched to another span, outside every voice …).
Prints the counts per set, pooled, and pooled over the spans of wrong articles (those with a `framing:russia` miss);
with --examples GATE (a prefix: "b", "c act", "f single"), up to N (40) of its spans spread over the sets.
"""
import re, sys, collections, random

D = sys.argv[1]
sets = ["dev", "dev2"] + [f"dev{i}" for i in range(3, 29)]
MISS = re.compile(r"\s*(\S+) mention: expected (\w+)/russia/(\w+)/outlet, got (\S+(?: found)?) — '(.*?)'(?: in: (.*)| (.*))?$")
GATE = re.compile(r"\[gate (\w+): (.*?)(?: '(.*)')?\]$")
ORDER = ["a1", "a2", "b", "c act", "c trigger", "d", "e", "f", "g"]

def classify(got, rest):
    if got == "not found":
        m = GATE.search(rest or "")
        if not m: return "g", "no gate"
        code, detail = m.group(1), m.group(2)
        if code == "c": code = "c act" if detail.startswith("act") else "c trigger"
        return code, detail
    parts = got.split("/")
    if len(parts) == 4:
        if parts[1] != "russia": return "e", "actor " + parts[1]
        if parts[3] != "outlet": return "d", "voice " + parts[3]
    return None, None  # found: target or framing differs only

per = collections.defaultdict(collections.Counter); wrong = collections.Counter(); detail = collections.Counter()
examples = collections.defaultdict(list)
for s in sets:
    lines = open(f"{D}/{s}.txt", encoding="utf-8").read().splitlines()
    bad = {l.split()[0] for l in lines if re.match(r"\s*\S+ framing:russia:", l)}
    for l in lines:
        m = MISS.match(l)
        if not m: continue
        code, det = classify(m.group(4), m.group(6))
        if code is None: continue
        per[s][code] += 1
        if m.group(1) in bad: wrong[code] += 1
        key = code if code in ("a1", "b", "d") else f"{code}: {det}"
        detail[key] += 1
        examples[code].append((s, m.group(1), m.group(5), (m.group(6) or "")[:300]))

pooled = collections.Counter()
for s in sets: pooled.update(per[s])
print("set      " + " ".join(f"{c:>9}" for c in ORDER) + "    total")
for s in sets + ["pooled", "wrong art."]:
    c = pooled if s == "pooled" else wrong if s == "wrong art." else per[s]
    print(f"{s:<9}" + " ".join(f"{c[k]:>9}" for k in ORDER) + f" {sum(c.values()):>8}")
print("\nby gate and detail (pooled):")
for k, n in detail.most_common(): print(f"  {n:5}  {k}")
if "--examples" in sys.argv:
    i = sys.argv.index("--examples"); want = sys.argv[i + 1]; n = int(sys.argv[i + 2]) if len(sys.argv) > i + 2 else 40
    pool = [e for code, es in examples.items() if code.startswith(want) for e in es]
    random.Random(51).shuffle(pool)
    for e in sorted(pool[:n]): print("  ", e)
