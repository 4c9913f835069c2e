#!/usr/bin/env bash
# Where POST /v1/score's extra cost over the bare route goes, per request: the same server process as
# http-vs-bare.sh (BareBenchServer: serve plus the bare route in one JVM), pinned to core 0 with wrk on core 1;
# async-profiler (CPU samples of every thread, Java and native and kernel frames alike, every 1 ms) records one
# window while wrk loads the bare route and one while it loads the score route. A sample is a millisecond of the
# core, so samples / requests is the core's time per request: printed per thread and per labelled part (body parsing,
# scoring, answer writing, the API key check, socket writes, the score log writer, ...) for both routes side by side,
# with the difference, and the score route's top frames. JFR sees only Java frames and missed most of this (socket
# writes, SQLite, the kernel).
#
# async-profiler comes from Maven Central (tools.profiler:async-profiler, its jar holds the native library) and is
# kept under benchmarks/out/; it is loaded into the running server and started and stopped by `jcmd
# JVMTI.agent_load`, so each window covers only its route's measured seconds. The warm-up runs unpinned, as in
# http-vs-bare.sh (on one core the JIT's compiler threads were still a sixth of the core 40 s after the start).
#
# usage: benchmarks/http-profile.sh     (DURATION=15 WARMUP=15 CONNECTIONS=16 TOP=30; SERVER_JAVA_OPTS replaces
#                                        the launcher's serve options)
# Needs: java 17 (jcmd), wrk, taskset, curl, unzip, python3; perf events or, failing those, itimer (async-profiler picks).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk taskset curl unzip "$PY"
need_java
command -v jcmd >/dev/null || { echo "missing: jcmd, from the JDK (a JDK 17, not a JRE)" >&2; exit 2; }
DURATION="${DURATION:-15}"; WARMUP="${WARMUP:-15}"; CONNECTIONS="${CONNECTIONS:-16}"; TOP="${TOP:-30}"
AP_VERSION=4.2
[ "$(nproc)" -ge 2 ] || { echo "needs 2 cores at least (server and wrk on separate cores)" >&2; exit 2; }

ap="$out/async-profiler-$AP_VERSION/linux-x64/libasyncProfiler.so"
if [ ! -f "$ap" ]; then
  mkdir -p "$out/async-profiler-$AP_VERSION"
  curl -fsSL -o "$out/async-profiler-$AP_VERSION/ap.jar" \
    "https://repo1.maven.org/maven2/tools/profiler/async-profiler/$AP_VERSION/async-profiler-$AP_VERSION.jar"
  (cd "$out/async-profiler-$AP_VERSION" && unzip -q -o ap.jar 'linux-x64/*')
fi
prepare_bare_bench http-profile
jvm_opts="${SERVER_JAVA_OPTS:-$(serve_jvm_options)}"
start_bare_bench $jvm_opts -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints
jvm_pid="$(server_jvm_pid)"
# jcmd's own parser would split an unquoted "a=b,c" option string; the inner quotes pass it whole.
profiler() { jcmd "$jvm_pid" JVMTI.agent_load "$ap" "\"$1\"" >/dev/null; }

warm_up_then_pin
pairs=()
for endpoint in bare score; do
  url="$score_url"; [ "$endpoint" = bare ] && url="$bare_url"
  echo "== $endpoint: ${DURATION} s pinned, profiled" >&2
  load 3 "$url" taskset -c 1 >/dev/null   # settle after pinning or after the other endpoint
  profiler "start,event=cpu,interval=1ms,threads"
  load "$DURATION" "$url" taskset -c 1 >"$work/$endpoint-wrk.txt"
  profiler "stop,file=$work/$endpoint.collapsed,collapsed"
  read -r rps _ < <(cut -d' ' -f2- "$work/$endpoint-wrk.txt")
  pairs+=("$endpoint=$work/$endpoint.collapsed=$(awk -v r="$rps" -v d="$DURATION" 'BEGIN{printf "%.0f", r*d}')")
done
stop_servers

ms() { awk -v v="$1" 'BEGIN{printf "%.2f", v/1000}'; }
table="$work/table.md"
{
  echo "### Where POST /v1/score's cost over the bare route goes (async-profiler, server pinned to core 0)"
  echo
  machine_line
  echo "\`java $jvm_opts\`; wrk -t1 -c$CONNECTIONS on core 1 sends the 1,000 sample leads in turn, ${DURATION} s per route after a"
  echo "${WARMUP} s unpinned warm-up each; one profile per route, covering its measured seconds only."
  for endpoint in bare score; do
    read -r rps p50 p90 p99 _ < <(cut -d' ' -f2- "$work/$endpoint-wrk.txt")
    echo "- $endpoint: $(printf '%.0f' "$rps") requests/s, p50 $(ms "$p50") ms, p99 $(ms "$p99") ms"
  done
  echo
  "$PY" "$root/benchmarks/profile_summary.py" "$TOP" "${pairs[@]}"
} >"$table"
save_results http-profile "$table"
