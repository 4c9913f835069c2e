#!/usr/bin/env bash
# What personas cost at scoring time, measured side by side in one run:
#  1. in process (JMH, server/src/test/java/dev/propensity/server/bench/PersonaBenchmark.java): the persona
#     assignment alone, persona + recommendations, and the server's JSON-in, JSON-out path with and without the
#     persona part, on one champion trained with datasets/synthetic-personas.schema.json (target: < 1 µs per lead);
#  2. over HTTP: POST /v1/score with wrk against two servers started from the same version, one with its
#     personas.json and one without it, measured alternately (target: < 10 % fewer requests/s).
#
#     Unpinned, server and wrk share both cores (wrk -t2): the client's work on the larger answer counts too.
#     Pinned, both servers on core 0 (one measured at a time) and wrk on core 1 (-t1), as in http-vs-bare.sh: the
#     server's own cost, with less noise from the client.
#
# usage: benchmarks/personas.sh        (LEADS=20000 DURATION=15 WARMUP=30 ROUNDS=6 CONNECTIONS=16
#                                       MODES="unpinned pinned" to override)
# The warm-up is 30 s per server: with 10 s the first round often still caught the JIT compiling the server measured
# first (a round of 0.75 among rounds of 0.87-0.96).
# Needs: java 17, wrk, curl, python3.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk curl taskset "$PY"
need_java
LEADS="${LEADS:-20000}"; DURATION="${DURATION:-15}"; WARMUP="${WARMUP:-30}"; ROUNDS="${ROUNDS:-6}"; CONNECTIONS="${CONNECTIONS:-16}"; MODES="${MODES:-unpinned pinned}"

build
(cd "$root" && ./mvnw -B -q -pl server -am test-compile) >&2
work="$out/personas"; rm -rf "$work"; mkdir -p "$work"
trap stop_servers EXIT
"$root/propensity" generate --leads "$LEADS" --seed 9 --out "$work/data" >/dev/null
sed "s#sample/#$work/data/#; s#\"synthetic.personas.json\"#\"$work/names.json\"#" \
  "$root/datasets/synthetic-personas.schema.json" >"$work/schema.json"
"$root/propensity" train --schema "$work/schema.json" --models "$work/with" >"$work/train.log" 2>&1 \
  || { cat "$work/train.log" >&2; exit 1; }
cp -r "$work/with" "$work/without"
# One version in each registry: the copy loses its persona book, nothing else.
find "$work/without" -name personas.json -delete
"$PY" "$root/benchmarks/leads_json.py" "$work/schema.json" "$work/data/opportunities.csv" "$work/data/surveys.csv" \
  0 1000 "$work/leads.json"
"$PY" "$root/benchmarks/leads_json.py" "$work/schema.json" "$work/data/opportunities.csv" "$work/data/surveys.csv" \
  1 1 "$work/lead.json"
"$PY" "$root/benchmarks/leads_json.py" "$work/schema.json" "$work/data/opportunities.csv" "$work/data/surveys.csv" \
  0 1000 "$work/leads.jsonl"

jar_of() { find "$HOME/.m2/repository/$1" -name "$2-*.jar" ! -name '*-sources.jar' | sort -V | tail -1; }
cp="$root/server/target/test-classes:$root/server/target/propensity.jar"
cp="$cp:$(jar_of org/openjdk/jmh/jmh-core jmh-core):$(jar_of net/sf/jopt-simple/jopt-simple jopt-simple):$(jar_of org/apache/commons/commons-math3 commons-math3)"
java -cp "$cp" org.openjdk.jmh.Main PersonaBenchmark \
  -jvmArgsAppend "-Dpropensity.bench.models=$work/with -Dpropensity.bench.leads=$work/leads.json" \
  -rf json -rff "$work/jmh.json" | tee "$work/jmh.log"

make_keys
p1="$(free_port)"; start_server "$work/server-with" "$p1" "$work/with"
p2="$(free_port)"; start_server "$work/server-without" "$p2" "$work/without"
mode=unpinned
# pin MODE: both servers (every thread, taskset -a) onto core 0, or back onto all cores.
pin() {
  local cores="0-$(($(nproc) - 1))"; [ "$1" = pinned ] && cores=0
  for pid in "${SERVER_PIDS[@]}"; do taskset -a -cp "$cores" "$pid" >/dev/null; done
}
run_wrk() {
  local prefix=() threads=2
  if [ "$mode" = pinned ]; then prefix=(taskset -c 1); threads=1; fi
  WRK_METHOD=POST WRK_BODIES="$work/leads.jsonl" WRK_KEY="$PROPENSITY_API_KEY" \
    "${prefix[@]}" wrk -t"$threads" -c"$2" -d"$3s" --latency -s "$root/benchmarks/wrk/request.lua" "http://127.0.0.1:$1/v1/score" >"$work/wrk-$1-$3.txt" 2>&1
  grep '^RESULT' "$work/wrk-$1-$3.txt" | cut -d' ' -f2
}
table="$work/table.md"
{
  echo "### Personas at scoring time, side by side in one run"
  echo
  machine_line
  echo
  echo "In process (JMH, one thread, ns per lead):"
  echo
  echo "| benchmark | ns/lead | ± |"
  echo "|---|---:|---:|"
  "$PY" -c 'import json,sys
for r in json.load(open(sys.argv[1])):
    m=r["primaryMetric"]; print("| %s | %.0f | %.0f |" % (r["benchmark"].split(".")[-1], m["score"], m["scoreError"]))' "$work/jmh.json"
  echo
  echo "POST /v1/score, ${DURATION} s each after a ${WARMUP} s warm-up of each server in each mode; rounds alternate the"
  echo "order (with then without, then without then with, ...) so that drift in the machine falls on both alike."
  echo "Unpinned: server and wrk -t2 share both cores; pinned: the servers on core 0, wrk -t1 on core 1."
  echo
  echo "| mode | connections | round | with personas req/s | without personas req/s | with / without |"
  echo "|---|---:|---:|---:|---:|---:|"
} >"$table"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.3f", a/b}'; }
notes=""
for mode in $MODES; do
pin "$mode"
for c in $CONNECTIONS; do
  run_wrk "$p1" "$c" "$WARMUP" >/dev/null; run_wrk "$p2" "$c" "$WARMUP" >/dev/null
  sum_with=0; sum_without=0; ratios=""
  for r in $(seq 1 "$ROUNDS"); do
    if [ $((r % 2)) -eq 1 ]; then a="$(run_wrk "$p1" "$c" "$DURATION")"; b="$(run_wrk "$p2" "$c" "$DURATION")"
    else b="$(run_wrk "$p2" "$c" "$DURATION")"; a="$(run_wrk "$p1" "$c" "$DURATION")"; fi
    sum_with="$(awk -v x="$sum_with" -v y="$a" 'BEGIN{print x+y}')"
    sum_without="$(awk -v x="$sum_without" -v y="$b" 'BEGIN{print x+y}')"
    echo "| $mode | $c | $r | $a | $b | $(ratio "$a" "$b") |" >>"$table"
    ratios="$ratios $(ratio "$a" "$b")"
  done
  echo "| $mode | $c | all | $sum_with | $sum_without | **$(ratio "$sum_with" "$sum_without")** (target >= 0.900) |" >>"$table"
  notes="$notes
$mode, $c connections: $("$PY" "$root/benchmarks/ratio_interval.py" $ratios)"
done
done
echo "$notes" >>"$table"
save_results personas "$table"
