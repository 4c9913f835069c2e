#!/usr/bin/env bash
# HTTP benchmark: POST /v1/score (one realistic lead, answer with reasons) against GET /health of the SAME
# server as the HTTP ceiling, measured side by side in one run with wrk (2 threads, --latency), at 16 and 64
# connections. The server runs as configured by default: every score is logged asynchronously into the
# default SQLite feedback store (propensity.db in the server's working directory under benchmarks/out/).
# Targets: score >= 80 % of the ceiling's requests/s, and p99 < 10 ms at 16 connections.
#
# usage: benchmarks/http-score.sh            (DURATION=15 WARMUP=5 CONNECTIONS="16 64" to override)
#        PROFILE=1 benchmarks/http-score.sh  also records JFR (jcmd JFR.start/stop, settings=profile) around the
#                                            score measurement at the first connection count, and appends the hot spots.
# Needs: java 17, wrk, curl, python3 (apt-get install wrk curl python3).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk curl "$PY"
[ "${PROFILE:-0}" = 1 ] && need jcmd jfr
need_java
DURATION="${DURATION:-15}"; WARMUP="${WARMUP:-5}"; CONNECTIONS="${CONNECTIONS:-16 64}"

build
work="$out/http-score"; rm -rf "$work"; mkdir -p "$work"
trap stop_servers EXIT
sample_champion "$out/sample-models"
sample_leads 1 1 "$work/lead.json"
make_keys
port="$(free_port)"
start_server "$work/server" "$port" "$out/sample-models"
base="http://127.0.0.1:$port"
echo "server on $base; lead: $(cat "$work/lead.json")"
curl -fsS -X POST "$base/v1/score" -H "Authorization: Bearer $PROPENSITY_API_KEY" -H 'Content-Type: application/json' \
  --data-binary @"$work/lead.json" >"$work/answer.json"
echo "answer: $(head -c 400 "$work/answer.json")..."

# run_wrk NAME CONNS SECONDS METHOD PATH [BODY]: prints the RESULT fields
run_wrk() {
  local name="$1" conns="$2" secs="$3" method="$4" path="$5" body="${6:-}"
  WRK_METHOD="$method" WRK_BODY="$body" WRK_KEY="$PROPENSITY_API_KEY" \
    wrk -t2 -c"$conns" -d"${secs}s" --latency -s "$root/benchmarks/wrk/request.lua" "$base$path" >"$work/$name.txt" 2>&1
  grep '^RESULT' "$work/$name.txt" | cut -d' ' -f2-
}

ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

table="$work/table.md"
{
  echo "### HTTP scoring: POST /v1/score (with reasons) vs GET /health (ceiling), same server, same run"
  echo
  machine_line
  echo "wrk -t2, ${DURATION} s per measurement after a $((2 * WARMUP)) s JIT warm-up per endpoint and ${WARMUP} s per endpoint and connection count; server JVM defaults (\`java -jar propensity.jar serve\`),"
  echo "feedback store as configured by default (SQLite file, scores logged asynchronously). Client and server share the 2 cores."
  echo
  echo "| connections | endpoint | requests/s | p50 ms | p90 ms | p99 ms | non-2xx | socket errors |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|"
} >"$table"
summary=""
# JIT warm-up of both endpoints first (the per-count warm-ups below only settle the connections).
max_c="$(echo $CONNECTIONS | tr ' ' '\n' | sort -n | tail -1)"
echo "== global warm-up: $((2 * WARMUP)) s per endpoint at $max_c connections"
run_wrk "warm-health" "$max_c" "$((2 * WARMUP))" GET /health >/dev/null
run_wrk "warm-score" "$max_c" "$((2 * WARMUP))" POST /v1/score "$work/lead.json" >/dev/null
for c in $CONNECTIONS; do
  echo "== $c connections: warm-up ${WARMUP} s each"
  run_wrk "warm-health-$c" "$c" "$WARMUP" GET /health >/dev/null
  run_wrk "warm-score-$c" "$c" "$WARMUP" POST /v1/score "$work/lead.json" >/dev/null
  echo "== $c connections: GET /health ${DURATION} s"
  read -r h_rps h_p50 h_p90 h_p99 h_n h_bad h_err < <(run_wrk "health-$c" "$c" "$DURATION" GET /health)
  echo "== $c connections: POST /v1/score ${DURATION} s"
  profiling=0
  if [ "${PROFILE:-0}" = 1 ] && [ ! -f "$work/score.jfr" ]; then
    profiling=1
    jcmd "${SERVER_PIDS[0]}" JFR.start name=score settings=profile filename="$work/score.jfr" >/dev/null
  fi
  read -r s_rps s_p50 s_p90 s_p99 s_n s_bad s_err < <(run_wrk "score-$c" "$c" "$DURATION" POST /v1/score "$work/lead.json")
  if [ "$profiling" = 1 ]; then
    jcmd "${SERVER_PIDS[0]}" JFR.stop name=score >/dev/null
    profiled_at="$c"
  fi
  echo "| $c | GET /health (ceiling) | $h_rps | $(ms "$h_p50") | $(ms "$h_p90") | $(ms "$h_p99") | $h_bad | $h_err |" >>"$table"
  echo "| $c | POST /v1/score | $s_rps | $(ms "$s_p50") | $(ms "$s_p90") | $(ms "$s_p99") | $s_bad | $s_err |" >>"$table"
  ratio="$(awk -v s="$s_rps" -v h="$h_rps" 'BEGIN { printf "%.0f", 100 * s / h }')"
  verdict=""
  if [ "$c" = 16 ]; then
    verdict="; targets at 16 connections: ratio >= 80 % $( [ "$ratio" -ge 80 ] && echo met || echo MISSED ),"
    verdict="$verdict p99 < 10 ms $(awk -v p="$s_p99" 'BEGIN { print (p < 10000) ? "met" : "MISSED" }')"
  fi
  summary="$summary- $c connections: score/ceiling = **$ratio %** ($s_rps / $h_rps requests/s)$verdict"$'\n'
done
dropped="$(curl -fsS "$base/metrics" | awk '/^propensity_score_log_dropped/ { print $2 }')"
logged="$( "$PY" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from score_log').fetchone()[0])" "$work/server/propensity.db" 2>/dev/null || echo '?')"
{
  echo
  printf '%s' "$summary"
  echo "- score log: ${logged} rows in SQLite, ${dropped:-?} scores dropped or failed (propensity_score_log_dropped)"
} >>"$table"
if [ -f "$work/score.jfr" ]; then
  jfr print --events jdk.ExecutionSample --stack-depth 96 "$work/score.jfr" | "$PY" "$root/benchmarks/jfr_top.py" 15 >"$work/hotspots.md"
  {
    echo
    echo "#### Hot spots of the server during POST /v1/score at $profiled_at connections (JFR, settings=profile; profiling costs some throughput)"
    echo
    cat "$work/hotspots.md"
  } >>"$table"
  save_results http-score-profile "$table"
  exit 0
fi
save_results http-score "$table"
