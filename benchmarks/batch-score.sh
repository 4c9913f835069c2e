#!/usr/bin/env bash
# Batch scoring throughput in leads per second, in one run:
#   (1) POST /v1/score/batch with 1,000 real leads per request (sample leads with their survey answers),
#       CLIENTS concurrent wrk connections; the server runs as configured by default (every score logged
#       asynchronously into the default SQLite store);
#   (2) `propensity score --in FILE --out FILE` over 1,000,000 generated leads (seed 7): the opportunities
#       CSV, the same CSV with the survey answers joined in beforehand (`score` reads one file and does not
#       join the survey itself), and the opportunities Parquet file.
#
# usage: benchmarks/batch-score.sh   (CLIENTS="2 4" DURATION=15 WARMUP=5; REUSE_DATA=1 keeps benchmarks/out/leads-1m)
# Needs: java 17, wrk, curl, /usr/bin/time, Debian's python3-pandas (apt-get install wrk curl time python3-pandas).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_java
need wrk curl "$PY"
[ -x /usr/bin/time ] || { echo "missing /usr/bin/time; install with: sudo apt-get install time" >&2; exit 2; }
need_python_modules pandas
CLIENTS="${CLIENTS:-2 4}"; DURATION="${DURATION:-15}"; WARMUP="${WARMUP:-5}"

build
work="$out/batch-score"; rm -rf "$work"; mkdir -p "$work"
trap stop_servers EXIT
sample_champion "$out/sample-models"
data="$out/leads-1m"
if [ "${REUSE_DATA:-1}" = 1 ] && [ -f "$data/opportunities.csv" ] && [ -f "$data/opportunities.parquet" ] && [ -f "$data/surveys.csv" ]; then
  echo "reusing $data"
else
  rm -rf "$data"
  "$root/propensity" generate --leads 1000000 --seed 7 --out "$data"
fi
echo "joining the survey answers into one CSV for 'score' (not timed)..."
"$PY" - "$data/opportunities.csv" "$data/surveys.csv" "$work/opportunities+surveys.csv" <<'PYEOF'
import sys
import pandas as pd
opp = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
sv = pd.read_csv(sys.argv[2], dtype=str, keep_default_na=False)
opp.merge(sv, on="lead_id", how="left").fillna("").to_csv(sys.argv[3], index=False)
PYEOF

# --- (1) HTTP batches
sample_leads 0 1000 "$work/batch.json"
make_keys
port="$(free_port)"
start_server "$work/server" "$port" "$out/sample-models"
base="http://127.0.0.1:$port"
curl -fsS -o /dev/null -X POST "$base/v1/score/batch" -H "Authorization: Bearer $PROPENSITY_API_KEY" \
  -H 'Content-Type: application/json' --data-binary @"$work/batch.json"
table="$work/table.md"
{
  echo "### Batch scoring: leads per second, POST /v1/score/batch and propensity score, same run"
  echo
  machine_line
  echo "Champion trained on the committed sample. HTTP: wrk -t2, batches of 1,000 real leads ($(( $(wc -c <"$work/batch.json") / 1024 )) KiB) with survey answers and"
  echo "5 reasons each, $((2 * WARMUP)) s JIT warm-up, then ${WARMUP} s warm-up + ${DURATION} s per row; server as configured by default (every score logged asynchronously to SQLite)."
  echo "Files: 1,000,000 leads (seed 7), \`propensity score\` with the launcher's default JVM options, under /usr/bin/time -v; output CSV with 3 reasons per lead."
  echo
  echo "| path | clients | leads/s | batch p50 ms | batch p99 ms | wall clock | max RSS | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
} >"$table"
max_c="$(echo $CLIENTS | tr ' ' '\n' | sort -n | tail -1)"
echo "== JIT warm-up: $((2 * WARMUP)) s at $max_c connections"
WRK_METHOD=POST WRK_BODY="$work/batch.json" WRK_KEY="$PROPENSITY_API_KEY" \
  wrk -t2 -c"$max_c" -d"$((2 * WARMUP))s" --timeout 30s -s "$root/benchmarks/wrk/request.lua" "$base/v1/score/batch" >/dev/null 2>&1
for c in $CLIENTS; do
  echo "== POST /v1/score/batch, $c connections"
  WRK_METHOD=POST WRK_BODY="$work/batch.json" WRK_KEY="$PROPENSITY_API_KEY" \
    wrk -t2 -c"$c" -d"${WARMUP}s" --timeout 30s -s "$root/benchmarks/wrk/request.lua" "$base/v1/score/batch" >/dev/null 2>&1
  WRK_METHOD=POST WRK_BODY="$work/batch.json" WRK_KEY="$PROPENSITY_API_KEY" \
    wrk -t2 -c"$c" -d"${DURATION}s" --timeout 30s --latency -s "$root/benchmarks/wrk/request.lua" "$base/v1/score/batch" >"$work/wrk-$c.txt" 2>&1
  read -r rps p50 p90 p99 n bad errs < <(grep '^RESULT' "$work/wrk-$c.txt" | cut -d' ' -f2-)
  echo "$n batches, $rps batches/s"
  echo "| POST /v1/score/batch (1,000 leads per request) | $c | $(awk -v r="$rps" 'BEGIN { printf "%.0f", r * 1000 }') | $(awk -v u="$p50" 'BEGIN { printf "%.0f", u / 1000 }') | $(awk -v u="$p99" 'BEGIN { printf "%.0f", u / 1000 }') | ${DURATION} s | | $((bad + errs)) |" >>"$table"
done
dropped="$(curl -fsS "$base/metrics" | awk '/^propensity_score_log_dropped/ { print $2 }')"
stop_servers

# --- (2) files
score_file() {
  local label="$1" in="$2" name="$3"; shift 3
  echo "== propensity score --in $in $*"
  /usr/bin/time -v "$root/propensity" score --in "$in" "$@" --out "$work/$name.scores.csv" --models "$out/sample-models" >"$work/$name.log" 2>&1 \
    || { cat "$work/$name.log" >&2; exit 1; }
  grep '^Scored' "$work/$name.log"
  local secs rows
  secs="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/$name.log")"
  rows="$(($(wc -l <"$work/$name.scores.csv") - 1))"
  local errors
  errors="$("$PY" -c 'import csv,sys; print(sum(1 for r in csv.DictReader(open(sys.argv[1])) if r["error"]))' "$work/$name.scores.csv")"
  echo "| $label | 1 | $(awk -v r="$rows" -v s="$secs" 'BEGIN { printf "%.0f", r / s }') | | | $(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/$name.log") | $(awk -F': ' '/Maximum resident set size/ { printf "%.0f MiB", $2 / 1024 }' "$work/$name.log") | $errors |" >>"$table"
}
score_file "propensity score, opportunities.csv (no survey columns: every lead scored as 'no survey')" "$data/opportunities.csv" csv
score_file "propensity score, opportunities + surveys joined beforehand (CSV)" "$work/opportunities+surveys.csv" joined
score_file "propensity score, opportunities.parquet (no survey columns)" "$data/opportunities.parquet" parquet
score_file "propensity score, opportunities.csv --survey surveys.csv (joined while scoring)" "$data/opportunities.csv" survey \
  --survey "$data/surveys.csv"
score_file "propensity score, opportunities.parquet --survey surveys.parquet (joined while scoring)" "$data/opportunities.parquet" \
  survey-parquet --survey "$data/surveys.parquet"
{
  echo
  echo "- score log while the HTTP rows ran: ${dropped:-?} scores dropped or failed (propensity_score_log_dropped); the server waits for room in the score log rather than return a score it has not logged, so HTTP throughput is bounded by the store's write rate."
  echo "- File rates include JVM start-up and model loading (one process per file). Without \`--survey\`, \`propensity score\` scores the one file it is given: a file without survey columns scores every lead as 'no survey'."
} >>"$table"
save_results batch-score "$table"
