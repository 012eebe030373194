#!/usr/bin/env python3
"""Validate whole-article gold files (docs/annotation.md).

Usage: python3 data/gold/check.py FILE.jsonl [FILE.jsonl ...]
       python3 data/gold/check.py --article ARTICLE.json   (one article object, as annotators write it)

Checks that every sentence occurs in the article text, every trigger and
entity text occurs in its sentence, and categories, modes, auxiliary modes,
codes and sectors are PLOVER's. Prints one line per problem and exits 1 if
there is any.
"""
import json
import re
import sys

CATEGORIES = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
AUX = {"negation", "hypothetical", "future", "historical"}
SECTORS = set("COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC NGO".split())
NONSTATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "KOS"}


def check_article(art, where, problems):
    text = art.get("text")
    if not isinstance(text, str):
        problems.append(f"{where}: no text")
        return
    for key in ("id", "url", "date"):
        if not art.get(key):
            problems.append(f"{where}: missing {key}")
    events = art.get("events")
    if not isinstance(events, list):
        problems.append(f"{where}: events must be a list")
        return
    for i, ev in enumerate(events):
        w = f"{where} event {i + 1}"
        sent = ev.get("sentence", "")
        n = text.count(sent) if sent else 0
        occ = ev.get("occurrence", 1)
        if n == 0:
            problems.append(f"{w}: sentence not found verbatim in text: {sent[:70]!r}")
        elif occ > n:
            problems.append(f"{w}: occurrence {occ} but the sentence occurs {n} times")
        trig = ev.get("trigger", "")
        if not trig or trig not in sent:
            problems.append(f"{w}: trigger {trig!r} not in sentence")
        cat = ev.get("event")
        if cat not in CATEGORIES:
            problems.append(f"{w}: unknown category {cat!r}")
            continue
        for m in ev.get("mode", []) or []:
            if m not in CATEGORIES[cat]:
                problems.append(f"{w}: {cat} has no mode {m!r}")
        for a in ev.get("aux_mode", []) or []:
            if a not in AUX:
                problems.append(f"{w}: unknown aux_mode {a!r}")
        for c in ev.get("also", []) or []:
            if c not in CATEGORIES:
                problems.append(f"{w}: unknown category in also {c!r}")
        if not ev.get("actor"):
            problems.append(f"{w}: no actor")
        for role in ("actor", "recipient"):
            for ent in ev.get(role, []) or []:
                t = ent.get("text", "")
                if not t or t not in sent:
                    problems.append(f"{w}: {role} text {t!r} not in sentence")
                code = ent.get("code")
                if not isinstance(code, str) or not (re.fullmatch(r"[A-Z]{3}", code)):
                    problems.append(f"{w}: {role} code {code!r} is not a 3-letter code")
                sec = ent.get("sector")
                if sec is not None and sec not in SECTORS:
                    problems.append(f"{w}: {role} sector {sec!r} unknown")
        if not isinstance(ev.get("optional", False), bool):
            problems.append(f"{w}: optional must be true or false")


def main(argv):
    problems = []
    if len(argv) >= 2 and argv[0] == "--article":
        for path in argv[1:]:
            with open(path, encoding="utf-8") as f:
                try:
                    art = json.load(f)
                except json.JSONDecodeError as e:
                    problems.append(f"{path}: not JSON: {e}")
                    continue
            check_article(art, path, problems)
    else:
        for path in argv:
            seen = set()
            with open(path, encoding="utf-8") as f:
                for ln, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    try:
                        art = json.loads(line)
                    except json.JSONDecodeError as e:
                        problems.append(f"{path}:{ln}: not JSON: {e}")
                        continue
                    if art.get("id") in seen:
                        problems.append(f"{path}:{ln}: duplicate id {art.get('id')}")
                    seen.add(art.get("id"))
                    check_article(art, f"{path}:{ln} ({art.get('id')})", problems)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
