#!/usr/bin/env bash
# Scores the temporal tagger on the development set: runs `dateline extract` on each dev article (with its
# publication date from the gold file unless NO_DCT=1; FAST=1 uses one JVM) and prints the TempEval-3 scores of score_timex.py and
# the dated-statement scores of score_events.py.
#   SHARED=/work/shared scripts/score-dev.sh [--quiet]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-/work/shared}"
DEV="$SHARED/dev/meantime-apple"
OUT="${OUT:-target/dev-extract}"
mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
CP="target/classes:$(cat target/cp.txt)"
rm -rf "$OUT" && mkdir -p "$OUT"
python3 - "$DEV/timex.gold.json" > "$OUT/dct.tsv" <<'PY'
import json, sys
for f, d in json.load(open(sys.argv[1]))["docs"].items():
    print(f + "\t" + d.get("dct", ""))
PY
if [ -n "${FAST:-}" ]; then
  # One JVM for all articles (DevRun, test scope): for quick tuning rounds.
  mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp-test.txt -Dmdep.includeScope=test >/dev/null
  dctfile="$OUT/dct.tsv"; [ -n "${NO_DCT:-}" ] && dctfile=/dev/null
  java -cp "target/test-classes:target/classes:$(cat target/cp-test.txt)" org.dateline.extract.time.DevRun "$DEV" "$OUT/fast.json" "$dctfile"
else
while IFS=$'\t' read -r file dct; do
  args=(extract --out "$OUT/${file%.txt}.json")
  if [ -z "${NO_DCT:-}" ] && [ -n "$dct" ]; then args+=(--published "$dct"); fi
  java -cp "$CP" -Djava.awt.headless=true org.dateline.cli.Main "${args[@]}" "$DEV/$file" 2>>"$OUT/stderr.txt"
done < "$OUT/dct.tsv"
fi
python3 - "$OUT" <<'PY'
import glob, json, os, sys
arts = []
for p in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    arts += json.load(open(p)).get("articles", [])
evs = []
for p in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    evs += json.load(open(p)).get("events", [])
json.dump({"articles": arts, "actors": [], "events": evs}, open(os.path.join(sys.argv[1], "all.json.out"), "w"))
PY
echo "== timex (score_timex.py)"
python3 "$SHARED/eval/score_timex.py" "$DEV/timex.gold.json" "$OUT/all.json.out" "$@"
echo "== dated statements (score_events.py)"
python3 "$SHARED/eval/score_events.py" "$DEV/gold.events.json" "$OUT/all.json.out" --quiet || true
