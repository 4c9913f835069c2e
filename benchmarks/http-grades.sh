#!/usr/bin/env bash
# Grades benchmark (issue 10): POST /v1/score of the same 1,000 sample leads, in turn, against two servers side by side in one run, one
# serving the sample champion with its grading.json (answers carry scores, grade, route, decided_by, with the
# sample override rules), the other a copy of the same registry with grading.json removed (today's answer).
# Runs alternate (ungraded, graded, ungraded, graded ...) so that load from other processes falls on both alike.
# Target: graded >= 90 % of ungraded requests/s.
#
# usage: benchmarks/http-grades.sh     (DURATION=10 ROUNDS=2 CONNECTIONS=16 to override)
# Needs: java 17, wrk, curl, python3.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk curl "$PY"
need_java
DURATION="${DURATION:-10}"; ROUNDS="${ROUNDS:-2}"; CONNECTIONS="${CONNECTIONS:-16}"

build
work="$out/http-grades"; rm -rf "$work"; mkdir -p "$work"
trap stop_servers EXIT
sample_champion "$out/sample-models"
rm -rf "$work/ungraded-models"; cp -r "$out/sample-models" "$work/ungraded-models"
find "$work/ungraded-models" -name grading.json -delete
sample_leads 1 1 "$work/lead.json"
sample_leads 0 1000 "$work/leads.jsonl"
make_keys
graded_port="$(free_port)"
start_server "$work/graded" "$graded_port" "$out/sample-models" --rules-file "$root/datasets/sample-rules.txt"
plain_port="$(free_port)"
start_server "$work/plain" "$plain_port" "$work/ungraded-models"

run_wrk() {
  local name="$1" port="$2" secs="$3"
  WRK_METHOD=POST WRK_BODIES="$work/leads.jsonl" WRK_KEY="$PROPENSITY_API_KEY" \
    wrk -t2 -c"$CONNECTIONS" -d"${secs}s" --latency -s "$root/benchmarks/wrk/request.lua" \
    "http://127.0.0.1:$port/v1/score" >"$work/$name.txt" 2>&1
  grep '^RESULT' "$work/$name.txt" | cut -d' ' -f2-
}
rps() { echo "$1" | awk '{print $1}'; }

curl -fsS -X POST "http://127.0.0.1:$graded_port/v1/score" -H "Authorization: Bearer $PROPENSITY_API_KEY" \
  -H 'Content-Type: application/json' --data-binary @"$work/lead.json" >"$work/graded-answer.json"
echo "graded answer: $(head -c 600 "$work/graded-answer.json")..."
run_wrk warm-plain "$plain_port" 5 >/dev/null
run_wrk warm-graded "$graded_port" 5 >/dev/null
table="$work/table.md"
{
  echo "### POST /v1/score with grades vs without, same leads, same run, alternating"
  echo
  machine_line
  echo "wrk -t2 -c$CONNECTIONS, ${DURATION} s per measurement, $ROUNDS rounds each, after 5 s warm-ups; 1,000 sample leads sent in turn."
  echo
  echo "| round | without grades req/s | with grades req/s | ratio |"
  echo "|---:|---:|---:|---:|"
} >"$table"
sum_plain=0; sum_graded=0
for round in $(seq 1 "$ROUNDS"); do
  p="$(rps "$(run_wrk "plain-$round" "$plain_port" "$DURATION")")"
  g="$(rps "$(run_wrk "graded-$round" "$graded_port" "$DURATION")")"
  sum_plain="$(awk -v a="$sum_plain" -v b="$p" 'BEGIN{print a+b}')"
  sum_graded="$(awk -v a="$sum_graded" -v b="$g" 'BEGIN{print a+b}')"
  echo "| $round | $p | $g | $(awk -v a="$g" -v b="$p" 'BEGIN{printf "%.3f", a/b}') |" >>"$table"
done
echo "| all | $sum_plain | $sum_graded | $(awk -v a="$sum_graded" -v b="$sum_plain" 'BEGIN{printf "%.3f", a/b}') |" >>"$table"
cat "$table"
mkdir -p "$root/benchmarks/results"; cp "$table" "$root/benchmarks/results/http-grades.md"
