#!/usr/bin/env bash
# Where a POST /v1/score request's time goes, on the whole server process: async-profiler (CPU samples of every
# thread, Java and native and kernel frames alike, every 1 ms) while wrk sends the 1,000 sample leads in turn, with
# the server pinned to core 0 and wrk on core 1 as in http-vs-bare.sh. JFR sees only Java frames and missed most
# of this (socket writes, SQLite, the kernel). Prints each thread's share of the samples, the share of a few
# labelled parts (answer writing, scoring, the score log writer, socket writes, ...) and the top frames.
#
# async-profiler comes from Maven Central (tools.profiler:async-profiler, its jar holds the native library) and is
# kept under benchmarks/out/. The profile covers one 20 s window after a warm-up, so the JIT's start is left out:
# the warm-up runs unpinned (wrk -t2, both cores), as in http-vs-bare.sh, because on one core the JIT's compiler
# threads were still a sixth of the core 40 s after the start; the server is pinned only for the measurement.
#
# usage: benchmarks/http-profile.sh     (WARMUP=25 CONNECTIONS=16 TOP=30 to override)
# Needs: java 17, wrk, taskset, curl, python3; perf events or, failing those, itimer (async-profiler picks).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk taskset curl unzip "$PY"
need_java
WARMUP="${WARMUP:-25}"; CONNECTIONS="${CONNECTIONS:-16}"; TOP="${TOP:-30}"
AP_VERSION=4.2

build
work="$out/http-profile"; rm -rf "$work"; mkdir -p "$work/server"
ap="$out/async-profiler-$AP_VERSION"
if [ ! -f "$ap/linux-x64/libasyncProfiler.so" ]; then
  mkdir -p "$ap"
  curl -fsSL -o "$ap/ap.jar" "https://repo1.maven.org/maven2/tools/profiler/async-profiler/$AP_VERSION/async-profiler-$AP_VERSION.jar"
  (cd "$ap" && unzip -q -o ap.jar 'linux-x64/*')
fi
trap stop_servers EXIT
sample_champion "$out/sample-models"
sample_leads 0 1000 "$work/leads.jsonl"
make_keys
port="$(free_port)"
# Three 20 s windows in turn (prof-0, -1, -2, then -0 again); the warm-up plus the first window end before the
# third window starts, which lies wholly inside the measured run.
(cd "$work/server" && exec java $(serve_jvm_options) \
    -agentpath:"$ap/linux-x64/libasyncProfiler.so"=start,event=cpu,interval=1ms,threads,loop=20s,file="$work/prof-%n{3}.collapsed",collapsed \
    -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
    -jar "$root/server/target/propensity.jar" serve --host 127.0.0.1 --port "$port" --models "$out/sample-models" \
    >"$work/server/server.log" 2>&1) &
server_pid=$!
SERVER_PIDS+=("$server_pid")
for _ in $(seq 1 300); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.2; done
WRK_METHOD=POST WRK_BODIES="$work/leads.jsonl" WRK_KEY="$PROPENSITY_API_KEY" \
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$root/benchmarks/wrk/request.lua" "http://127.0.0.1:$port/v1/score" >/dev/null
taskset -a -cp 0 "$server_pid" >/dev/null
run_wrk() {
  WRK_METHOD=POST WRK_BODIES="$work/leads.jsonl" WRK_KEY="$PROPENSITY_API_KEY" taskset -c 1 \
    wrk -t1 -c"$CONNECTIONS" -d"$1s" --latency -s "$root/benchmarks/wrk/request.lua" "http://127.0.0.1:$port/v1/score"
}
run_wrk $((60 - WARMUP + 5)) >"$work/wrk.txt"
stop_servers
table="$work/table.md"
{
  echo "### Where POST /v1/score spends the server's core (async-profiler, server pinned to core 0)"
  echo
  machine_line
  echo
  echo "wrk on core 1, $CONNECTIONS connections: $(grep '^RESULT' "$work/wrk.txt" | awk '{printf "%s requests/s, p50 %.2f ms, p99 %.2f ms", $2, $3/1000, $5/1000}')."
  echo "Samples of the window from 40 to 60 s after the server started (the unpinned warm-up ended at about ${WARMUP} s)."
  echo
  "$PY" "$root/benchmarks/profile_summary.py" "$work/prof-2.collapsed" "$TOP"
} >"$table"
save_results http-profile "$table"
