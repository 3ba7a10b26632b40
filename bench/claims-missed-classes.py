#!/usr/bin/env python3
"""Classes of missed outlet-voice russia mentions and what finding each class would do to articles.

Usage: bench/claims-missed-classes.py DIR SET...   (DIR holds SET.txt = `evaluate --half SET --misses` output; run from
the repository root: it reads seeds/lexicons/claims.json and tests/validation/SET/*.json, open sets only)

Every labelled outlet-voice russia mention the tool does not find (`mention: expected …/russia/…/outlet, got not
found`) is put in one class by the wording of its labelled span: which target entries of the claims lexicon it holds
(an act or trigger, a cue), whether it is a passive, a back-reference, a relief or medical object, or which family of
missing wording it belongs to. The patterns are approximate (docs/VALIDITY.md, "Claims round 37"). Then, as
bench/claims-root-causes.py does for wrong articles, the tool's outlet-voice russia framings of EVERY article are
rebuilt from the misses (the labelled framings, less the missed and mismatched ones, plus the tool's own), the
class's missed framings added with the reader's framing, and the article label recomputed: articles that would turn
right, and right articles that would turn wrong, per class.
"""
import collections
import glob
import json
import re
import sys

lex = json.load(open("seeds/lexicons/claims.json", encoding="utf-8"))
TARGETS = {c["key"] for c in lex["categories"] if c["role"] == "target"}
ents = []
for e in lex["entries"]:
    roles = set()
    for c in e["categories"]:
        k, _, r = c.partition("@")
        if k in TARGETS:
            roles.add(r or "trigger_plain")
    if roles:
        ents.append((e["term"].lower(), roles))


def label(fr):
    n = len(fr)
    if n == 0:
        return "absent"
    c = collections.Counter("hedged" if f == "denied" else f for f in fr)
    for k in ("asserted", "hedged", "attributed"):
        if 2 * c[k] > n:
            return k
    return "mixed"


def toks(s): return re.findall(r"[a-z0-9][a-z0-9.'’-]*",s.lower())
def matches(span):
    t=toks(span); found=collections.defaultdict(list)
    for term,roles in ents:
        tt=term.split()
        for i in range(len(t)-len(tt)+1):
            ok=True
            for j,w in enumerate(tt):
                if w.endswith('*'):
                    if not t[i+j].startswith(w[:-1]): ok=False;break
                elif t[i+j]!=w: ok=False;break
            if ok:
                for r in roles: found[r].append(term)
    return found
RELIEF=r"\b(aid|humanitarian|relief|convoy|rescuer|rescue workers|first responder|red cross|warehouse|distribution)"
MED=r"\b(medic|paramedic|ambulance|hospital|clinic|doctor|nurse|health|medical|patient|wounded|maternity|surgeon)"
ANA=r"^(the|these|this|those|such|that|its|their|his|her)\s+(crime|crimes|scheme|killers?|shooting|attacks?|strikes?|abuses?|practice|policy|campaign|operation|killings?|murders?|acts?|incident|bombing|violence)\b"
PASS=r"\b(was|were|been|being|is|are|be|got)\s+(\w+ly\s+)?\w+(ed|en|wn|t)\b"
def cls(span):
    f=matches(span); s=span.lower()
    if re.search(ANA,s) or s in ('crimes','the crime','these crimes'): return 'back-reference (the crime, the scheme, the killers)'
    if 'trigger_plain' in f: return 'target word present (rejected by a no-claim/voice rule)'
    has_act=('act' in f or 'trigger' in f)
    obj='relief' if re.search(RELIEF,s) else 'medical' if re.search(MED,s) else None
    if has_act:
        if re.search(PASS,s): return 'known act/trigger, passive (agent outside clause)'
        if obj: return f'known act/trigger + {obj} object (cue lacking)'
        if 'cue' in f: return 'known act/trigger + cue in span (rejected: agent/clause)'
        return 'known act/trigger, object not accepted/outside span'
    if obj: return f'act word lacking + {obj} object'
    if re.search(PASS,s): return 'act word lacking, passive'
    if re.search(r"\b(deport|transfer|remov|taken|took|moved|expell|abduct|kidnap)",s): return 'act word lacking: removal/deportation'
    if re.search(r"\b(beat|shock|tortur|abus|mistreat|rape|execut|murder|kill|shot|shoot)",s): return 'act word lacking: violence to persons'
    if re.search(r"\b(strike|struck|attack|bomb|shell|fire|hit|target|drone|destroy|flatten|burn|missile|rocket)",s): return 'act word lacking: attack/strike form'
    if re.search(r"\b(hunt|track|follow|waited|went after|finish)",s): return 'act word lacking: pursuit'
    if re.search(r"\b(provocation|staged|fake|hoax|lie)",s): return 'denied event (staged, provocation)'
    if re.search(r"\b(killers?|butchers?|thie(f|ves)|perpetrators?|criminals?|executioners?|torturers?|snatchers?|kidnappers?)\b",s): return 'perpetrator noun (the killers, child thieves)'
    if re.search(r"\b(crimes?|criminal|atrocit|horrors?|abuses?)\b",s): return 'generic crime noun outside the lexicon frame'
    if re.search(r"\b(placed|put|sent|packed|spirited|brought|given new|separat|held|camps?|adopt|foster|guardianship|re-education|citizenship|passports?)\b",s): return 'act word lacking: removal/custody idiom'
    if re.search(r"\b(freez|winter|cold|heat|dark|starv|hunger|siege)",s): return 'act word lacking: freezing/starving a population'
    if re.search(r"\b(claims?|allegations?|accusations?|propaganda|fabricat|invent|lies?|myth|story|stories)\b",s): return 'denied or reported as a story (claims, propaganda)'
    if re.search(r"\b(slaughter|bloodbath|safari|bloodsport|massacre|carnage|terror|war on|waging|waged|campaign)\b",s): return 'figurative or evaluative name of the act'
    if re.search(r"\b(loot|plunder|pillag|stole|theft|seiz|confiscat|remov)",s): return 'act word lacking: pillage/seizure'
    return 'other wording'
VAL='tests/validation'
run, sets = sys.argv[1], sys.argv[2:]
res=collections.defaultdict(lambda: collections.Counter())
bad=0
for s in sets:
    lines=open(f'{run}/{s}.txt').read().splitlines()
    got={}
    for l in lines:
        m=re.match(r"\s*(\S+) framing:russia: expected (\w+), got (\w+)",l)
        if m: got[m.group(1)]=m.group(3)
    per=collections.defaultdict(lambda: dict(rem=[],add=[],miss=[]))
    for l in lines:
        m=re.match(r"\s*(\S+) (extra )?mention: expected (.*?), got (.*?) — (.*)$",l)
        if not m: continue
        aid,extra,exp,g,rest=m.groups()
        e=exp.split('/') if '/' in exp else None; gg=g.split('/') if '/' in g else None
        if e and not extra and e[1]=='russia' and e[3]=='outlet':
            if gg is None:
                sm=re.match(r"'(.*?)' in: ",rest); per[aid]['miss'].append((e[2],sm.group(1)))
            per[aid]['rem'].append(e[2])
        if gg and gg[1]=='russia' and gg[3]=='outlet': per[aid]['add'].append(gg[2])
    for f in sorted(glob.glob(f'{VAL}/{s}/*.json')):
        d=json.load(open(f)); aid=d['id']
        labs=[c['framing'] for c in d['labels']['claims'] if c['actor']=='russia' and c['voice']=='outlet']
        exp=label(labs)
        tool=list(labs)
        for r in per[aid]['rem']: tool.remove(r)
        tool+=per[aid]['add']
        tl=label(tool)
        if tl!=got.get(aid,exp): bad+=1
        right=tl==exp
        byc=collections.defaultdict(list)
        for fr,span in per[aid]['miss']: byc[cls(span)].append(fr)
        byc['ALL missed']=[fr for fr,_ in per[aid]['miss']]
        for c,frs in byc.items():
            nl=label(tool+frs)
            if not right and nl==exp: res[c]['gain']+=1; res[c]['gain_'+s]+=1
            if right and nl!=exp: res[c]['lose']+=1; res[c]['lose_'+s]+=1
            res[c]['mentions']+=len(frs)
print('articles whose rebuilt label differs from the tool\'s (should be 0):', bad)
for c,v in sorted(res.items(),key=lambda x:-x[1]['mentions']):
    gs=' '.join(f"{k[5:]}+{n}" for k,n in sorted(v.items()) if k.startswith('gain_'))
    ls=' '.join(f"{k[5:]}-{n}" for k,n in sorted(v.items()) if k.startswith('lose_'))
    print(f"{c[:60]:60} m={v['mentions']:4} gain={v['gain']:3} lose={v['lose']:3} | {gs} | {ls}")
