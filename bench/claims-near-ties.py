#!/usr/bin/env python3
"""How far each wrong russia article (outlet voice) is from the reader's label, from `evaluate --misses` output.

Usage: bench/claims-near-ties.py DIR SET...   (DIR holds SET.txt = `evaluate --half SET --misses` output)

For every article whose russia label the tool gets wrong, the fewest single-mention changes to the tool's own
outlet-voice russia mentions (one mention's framing changed, one mention added, one removed) after which the tool's
rule (more than half asserted / hedged+denied / attributed, else mixed; none: absent) gives the reader's label.
Prints, per set, how many wrong articles are 1, 2, 3 … changes away (9: more than four).
"""
import re
import sys
from collections import Counter

FRAMINGS = ("asserted", "hedged", "attributed")


def label(counts):
    n = sum(counts)
    if n == 0:
        return "absent"
    for k, c in zip(FRAMINGS, counts):
        if 2 * c > n:
            return k
    return "mixed"


def distance(counts, target, most=4):
    frontier = {tuple(counts)}
    seen = set(frontier)
    for d in range(most + 1):
        if any(label(s) == target for s in frontier):
            return d
        after = set()
        for s in frontier:
            for i in range(3):
                t = list(s); t[i] += 1; after.add(tuple(t))
                if s[i] > 0:
                    t = list(s); t[i] -= 1; after.add(tuple(t))
                    for j in range(3):
                        if j != i:
                            t = list(s); t[i] -= 1; t[j] += 1; after.add(tuple(t))
        frontier = after - seen
        seen |= after
    return 9


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    total = Counter()
    for half in sys.argv[2:]:
        row = Counter()
        for line in open(f"{sys.argv[1]}/{half}.txt", encoding="utf-8"):
            m = re.match(r"\s*(\S+) framing:russia: expected (\w+), got (\w+) — tool: (.*) \| labels:", line)
            if not m:
                continue
            counts = [0, 0, 0]
            for f in re.finditer(r"' russia (\w+)(?: by '.*?')? \(outlet\)", m.group(4)):
                framing = "hedged" if f.group(1) == "denied" else f.group(1)
                counts[FRAMINGS.index(framing)] += 1
            row[distance(counts, m.group(2))] += 1
        total += row
        print(half, dict(sorted(row.items())))
    print("all", dict(sorted(total.items())))


if __name__ == "__main__":
    main()
