#!/usr/bin/env python3
"""Claims round 49: the act words of the missed outlet-voice russia mentions, by the law's category.

Usage: bench/claims-act-words.py DIR [SET...] [-v]   (DIR holds SET.txt = `evaluate --half SET --misses` output; run from
the repository root: it reads seeds/lexicons/claims.json; open sets only; SETs default to dev, dev2 … dev28)

Every labelled outlet-voice russia mention the tool does not find (`mention: expected …/russia/…/outlet, got not
found`) is searched for the act words below, grouped by the category of Rome Statute art. 8 / the Geneva Conventions
they name in ordinary English. For each word: the sets it is missed on, the missed spans, and whether the claims
lexicon has the word in any form (an entry term or rule word holding one of its forms). A word missed on one set is
no candidate (docs/VALIDITY.md, "Claims round 49"). The patterns are approximate: a span is a reader's, and its act
word may be in the sentence, not the span.
"""
import collections
import json
import re
import sys

WORDS = {  # category -> word -> (pattern over the lower-cased span, forms to look up in the lexicon)
    "wilful killing / murder": {
        "murder (noun)": (r"\bmurders?\b", ["murder", "murders"]),
        "slaughter": (r"\bslaughter", ["slaughter", "slaughtered", "slaughtering"]),
        "gun down": (r"\bgun(s|ned|ning)? down\b", ["gun down", "gunned down"]),
    },
    "torture, inhuman or cruel treatment": {
        "zap": (r"\bzap(s|ped|ping)?\b", ["zap", "zaps", "zapped", "zapping"]),
        "shock (verb)": (r"\bshocked\b", ["shocked"]),
        "gas (verb)": (r"\bgass(ed|ing)\b", ["gassed", "gassing"]),
        "chain": (r"\bchained\b", ["chained"]),
        "thrown in cells": (r"\bthrown (in|into) cells\b", ["thrown"]),
    },
    "unlawful confinement": {
        "detain": (r"\bdetain(s|ed|ing)?\b", ["detain", "detains", "detained", "detaining"]),
        "hold": (r"\b(held|holding|holds)\b", ["held", "holding", "holds"]),
        "lock up / in": (r"\blocked (up|in)\b", ["locked up", "locked"]),
        "jail": (r"\b(jailed|imprisoned)\b", ["jailed", "imprisoned"]),
    },
    "attacks on civilians / civilian objects": {
        "hunt": (r"\bhunt(s|ed|ing)?\b", ["hunt", "hunts", "hunted", "hunting"]),
        "blitz": (r"\bblitz(es|ed|ing)?\b", ["blitz", "blitzed", "blitzing"]),
        "flatten": (r"\bflatten(s|ed|ing)?\b", ["flatten", "flattened", "flattening"]),
        "tear through": (r"\b(tore|tears|tearing|torn) through\b", ["tore through", "tore"]),
        "smash": (r"\bsmash(es|ed|ing)?\b", ["smash", "smashed", "smashing"]),
        "blast (verb)": (r"\bblast(s|ed|ing)\b", ["blasted", "blasting"]),
        "knock out": (r"\bknock(s|ed|ing)? out\b", ["knock out", "knocked out", "knocking out"]),
        "aim … at": (r"\baim(s|ed|ing)?\b", ["aim", "aimed", "aimed at", "aiming"]),
        "shells / bombs (verb)": (r"^(russia|\w+ )?(shells|bombs) (the|it|apartment)", ["shells", "bombs", "shell", "bomb"]),
        "rain down": (r"\brain(s|ed|ing)? .*down\b", ["rained", "raining"]),
        "drop bombs on": (r"\bdrop(s|ped|ping)? .*bombs? on\b", ["dropped", "drop"]),
        "freeze (a population)": (r"\bfreez(e|ing)\b", ["freeze", "freezing"]),
    },
}


def lexicon_forms():
    lex = json.load(open("seeds/lexicons/claims.json", encoding="utf-8"))
    terms, words = {}, {}
    for e in lex["entries"]:
        terms.setdefault(e["term"].lower(), []).extend(e["categories"])
        for w in e["term"].lower().split():
            words.setdefault(w, set()).add(e["term"].lower())
    for name, ws in lex.get("ruleWords", {}).items():
        for w in ws:
            terms.setdefault(w.lower(), []).append("ruleWords:" + name)
    return terms, words


def main():
    d = sys.argv[1]
    sets = [a for a in sys.argv[2:] if a != "-v"] or ["dev"] + [f"dev{i}" for i in range(2, 29)]
    spans = []
    for s in sets:
        for line in open(f"{d}/{s}.txt", encoding="utf-8"):
            m = re.match(r"\s*(\S+) mention: expected (\w+)/russia/(\w+)/outlet, got not found — '(.*?)' in:", line)
            if m:
                spans.append((s, m.group(1), m.group(4)))
    terms, words = lexicon_forms()
    print(f"missed outlet-voice russia spans: {len(spans)} on {len(sets)} sets\n")
    for cat, ws in WORDS.items():
        print(f"== {cat}")
        for w, (pat, forms) in ws.items():
            hits = [(s, a, sp) for s, a, sp in spans if re.search(pat, sp.lower())]
            per = collections.Counter(s for s, _, _ in hits)
            has = sorted({f"{f}: {'/'.join(terms[f])}" for f in forms if f in terms}
                         | {f"{t} (phrase)" for f in forms if f in words for t in words[f] if t != f})
            cand = "candidate" if len(per) >= 3 else "one or two sets"
            print(f"  {w:24} sets {len(per):2}  spans {len(hits):3}  {cand:15}  lexicon: {'; '.join(has)[:110] or 'no form'}")
            print(f"      {' '.join(f'{s} {n}' for s, n in sorted(per.items(), key=lambda x: -x[1]))}")
            if "-v" in sys.argv:
                for s, a, sp in hits:
                    print(f"        {a}: {sp[:110]}")
        print()


if __name__ == "__main__":
    main()
