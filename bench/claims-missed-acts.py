#!/usr/bin/env python3
"""Claims round 42: the missed outlet-voice russia mentions (`got not found` lines of `evaluate --misses`) that name the
military use of a protected place or the removal of a person by force, by a pass of patterns over the labelled span
(approximate: a span is a reader's). Usage: bench/claims-missed-acts.py DIR [CLASS]  (DIR holds devN.txt for dev … dev28;
with CLASS, also print its spans)."""
import re, sys, collections
D=sys.argv[1]
sets=["dev","dev2"]+[f"dev{i}" for i in range(3,29)]
PLACE=r"(turbine hall|reactor|plant|station|hospital|school|kindergarten|museum|church|cathedral|dam\b|residential|homes?\b|block|site|building|basement|cellar|village|shelter)"
MIL=r"(armou?r|tanks?\b|vehicles|munition|ammo|ammunition|weapons|artillery|firing position|gun (pits|nests)|troops|soldiers|mines\b|explosives|military equipment|launchers|howitzers|trenches|positions|trucks)"
PLACEV=r"(stor|stash|kept|keep|park|plac|station|deploy|position|install|hid|hiding|cram|put|dug|establish|set up|filled|moving into|rolling)"
classes={
 "military_use": lambda s: (re.search(PLACEV,s) and re.search(MIL,s)) or re.search(r"into an? .*(base|fortress|garage)|shield|militari[sz]", s),
 "removal_person": lambda s: re.search(r"\b(detain|arrest|taken away|took (him|her|them|people)|picked up|led away|driven (away|off)|dragg|snatch|came for|seized|abduct|kidnap|vanish|disappear|not been seen|whereabouts|held (him|her|them|for)|holding them|incommunicado|went missing|missing)", s),
}
cnt=collections.defaultdict(collections.Counter); ex=collections.defaultdict(list)
tot=collections.Counter()
for s in sets:
    for line in open(f"{D}/{s}.txt",encoding="utf-8"):
        m=re.match(r"\s*(\S+) mention: expected (\w+)/russia/(\w+)/outlet, got not found — '(.*?)' in:",line)
        if not m: continue
        tot[s]+=1
        span=m.group(4).lower()
        for k,f in classes.items():
            if f(span): cnt[k][s]+=1; ex[k].append((m.group(1),m.group(3),m.group(4)))
print("total missed", sum(tot.values()), dict(tot))
for k in classes:
    print(k, sum(cnt[k].values()), dict(cnt[k]))
if len(sys.argv)>2:
    for a in ex[sys.argv[2]]: print("  ",a)
