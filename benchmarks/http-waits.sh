#!/usr/bin/env bash
# Where the HTTP threads WAIT under load (issue 13's tail), where http-sched.sh shows who holds the core: the same
# server process as http-vs-bare.sh (BareBenchServer), pinned to core 0 with wrk on core 1, recorded by JFR (every
# thread park, Object.wait and contended monitor of 2 ms or more, with its stack: benchmarks/jfr/waits.jfc) while wrk
# sends the 1,000 sample leads to the bare endpoint, then to POST /v1/score. Prints, per endpoint, wrk's rate and
# percentiles and the wait sites of the HTTP threads in the measured seconds, by total time (waits_summary.py; the
# idle pool's own waits for work are left out). A wait in ScoreLogWriter.offerAll is a scoring request held until the
# score log's queue has room: the writer is behind.
#
# usage: benchmarks/http-waits.sh        (DURATION=10 WARMUP=10 CONNECTIONS=16; SERVER_JAVA_OPTS replaces the
#                                         launcher's serve options, e.g. to add -Dpropensity.http.yieldAfterResponse=false;
#                                         RESULTS_NAME=http-waits names the saved table)
# Needs: java 17 (jfr), wrk, taskset, curl, python3.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk taskset curl "$PY"
need_java
for tool in jfr jcmd; do
  command -v "$tool" >/dev/null || { echo "missing: $tool, from the JDK (a JDK 17, not a JRE)" >&2; exit 2; }
done
DURATION="${DURATION:-10}"; WARMUP="${WARMUP:-10}"; CONNECTIONS="${CONNECTIONS:-16}"
[ "$(nproc)" -ge 2 ] || { echo "needs 2 cores at least (server and wrk on separate cores)" >&2; exit 2; }

prepare_bare_bench http-waits
jvm_opts="${SERVER_JAVA_OPTS:-$(serve_jvm_options)}"
start_bare_bench $jvm_opts -XX:StartFlightRecording=filename="$work/waits.jfr",settings="$root/benchmarks/jfr/waits.jfc"

warm_up_then_pin
windows="$work/windows.txt"; : >"$windows"
for endpoint in bare score; do
  url="$score_url"; [ "$endpoint" = bare ] && url="$bare_url"
  echo "== $endpoint: ${DURATION} s pinned" >&2
  load 3 "$url" taskset -c 1 >/dev/null   # settle after pinning or after the other endpoint
  from="$(date +%s.%N)"
  load "$DURATION" "$url" taskset -c 1 >"$work/$endpoint-wrk.txt"
  echo "$endpoint $from $(date +%s.%N)" >>"$windows"
done
jcmd "$(server_jvm_pid)" JFR.dump filename="$work/waits.jfr" >/dev/null
jfr print --json --stack-depth 20 --events jdk.ThreadPark,jdk.JavaMonitorWait,jdk.JavaMonitorEnter "$work/waits.jfr" \
  >"$work/waits.json"

ms() { awk -v v="$1" 'BEGIN{printf "%.2f", v/1000}'; }
table="$work/table.md"
{
  echo "### Where the HTTP threads waited under load (JFR, server pinned to core 0)"
  echo
  machine_line
  echo "\`java $jvm_opts\`; wrk -t1 -c$CONNECTIONS on core 1, ${DURATION} s per endpoint after a ${WARMUP} s unpinned warm-up each;"
  echo "waits of 2 ms or more by Jetty's pool threads, the idle pool's own waits for work left out."
  while read -r endpoint from to; do
    read -r rps p50 p90 p99 _ < <(cut -d' ' -f2- "$work/$endpoint-wrk.txt")
    echo
    echo "#### $endpoint: $(printf '%.0f' "$rps") requests/s, p50 $(ms "$p50") ms, p90 $(ms "$p90") ms, p99 $(ms "$p99") ms"
    echo
    "$PY" "$root/benchmarks/waits_summary.py" "$work/waits.json" "$from" "$to" 8
  done <"$windows"
} >"$table"
save_results "${RESULTS_NAME:-http-waits}" "$table"
