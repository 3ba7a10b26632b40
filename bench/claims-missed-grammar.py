#!/usr/bin/env python3
"""Claims round 62: the missed outlet-voice russia spans, classed by the grammatical reason the rules miss them.

Usage: bench/claims-missed-grammar.py DIR [CLASS-LETTER]
DIR holds devN.txt for dev, dev2 … dev28 written by
  dotnet $B evaluate --half devN --misses --gates --model none > DIR/devN.txt
Every `got not found` span (labelled outlet-voice russia) is put in ONE class, the first that fits, by a pass of
patterns over the span, the printed context before it and its gate (bench/claims-gates.py); approximate, a span is a
reader's:
  Q  a passive whose whole subject is a number, quantifier or partitive ("two of them were beaten", "nearly 20,000 were removed")
  N  a nominal act with its agent in a genitive or a by-phrase ("Russia's looting of museums")
  M  a participle modifying the victim ("tortured civilians", "bodies of executed men")
  R  a relative clause with a party subject ("villages that Russian troops razed")
  W  no act or trigger word at all (gates a1 / a2: the lexicon lacks the verb or noun)
  P  an agentless passive of a known act
  S  a known act or trigger with no cue of its category, no actor in its sentence
  C  a known act or trigger with no cue of its category (the victim is no listed noun), an actor in its sentence
  B  a known act without its agent (other)
  F  a named veto or other
Prints a markdown table: spans, spans in wrong articles, sets touched, per set; with CLASS-LETTER, that class's spans.
"""
import collections
import re
import sys

D = sys.argv[1]
SETS = ["dev", "dev2"] + [f"dev{i}" for i in range(3, 29)]
MISS = re.compile(r"\s*(\S+) mention: expected (\w+)/russia/(\w+)/outlet, got not found — '(.*?)'(?: in: (.*))?$")
GATE = re.compile(r"\[gate (\w+): (.*?)(?: '(.*)')?\]$")
ACT = r"(?:\w+(?:ing|tion|sion|ment|ure|al)|murders?|abuse|rapes?|torture|theft|strikes?|attacks?|use|treatment)"
PARTY = r"(?:Russia|Russian|Moscow|Kremlin|Putin|occupiers|occupying|occupation|invaders|rashists|troops|soldiers|forces|army|its|their)"
GEN = re.compile(r"\b(?:Russia|Moscow|Kremlin|Putin|occupiers|invaders|army|troops|forces|soldiers|military|regime|authorities|Russians)(?:['’]s?|['’])\s+(?:\w+\s+){0,2}" + ACT + r"\b", re.I)
BY = re.compile(r"\b" + ACT + r"\s+(?:of|on)\s+.{0,60}?\bby\s+(?:the\s+)?(?:\w+\s+)?" + PARTY, re.I)
REL = re.compile(r"\b(?:that|which|whom|who|where|when)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:Russia|Russian|Moscow|Kremlin|occupiers|invaders|troops|soldiers|forces|they)\b", re.I)
PARTMOD = re.compile(r"\b(?:tortured|executed|murdered|killed|slain|abducted|deported|raped|mutilated|maimed|beaten|starved|bound|shot|kidnapped|detained|displaced|massacred|burned|burnt|wounded|injured)\s+(?:\w+\s+)?(?:civilians|men|women|children|kids|bodies|body|prisoners|people|residents|victims|villagers|captives|soldiers|corpses|detainees|POWs)\b|\b(?:bodies|corpses|graves|remains)\s+of\s+(?:\w+\s+)?\w+ed\b", re.I)
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+|not\s+|also\s+|then\s+)?(?:\w+ed|\w+en|shot|held|taken|beaten|hit|struck|sent|kept|made|forced|driven|thrown|left|put|led|brought|caught|burnt|buried)\b", re.I)
Q = r"(?:[0-9][0-9,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens|hundreds|thousands|tens of thousands|many|some|several|most|all|others|few|both)"
QP = re.compile(r"(?:^|[;,.:]\s*|\b(?:that|and|but|where|while|said|say|says)\s+)(?:nearly\s+|about\s+|more than\s+|at least\s+|some\s+)?" + Q
                + r"(?:\s+of\s+(?:them|whom|those|us))?\s+(?:had\s+|have\s+|has\s+)?(?:were|was|been|are|being)\s+(?:\w+ly\s+|also\s+|then\s+)?\w+", re.I)
NAMES = {"Q": "a passive whose subject is a number, quantifier or partitive", "N": "a nominal act, agent in a genitive or by-phrase",
         "M": "a participle modifying the victim", "R": "a relative clause with a party subject",
         "W": "no act or trigger word (the lexicon lacks it)", "P": "an agentless passive of a known act",
         "S": "a known act, no cue, no actor in its sentence", "C": "a known act, no cue (the victim is no listed noun)",
         "B": "a known act without its agent (other)", "F": "a veto or other"}


def primary(span, ctx, gate):
    i = ctx.find(span)
    before = ctx[:i][-45:] if i >= 0 else ""
    m = QP.search(before + span)
    if QP.search(span) or (m and m.end() > len(before)): return "Q"
    if GEN.search(span) or BY.search(span): return "N"
    if PARTMOD.search(span): return "M"
    if REL.search(span): return "R"
    if gate.startswith(("a1", "a2")): return "W"
    if PASSIVE.search(span) and not re.search(r"\bby\b", span): return "P"
    if gate.startswith("c"): return "S" if "no actor in its sentence" in gate else "C"
    if gate.startswith("b"): return "B"
    return "F"


count = collections.defaultdict(collections.Counter)
wrong = collections.Counter()
for s in SETS:
    lines = open(f"{D}/{s}.txt", encoding="utf-8").read().splitlines()
    bad = {l.split()[0] for l in lines if re.match(r"\s*\S+ framing:russia:", l)}
    for l in lines:
        m = MISS.match(l)
        if not m: continue
        rest = m.group(5) or ""
        g = GATE.search(rest)
        gate = f"{g.group(1)}:{g.group(2)}" if g else ""
        k = primary(m.group(4), GATE.sub("", rest), gate)
        count[k][s] += 1
        wrong[k] += m.group(1) in bad
        if len(sys.argv) > 2 and k == sys.argv[2]: print(s, m.group(1), gate[:40], "|", m.group(4))
if len(sys.argv) == 2:
    print("| class | spans | in wrong articles | sets | " + " | ".join(SETS) + " |")
    print("|---|---:|---:|---:|" + "---:|" * len(SETS))
    for k in NAMES:
        print(f"| {k} {NAMES[k]} | {sum(count[k].values())} | {wrong[k]} | {len(count[k])} | " + " | ".join(str(count[k][s]) for s in SETS) + " |")
