#!/usr/bin/env python3
"""Sanity checks for the actor knowledge base in data/kb/.

Run from anywhere: python3 data/kb/check.py. Exits non-zero and lists every
problem found (wrong column counts, bad codes or dates, duplicate ids...).
"""
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NONSTATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
SECTORS = set(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN "
    "LAB MED REF OPP PRE REL SOC".split()
)
errors = []


def err(fname, lineno, msg):
    errors.append(f"{fname}:{lineno}: {msg}")


def rows(fname, header):
    """Yield (lineno, cells) for data lines; checks the header and column count."""
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    seen_header = False
    for i, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not seen_header:
            seen_header = True
            if cells != header:
                err(fname, i, f"header {cells} != {header}")
            continue
        if len(cells) != len(header):
            err(fname, i, f"{len(cells)} columns, want {len(header)}")
            continue
        for c in cells:
            if c != c.strip():
                err(fname, i, f"stray whitespace in {c!r}")
            parts = c.split("|") if c else []
            if any(not p.strip() for p in parts):
                err(fname, i, f"empty |-value in {c!r}")
            if len(set(parts)) != len(parts):
                err(fname, i, f"duplicate value in {c!r}")
        yield i, cells


def date(fname, i, s):
    if not s:
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        err(fname, i, f"bad date {s!r}")
        return None


def check_dates(fname, i, start, end):
    a, b = date(fname, i, start), date(fname, i, end)
    if a and b and a > b:
        err(fname, i, f"start {start} after end {end}")


code_re = re.compile(r"^[A-Z]{3}$")
countries = set()
# Every surface form maps to one country; a form listed for two countries is flagged.
forms = {}
for i, (code, name, aliases, adjs, metos) in rows(
    "countries.tsv", ["code", "name", "aliases", "adjectives", "metonyms"]
):
    if not code_re.match(code):
        err("countries.tsv", i, f"bad code {code!r}")
    if code in countries:
        err("countries.tsv", i, f"duplicate code {code}")
    countries.add(code)
    if not name:
        err("countries.tsv", i, "empty name")
    for col in (name, aliases, adjs, metos):
        for f in col.split("|") if col else []:
            f, _, sector = f.partition("=")
            if sector and sector not in SECTORS:
                err("countries.tsv", i, f"bad sector {sector!r}")
            if f in forms and forms[f] != code:
                err("countries.tsv", i, f"{f!r} also on {forms[f]}")
            forms[f] = code

valid_country = countries | NONSTATE

org_ids = set()
for i, (oid, country, sector, names, start, end) in rows(
    "organizations.tsv", ["id", "country", "sector", "names", "start", "end"]
):
    if not re.match(r"^[a-z0-9][a-z0-9-]*$", oid):
        err("organizations.tsv", i, f"bad id {oid!r}")
    if oid in org_ids:
        err("organizations.tsv", i, f"duplicate id {oid}")
    org_ids.add(oid)
    if country not in valid_country:
        err("organizations.tsv", i, f"unknown country {country!r}")
    if sector and sector not in SECTORS:
        err("organizations.tsv", i, f"bad sector {sector!r}")
    if not names:
        err("organizations.tsv", i, "no names")
    check_dates("organizations.tsv", i, start, end)

# Unique one-word nicknames news uses on their own; every other alias must be a full name.
NICKNAMES = {"MBS", "MBZ", "Megawati", "SBY", "Jokowi", "Prabowo", "Lula", "AMLO",
             "Hemedti", "Hemeti",
             # Mononyms and noms de guerre that news uses on their own for one person only.
             "Soeharto", "Prachanda", "Tirofijo", "Timochenko"}
people = {}
person_forms = {}
for i, (pid, name, aliases, country, sector, office, start, end) in rows(
    "people.tsv",
    ["id", "name", "aliases", "country", "sector", "office", "start", "end"],
):
    if not re.match(r"^[a-z0-9][a-z0-9-]*$", pid):
        err("people.tsv", i, f"bad id {pid!r}")
    if not name:
        err("people.tsv", i, "empty name")
    if pid in people and people[pid] != name:
        err("people.tsv", i, f"id {pid} named {name!r} and {people[pid]!r}")
    people[pid] = name
    if name in person_forms and person_forms[name] != pid:
        err("people.tsv", i, f"name {name!r} also belongs to {person_forms[name]}")
    person_forms[name] = pid
    for a in aliases.split("|") if aliases else []:
        person_forms.setdefault(a, pid)
    if country not in valid_country:
        err("people.tsv", i, f"unknown country {country!r}")
    if sector not in SECTORS:
        err("people.tsv", i, f"bad sector {sector!r}")
    if not office:
        err("people.tsv", i, "empty office")
    for a in aliases.split("|") if aliases else []:
        if a in person_forms and person_forms[a] != pid:
            err("people.tsv", i, f"alias {a!r} also belongs to {person_forms[a]}")
        if " " not in a and "-" not in a and "." not in a and a not in NICKNAMES:
            err("people.tsv", i, f"single-word alias {a!r} (bare surnames are not aliases)")
    check_dates("people.tsv", i, start, end)

for e in errors:
    print(e)
print(f"{len(countries)} countries, {len(org_ids)} organizations, "
      f"{len(people)} people; {len(errors)} problems")
sys.exit(1 if errors else 0)
