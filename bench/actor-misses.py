#!/usr/bin/env python3
"""Found claim mentions whose actor differs from the label, with the sentence they stand in (actors round 18).

Usage: bench/actor-misses.py DIR SET...   (DIR holds SET.txt = `bench/evaluate.sh --half SET --misses` output)

Prints one tab-separated line per mention the tool found with another actor than the reader's: article, labelled ->
tool actor, labelled framing/voice, the tool's span, and the sentence (the first sentence of the article holding the
labelled span, else the tool's span). Only open sets (dev … dev28): never run it on the locked test half or dev29.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "validation"
MENTION = re.compile(r"^\s*(\S+) mention: expected (\w+)/(\w+)/(\w+)/(\w+), got (\w+)/(\w+)/(\w+)/(\w+) — '(.*?)' (\w+) ")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”])\s+")


def main(directory, sets):
    for name in sets:
        if name in ("test", "dev29"):
            sys.exit(f"{name} is blind: not read here")
        for line in open(Path(directory) / f"{name}.txt", encoding="utf-8"):
            m = MENTION.match(line)
            if not m:
                continue
            article, target, actor, framing, voice, _, tool_actor, _, _, span, _ = m.groups()
            if actor == tool_actor:
                continue
            doc = json.load(open(ROOT / name / f"{article}.json", encoding="utf-8"))
            sentences = SENTENCE_END.split(" ".join(doc["paragraphs"]))
            labelled = [c["span"] for c in doc["labels"]["claims"]
                        if c["actor"] == actor and c["target"] == target and span.lower() in c["span"].lower()]
            found = [s for s in sentences if any(x in s for x in labelled)] or [s for s in sentences if span in s]
            print(f"{article}\t{actor}->{tool_actor}\t{framing}/{voice}\t[{span}]\t{found[0] if found else '?'}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
