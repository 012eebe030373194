#!/usr/bin/env python3
"""Derive dyad's compact gazetteer from the GeoNames extracts in ../shared.

    python3 scripts/gazetteer.py [../shared/data/geonames] > data/gazetteer/geonames.tsv

Reads countries.json, us_states.json and cities15000.json.gz (GeoNames,
CC BY 4.0) and
writes one line per country and city: geonameid, feature code, name, country
(ISO 3166 alpha-3), admin1 code, latitude, longitude, population and the
alternate names worth matching in English news (Latin script, capitalised,
no digits). Countries have no coordinates in the extract: their point is
the population-weighted centre of their cities, rounded. The output is
deterministic (sorted by geonameid) so a rerun gives the same bytes.
"""

import gzip
import json
import os
import sys
import unicodedata

HEADER = """\
# dyad gazetteer: countries and cities of at least 15,000 people.
# Derived from GeoNames (https://www.geonames.org/, CC BY 4.0) by
# scripts/gazetteer.py; regenerate with
#   python3 scripts/gazetteer.py ../shared/data/geonames > data/gazetteer/geonames.tsv
# Columns: geonameid, feature code (PCLI country, ADM1 US state, PPLC
# capital, PPL city),
# name, country (ISO 3166 alpha-3), admin1 code (GeoNames), latitude,
# longitude, population, alternate names (|-separated).
# Country points are the population-weighted centre of their cities; US
# states have no point here (data/gazetteer/admin1.tsv gives it).
"""


def latin(s):
    """True when every letter of `s` is Latin script."""
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
        elif ch not in " -'.’" :
            return False
    return True


def fold(s):
    """Lower case without accents: the key names are compared on."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def keep_alternates(name, alternates):
    seen = {fold(name)}
    out = []
    for a in alternates:
        a = a.strip()
        if not (2 <= len(a) <= 40) or not latin(a) or not a[0].isupper():
            continue
        # Airport and postal codes ("PAR", "MOW") are not names.
        if a.isupper() and "." not in a:
            continue
        k = fold(a)
        if k in seen:
            continue
        seen.add(k)
        out.append(a.replace("\t", " ").replace("|", " "))
    return out


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/geonames"
    with open(os.path.join(src, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with gzip.open(os.path.join(src, "cities15000.json.gz"), "rt", encoding="utf-8") as f:
        cities = json.load(f)
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    capital = {c["iso"]: c.get("capital") or "" for c in countries.values()}
    rows = []
    centre = {}
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        pop = int(c.get("population") or 0)
        lat, lon = float(c["latitude"]), float(c["longitude"])
        w = max(pop, 1)
        s = centre.setdefault(cc, [0.0, 0.0, 0.0])
        s[0] += lat * w
        s[1] += lon * w
        s[2] += w
        fcode = "PPLC" if c["name"] == capital[cc] else "PPL"
        alts = keep_alternates(c["name"], c.get("alternatenames") or [])
        rows.append((int(c["geonameid"]), fcode, c["name"], iso3[cc],
                     c.get("admin1code") or "", lat, lon, pop, alts))
    for c in countries.values():
        s = centre.get(c["iso"])
        lat, lon = (s[0] / s[2], s[1] / s[2]) if s else (0.0, 0.0)
        rows.append((int(c["geonameid"]), "PCLI", c["name"], c["iso3"], "",
                     lat, lon, int(c.get("population") or 0), []))
    # US states: only their GeoNames ids; names, aliases and points come
    # from the hand-written data/gazetteer/admin1.tsv, joined on the code.
    with open(os.path.join(src, "us_states.json"), encoding="utf-8") as f:
        states = json.load(f)
    for st in states.values():
        rows.append((int(st["geonameid"]), "ADM1", st["name"], "USA", st["code"],
                     None, None, 0, []))
    rows.sort()
    out = sys.stdout
    out.write(HEADER)
    for gid, fcode, name, cc, a1, lat, lon, pop, alts in rows:
        lat = "" if lat is None else f"{lat:.4f}"
        lon = "" if lon is None else f"{lon:.4f}"
        out.write(f"{gid}\t{fcode}\t{name}\t{cc}\t{a1}\t{lat}\t{lon}\t{pop}\t{'|'.join(alts)}\n")


if __name__ == "__main__":
    main()
