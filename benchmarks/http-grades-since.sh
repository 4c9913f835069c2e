#!/usr/bin/env bash
# Issue 10's target, read as written: "/v1/score with grades, route and three explained scores keeps at least 90 % of
# today's requests per second". Measured side by side in one run against the build of the day the grades work
# started (BEFORE, default: main just before the first issue-10 merge), whose answer had reasons and contributions
# but no grades:
#   - before:  that commit's jar, serving a champion it trains on its own committed sample (ungraded answer);
#   - graded:  this checkout's jar, serving the sample champion with its grading.json and the sample rules;
#   - plain:   this checkout's jar, the same registry with grading.json removed (what grades cost in this build).
# Each server is sent 1,000 leads of its own sample in turn; rounds rotate the order so that drift falls on all alike.
#
# usage: benchmarks/http-grades-since.sh     (BEFORE=<commit> DURATION=10 WARMUP=10 ROUNDS=3 CONNECTIONS=16)
# Needs: java 17, wrk, curl, python3, git.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk curl "$PY" git
need_java
BEFORE="${BEFORE:-097d980^1}"; DURATION="${DURATION:-10}"; WARMUP="${WARMUP:-10}"; ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-16}"

build
work="$out/http-grades-since"; rm -rf "$work"; mkdir -p "$work"
trap 'stop_servers; git -C "$root" worktree remove --force "$work/before-src" >/dev/null 2>&1 || true' EXIT

echo "== building the jar of $BEFORE in a temporary worktree" >&2
git -C "$root" worktree add --detach -q "$work/before-src" "$BEFORE"
before_commit="$(git -C "$work/before-src" rev-parse --short HEAD)"
(cd "$work/before-src" && ./mvnw -B -q -DskipTests package) >"$work/before-build.log" 2>&1 \
  || { cat "$work/before-build.log" >&2; exit 1; }
before_jar="$work/before-src/server/target/propensity.jar"
java -Xmx2g -jar "$before_jar" train --schema "$work/before-src/datasets/synthetic.schema.json" \
  --models "$work/before-models" >"$work/before-train.log" 2>&1 || { cat "$work/before-train.log" >&2; exit 1; }

sample_champion "$out/sample-models"
rm -rf "$work/plain-models"; cp -r "$out/sample-models" "$work/plain-models"
find "$work/plain-models" -name grading.json -delete
sample_leads 1 1 "$work/lead.json"
sample_leads 0 1000 "$work/leads.jsonl"
"$PY" "$root/benchmarks/leads_json.py" "$work/before-src/datasets/synthetic.schema.json" \
  "$work/before-src/datasets/sample/opportunities.csv" "$work/before-src/datasets/sample/surveys.csv" 1 1 \
  "$work/before-lead.json"
"$PY" "$root/benchmarks/leads_json.py" "$work/before-src/datasets/synthetic.schema.json" \
  "$work/before-src/datasets/sample/opportunities.csv" "$work/before-src/datasets/sample/surveys.csv" 0 1000 \
  "$work/before-leads.jsonl"

make_keys
graded_port="$(free_port)"
start_server "$work/graded" "$graded_port" "$out/sample-models" --rules-file "$root/datasets/sample-rules.txt"
plain_port="$(free_port)"
start_server "$work/plain" "$plain_port" "$work/plain-models"
before_port="$(free_port)"
mkdir -p "$work/before"
(cd "$work/before" && exec java ${SERVER_JAVA_OPTS:-} -jar "$before_jar" serve --host 127.0.0.1 --port "$before_port" \
    --models "$work/before-models" >"$work/before/server.log" 2>&1) &
SERVER_PIDS+=("$!")
for _ in $(seq 1 300); do curl -fsS "http://127.0.0.1:$before_port/health" >/dev/null 2>&1 && break; sleep 0.2; done

run_wrk() {
  local name="$1" port="$2" secs="$3" body="$4"
  WRK_METHOD=POST WRK_BODIES="$body" WRK_KEY="$PROPENSITY_API_KEY" \
    wrk -t2 -c"$CONNECTIONS" -d"${secs}s" --latency -s "$root/benchmarks/wrk/request.lua" \
    "http://127.0.0.1:$port/v1/score" >"$work/$name.txt" 2>&1
  grep '^RESULT' "$work/$name.txt" | cut -d' ' -f2
}
measure() {
  case "$1" in
    before) run_wrk "before-$2" "$before_port" "$3" "$work/before-leads.jsonl" ;;
    graded) run_wrk "graded-$2" "$graded_port" "$3" "$work/leads.jsonl" ;;
    plain) run_wrk "plain-$2" "$plain_port" "$3" "$work/leads.jsonl" ;;
  esac
}
for s in before graded plain; do
  curl -fsS -X POST "http://127.0.0.1:$([ $s = before ] && echo "$before_port" || { [ $s = graded ] && echo "$graded_port" || echo "$plain_port"; })/v1/score" \
    -H "Authorization: Bearer $PROPENSITY_API_KEY" -H 'Content-Type: application/json' \
    --data-binary @"$([ $s = before ] && echo "$work/before-lead.json" || echo "$work/lead.json")" >"$work/$s-answer.json"
  echo "$s answer: $(wc -c <"$work/$s-answer.json") bytes, keys: $("$PY" -c 'import json,sys; print(", ".join(json.load(open(sys.argv[1])).keys()))' "$work/$s-answer.json")"
  measure "$s" warm "$WARMUP" >/dev/null
done

table="$work/table.md"
{
  echo "### POST /v1/score with grades against the answer of $before_commit (before grades), same run"
  echo
  machine_line
  echo "wrk -t2 -c$CONNECTIONS, ${DURATION} s per measurement after ${WARMUP} s warm-ups, $ROUNDS rounds, order rotated;"
  echo "servers with the JVM's default options; every score logged to each server's own SQLite store."
  echo "Answers: before $(wc -c <"$work/before-answer.json") bytes, graded $(wc -c <"$work/graded-answer.json") bytes, plain $(wc -c <"$work/plain-answer.json") bytes."
  echo
  echo "| round | before ($before_commit) req/s | graded req/s | plain (this build, no grades) req/s | graded / before | graded / plain |"
  echo "|---:|---:|---:|---:|---:|---:|"
} >"$table"
sb=0; sg=0; sp=0
orders=("before graded plain" "graded plain before" "plain before graded")
for r in $(seq 1 "$ROUNDS"); do
  declare -A got=()
  for s in ${orders[$(( (r - 1) % 3 ))]}; do got[$s]="$(measure "$s" "$r" "$DURATION")"; done
  sb="$(awk -v a="$sb" -v b="${got[before]}" 'BEGIN{print a+b}')"
  sg="$(awk -v a="$sg" -v b="${got[graded]}" 'BEGIN{print a+b}')"
  sp="$(awk -v a="$sp" -v b="${got[plain]}" 'BEGIN{print a+b}')"
  echo "| $r | ${got[before]} | ${got[graded]} | ${got[plain]} | $(awk -v a="${got[graded]}" -v b="${got[before]}" 'BEGIN{printf "%.3f", a/b}') | $(awk -v a="${got[graded]}" -v b="${got[plain]}" 'BEGIN{printf "%.3f", a/b}') |" >>"$table"
  unset got
done
echo "| all | $sb | $sg | $sp | **$(awk -v a="$sg" -v b="$sb" 'BEGIN{printf "%.3f", a/b}')** | **$(awk -v a="$sg" -v b="$sp" 'BEGIN{printf "%.3f", a/b}')** |" >>"$table"
save_results http-grades-since "$table"
