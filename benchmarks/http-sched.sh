#!/usr/bin/env bash
# Where the pinned tail comes from (issue 13): with the server on one core (taskset -a, core 0) and wrk on the other,
# records the kernel's scheduler on the server's core (perf sched record -C 0) while wrk sends the 1,000 sample leads
# to the bare endpoint, then to POST /v1/score (the same server process as http-vs-bare.sh: BareBenchServer), and
# prints, for each: which threads held the core and in runs of what length, how long the HTTP threads waited for the
# core once woken, who ran while they waited more than 3 ms, and the JVM's safepoints in the window (-Xlog:safepoint).
# wrk's own p50/p99 for the same seconds are printed beside them.
#
# usage: benchmarks/http-sched.sh        (SECONDS_RECORDED=8 WARMUP=10 CONNECTIONS=16; PROPENSITY_HTTP_THREADS=4 for
#                                         serve's --http-threads; SERVER_JAVA_OPTS replaces the launcher's serve
#                                         options; saved as http-sched[-threads-N].md)
# Needs: java 17, wrk, taskset, curl, python3, perf with sched tracepoints (apt-get install linux-perf; as root, or
# kernel.perf_event_paranoid <= 1).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk taskset curl perf "$PY"
need_java
SECONDS_RECORDED="${SECONDS_RECORDED:-8}"; WARMUP="${WARMUP:-10}"; CONNECTIONS="${CONNECTIONS:-16}"
[ "$(nproc)" -ge 2 ] || { echo "needs 2 cores at least (server and wrk on separate cores)" >&2; exit 2; }

prepare_bare_bench http-sched
jvm_opts="${SERVER_JAVA_OPTS:-$(serve_jvm_options)}"
start_bare_bench $jvm_opts -Xlog:safepoint:file="$work/safepoint.log":uptime
start_s="$(awk -v s="$(awk '{print $22}' /proc/"$server_pid"/stat)" -v hz="$(getconf CLK_TCK)" 'BEGIN { print s / hz }')"

warm_up_then_pin

table="$work/table.md"
{
  echo "### The server's core under load, as the scheduler saw it (perf sched, server pinned to core 0)"
  echo
  machine_line
  echo "Kernel $(uname -r). HTTP pool: ${PROPENSITY_HTTP_THREADS:-0} threads (0: Javalin's default). \`java $jvm_opts\`; wrk -t1 -c$CONNECTIONS on core 1;"
  echo "$SECONDS_RECORDED s recorded in the middle of $((SECONDS_RECORDED + 4)) s of load per endpoint, after a ${WARMUP} s unpinned warm-up each."
  echo
} >"$table"
for endpoint in bare score; do
  url="$score_url"; [ "$endpoint" = bare ] && url="$bare_url"
  echo "== $endpoint: $((SECONDS_RECORDED + 4)) s pinned, $SECONDS_RECORDED s recorded" >&2
  load 3 "$url" taskset -c 1 >/dev/null   # settle after pinning or after the other endpoint
  load $((SECONDS_RECORDED + 4)) "$url" taskset -c 1 >"$work/$endpoint-wrk.txt" &
  wrk_pid=$!
  sleep 2
  from="$(awk '{print $1}' /proc/uptime)"
  perf sched record -C 0 -o "$work/$endpoint.data" -- sleep "$SECONDS_RECORDED" >/dev/null 2>&1
  to="$(awk '{print $1}' /proc/uptime)"
  wait "$wrk_pid"
  perf sched timehist -i "$work/$endpoint.data" >"$work/$endpoint-timehist.txt" 2>/dev/null
  read -r rps p50 p90 p99 _ < <(cut -d' ' -f2- "$work/$endpoint-wrk.txt")
  {
    "$PY" "$root/benchmarks/sched_summary.py" "$work/$endpoint-timehist.txt" \
      "$endpoint: $(printf '%.0f' "$rps") requests/s, p50 $(awk -v v="$p50" 'BEGIN{printf "%.2f", v/1000}') ms, p90 $(awk -v v="$p90" 'BEGIN{printf "%.2f", v/1000}') ms, p99 $(awk -v v="$p99" 'BEGIN{printf "%.2f", v/1000}') ms (wrk, whole run)" \
      "$work/safepoint.log" "$start_s" "$from" "$to"
  } >>"$table"
done
if [ "${PROPENSITY_HTTP_THREADS:-0}" != 0 ]; then
  save_results "http-sched-threads-$PROPENSITY_HTTP_THREADS" "$table"
else
  save_results http-sched "$table"
fi
