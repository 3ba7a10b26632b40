#!/usr/bin/env python3
"""Root causes of article-level russia framing errors (outlet voice), from `evaluate --misses` output.

Usage: bench/claims-root-causes.py DIR SET...   (DIR holds SET.txt = `evaluate --half SET --misses` output)

For every article whose russia label the tool gets wrong, the tool's outlet-voice russia mentions (the framing line)
are corrected one class of mention error at a time, and the article label recomputed by the tool's own rule (more
than half asserted / hedged+denied / attributed, else mixed; none: absent):
  a  missed   a labelled outlet-voice russia mention not found at all
  b  framing  found, russia and outlet voice on both sides, framing differs
  c  voice    found, but in or out of the outlet's voice wrongly
  r  actor    found, but with another actor (either way)
  d  false    a tool mention no reader labelled
  e  aggreg.  even with every mention corrected, the labelled mentions' majority is not the reader's article label
An article counts for each class whose correction ALONE makes the label right ("alone" columns); 'several' when
only a combination does. Also prints the direction of errors (tool label vs reader label) and the missed spans.
"""
import re
import sys
from collections import Counter, defaultdict

MENTION = re.compile(r"'(.*?)' (\w+) (\w+)(?: by '.*?')? \((\w+)\)(?:;|$)")
LABEL = re.compile(r"'(.*?)' (\w+)(?:;|$)")


def label(fr):
    n = len(fr)
    if n == 0:
        return "absent"
    c = Counter("hedged" if f == "denied" else f for f in fr)
    for k in ("asserted", "hedged", "attributed"):
        if 2 * c[k] > n:
            return k
    return "mixed"


def parse_tool_list(s):
    s = s.strip()
    if s.startswith("no outlet-voice mention"):
        return []
    return [m.groups() for m in MENTION.finditer(s)]


def parse(path):
    arts = {}
    mentions = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        m = re.match(r"(\S+) framing:russia: expected (\w+), got (\w+) — tool: (.*) \| labels: (.*)$", line)
        if m:
            aid, exp, got, tool, labels = m.groups()
            labs = [] if labels.strip() == "none" else [g for g in LABEL.findall(labels)]
            arts[aid] = dict(exp=exp, got=got, tool=parse_tool_list(tool), labels=labs)
            continue
        m = re.match(r"(\S+) (extra )?mention: expected (.*?), got (.*?) — (.*)$", line)
        if m:
            aid, extra, exp, got, rest = m.groups()
            mentions[aid].append((bool(extra), exp, got, rest))
    return arts, mentions


def fixes(art, ms):
    """Per class: list of (remove framing or None, add framing or None); plus missed spans."""
    out = defaultdict(list)
    missed = []
    for extra, exp, got, rest in ms:
        g = got.split("/") if got != "not found" and "/" in got else None
        e = exp.split("/") if "/" in exp else None
        tool_ro = g is not None and g[1] == "russia" and g[3] == "outlet"
        lab_ro = e is not None and e[1] == "russia" and e[3] == "outlet"
        if extra:
            if tool_ro:
                out["d"].append((g[2], None))
            continue
        if g is None:
            if lab_ro:
                out["a"].append((None, e[2]))
                sm = re.match(r"'(.*?)' in: (.*)$", rest)
                missed.append((sm.group(1) if sm else rest, e[2], sm.group(2) if sm else ""))
            continue
        if lab_ro and tool_ro:
            if e[2] != g[2]:
                out["b"].append((g[2], e[2]))
        elif lab_ro:
            cls = "c" if g[3] != "outlet" else "r"
            out[cls].append((None, e[2]))
        elif tool_ro:
            cls = "c" if e[3] != "outlet" else "r"
            out[cls].append((g[2], None))
    return out, missed


def apply(tool_fr, changes):
    fr = list(tool_fr)
    for rem, add in changes:
        if rem is not None and rem in fr:
            fr.remove(rem)
        if add is not None:
            fr.append(add)
    return label(fr)


def main():
    d, sets = sys.argv[1], sys.argv[2:]
    classes = ["a", "b", "c", "r", "d"]
    table = {}
    direction = Counter()
    allmissed = []
    detail = []
    for s in sets:
        arts, ments = parse(f"{d}/{s}.txt")
        row = Counter()
        for aid, art in sorted(arts.items()):
            tool_fr = [f for (_, actor, f, voice) in art["tool"] if actor == "russia" and voice == "outlet"]
            out, missed = fixes(art, ments[aid])
            allmissed += [(aid,) + m for m in missed]
            labelled = label([f for _, f in art["labels"]])
            row["wrong"] += 1
            direction[(art["exp"], art["got"])] += 1
            if labelled != art["exp"]:
                row["e"] += 1
                detail.append((aid, "e", art["exp"], art["got"], f"labelled mentions' majority {labelled}"))
                continue
            alone = [c for c in classes if out[c] and apply(tool_fr, out[c]) == art["exp"]]
            for c in alone:
                row[c] += 1
            if not alone:
                allfix = apply(tool_fr, [x for c in classes for x in out[c]])
                row["several" if allfix == art["exp"] else "unexplained"] += 1
            if len(alone) == 1:
                row["only_" + alone[0]] += 1
            detail.append((aid, ",".join(alone) or "several", art["exp"], art["got"],
                           " ".join(f"{c}{len(out[c])}" for c in classes if out[c])))
        table[s] = row
    keys = ["wrong", "a", "b", "c", "r", "d", "several", "e", "unexplained", "only_a", "only_b", "only_c", "only_r", "only_d"]
    print("class".ljust(12) + "".join(s.rjust(7) for s in sets) + "    all")
    for k in keys:
        vals = [table[s][k] for s in sets]
        print(k.ljust(12) + "".join(str(v).rjust(7) for v in vals) + str(sum(vals)).rjust(7))
    print("\ndirection (reader -> tool):")
    for (e, g), n in direction.most_common():
        print(f"  {e:>10} -> {g:<10} {n}")
    print("\narticles:")
    for x in detail:
        print("  ", *x)
    print("\nmissed outlet-voice russia spans in wrong articles:")
    for aid, span, fr, ctx in allmissed:
        print(f"  {aid} [{fr}] {span!r} :: {ctx}")


if __name__ == "__main__":
    main()
