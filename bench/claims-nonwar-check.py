#!/usr/bin/env python3
"""Claims round 49b (ship49): the non-war check of act words as labelled-corpus folders with empty labels.

    bench/claims-nonwar-check.py [SENTENCES] OUTDIR

SENTENCES (default bench/claims-nonwar-acts-49b.txt) holds one 'class|sentence' a line. Writes OUTDIR/alone/dev (each
sentence its own one-paragraph article) and OUTDIR/roundup/dev (each after a war-report paragraph, as a news-in-brief
roundup: where the claim-sentence detector reads its neighbour as a claim). Run each with and without the detector:

    dotnet $B evaluate --corpus OUTDIR/roundup --half dev --misses [--model none] | grep "extra mention"

Every extra mention is a claim the tool reads in a non-war (or soldier-on-soldier) sentence or its war lead; compare
with main's build to see which a change adds. The article's 'notes' field holds the sentence's class.
"""
import json
import os
import sys

WAR_LEADS = [
    "Russian missiles struck Kyiv overnight, killing 12 civilians, Ukrainian officials said.",
    "Ukraine accused Russian forces of shelling a hospital in Kherson on Tuesday, a war crime, its prosecutors said.",
    "Moscow denied that its troops had targeted civilians in the Donetsk region.",
]
EMPTY = {"claims": [], "framing": {}, "topics": [], "anonymous_sourcing": False}


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit(__doc__)
    src = argv[1] if len(argv) == 3 else os.path.join(os.path.dirname(__file__), "claims-nonwar-acts-49b.txt")
    out = argv[-1]
    rows = [line.rstrip("\n").split("|", 1) for line in open(src, encoding="utf-8") if line.strip()]
    for variant in ("alone", "roundup"):
        folder = os.path.join(out, variant, "dev")
        os.makedirs(folder, exist_ok=True)
        for i, (cls, sentence) in enumerate(rows):
            paragraphs = [sentence] if variant == "alone" else [WAR_LEADS[i % len(WAR_LEADS)], sentence]
            doc = {"id": "dev-%03d" % (i + 1), "style": "wire", "source": "non-war check",
                   "title": "Item %d" % (i + 1) if variant == "alone" else "News in brief",
                   "paragraphs": paragraphs, "labels": EMPTY, "notes": cls}
            with open(os.path.join(folder, "dev-%03d.json" % (i + 1)), "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False)
    print("%d sentences -> %s/alone, %s/roundup" % (len(rows), out, out))


if __name__ == "__main__":
    main(sys.argv)
