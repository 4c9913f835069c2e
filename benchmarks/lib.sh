#!/usr/bin/env bash
# Shared helpers for the benchmark scripts (sourced, not run). Everything talks to 127.0.0.1 only.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/benchmarks/out"
results="$root/benchmarks/results"
mkdir -p "$out" "$results"
PY=/usr/bin/python3
SERVER_PIDS=()

# need CMD... : stops with the apt-get line when a command is missing.
need() {
  local missing=()
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "missing: ${missing[*]}; install with: sudo apt-get install ${missing[*]}" >&2
    exit 2
  fi
}

# need_python_modules MOD... : Debian's python3 modules (sklearn, pandas, threadpoolctl).
need_python_modules() {
  if ! "$PY" -c "import $(IFS=,; echo "$*")" 2>/dev/null; then
    echo "missing Python modules ($*); install with: sudo apt-get install python3-sklearn python3-pandas" >&2
    exit 2
  fi
}

need_java() {
  command -v java >/dev/null 2>&1 || { echo "missing java 17+; install with: sudo apt-get install openjdk-17-jdk-headless" >&2; exit 2; }
}

# build: the shaded jar (the launcher also rebuilds on its own when sources change).
build() {
  if [ ! -f "$root/server/target/propensity.jar" ] || \
     [ -n "$(find "$root/pom.xml" "$root/trainer/pom.xml" "$root/server/pom.xml" "$root/trainer/src/main" "$root/server/src/main" \
        -newer "$root/server/target/propensity.jar" -type f -print -quit 2>/dev/null)" ]; then
    echo "building propensity.jar..." >&2
    (cd "$root" && ./mvnw -B -q -DskipTests package) >&2
  fi
}

free_port() {
  "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# sample_champion DIR: a throwaway registry with a champion trained on the committed sample (reused if present).
sample_champion() {
  local dir="$1"
  if [ ! -e "$dir/champion" ]; then
    rm -rf "$dir"
    "$root/propensity" train --schema "$root/datasets/synthetic.schema.json" --models "$dir" >"$dir.train.log" 2>&1 \
      || { cat "$dir.train.log" >&2; exit 1; }
  fi
}

# sample_leads FIRST COUNT OUT: leads of the committed sample as the server reads them (benchmarks/leads_json.py:
# one JSON object when COUNT is 1, an array, or one lead per line when OUT ends in .jsonl).
sample_leads() {
  "$PY" "$root/benchmarks/leads_json.py" "$root/datasets/synthetic.schema.json" "$root/datasets/sample/opportunities.csv" \
    "$root/datasets/sample/surveys.csv" "$@"
}

# Random keys of 32 hex characters, exported for the server and for the clients.
make_keys() {
  export PROPENSITY_API_KEY="bench-$("$PY" -c 'import secrets; print(secrets.token_hex(16))')"
  export PROPENSITY_ADMIN_KEY="bench-admin-$("$PY" -c 'import secrets; print(secrets.token_hex(16))')"
}

# start_server WORKDIR PORT MODELS [extra serve args...]: runs serve in WORKDIR (so the default SQLite
# file propensity.db lands there), waits for /health, and remembers the pid for stop_servers.
start_server() {
  local workdir="$1" port="$2" models="$3"; shift 3
  mkdir -p "$workdir"
  (cd "$workdir" && exec java ${SERVER_JAVA_OPTS:-} -jar "$root/server/target/propensity.jar" serve \
      --host 127.0.0.1 --port "$port" --models "$models" "$@" >"$workdir/server.log" 2>&1) &
  local pid=$!
  SERVER_PIDS+=("$pid")
  for _ in $(seq 1 300); do
    if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "server exited; log:" >&2; cat "$workdir/server.log" >&2; exit 1; fi
    sleep 0.2
  done
  echo "server did not come up on port $port" >&2; exit 1
}

stop_server() {
  local pid="$1"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

stop_servers() {
  for pid in "${SERVER_PIDS[@]:-}"; do
    [ -n "$pid" ] && stop_server "$pid"
  done
  SERVER_PIDS=()
}

# prepare_bare_bench NAME: what both HTTP benchmarks against the bare route need before their server starts: the jar
# and the test classes (the bare route's main), a fresh work folder benchmarks/out/NAME (set as work), the sample
# champion, one sample lead (work/lead.json) and 1,000 in turn (work/leads.jsonl), API keys, and two free ports (port
# for serve, bare_port for the bare route). Stops the servers on exit.
prepare_bare_bench() {
  build
  echo "compiling the benchmark main (mvnw -pl server -am test-compile)..." >&2
  (cd "$root" && ./mvnw -B -q -pl server -am test-compile) >&2
  work="$out/$1"; rm -rf "$work"; mkdir -p "$work/server"
  trap stop_servers EXIT
  sample_champion "$out/sample-models"
  sample_leads 1 1 "$work/lead.json"
  sample_leads 0 1000 "$work/leads.jsonl"
  make_keys
  port="$(free_port)"; bare_port="$(free_port)"
}

# start_bare_bench JVM_OPTION...: after prepare_bare_bench, runs `serve` with the bare route beside it
# (server/src/test/.../bench/BareBenchServer.java, on bare_port) in work/server with the given JVM options, waits for
# /health, and sets server_pid (remembered for stop_servers), score_url and bare_url. Before the first bare request
# it saves a real score answer of work/lead.json as work/answer.json, which the bare route then answers, so that
# both routes write as many bytes.
start_bare_bench() {
  (cd "$work/server" && exec java "$@" -Dpropensity.bench.bare.port="$bare_port" \
      -Dpropensity.bench.bare.answer="$work/answer.json" \
      -cp "$root/server/target/test-classes:$root/server/target/propensity.jar" dev.propensity.server.bench.BareBenchServer \
      serve --host 127.0.0.1 --port "$port" --models "$out/sample-models" >"$work/server/server.log" 2>&1) &
  server_pid=$!
  SERVER_PIDS+=("$server_pid")
  local up=0
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && { up=1; break; }
    kill -0 "$server_pid" 2>/dev/null || { echo "server exited; log:" >&2; cat "$work/server/server.log" >&2; exit 1; }
    sleep 0.2
  done
  [ "$up" = 1 ] || { echo "server did not come up on port $port" >&2; exit 1; }
  score_url="http://127.0.0.1:$port/v1/score"; bare_url="http://127.0.0.1:$bare_port/bench/bare"
  curl -fsS -X POST "$score_url" -H "Authorization: Bearer $PROPENSITY_API_KEY" -H 'Content-Type: application/json' \
    --data-binary @"$work/lead.json" >"$work/answer.json"
}

# load SECONDS URL [PREFIX...]: after start_bare_bench, wrk with CONNECTIONS connections sends the sample leads of
# work/leads.jsonl to URL for SECONDS (one wrk thread behind a prefix such as `taskset -c 1`, else two); prints wrk's
# RESULT line.
load() {
  local secs="$1" url="$2"; shift 2
  WRK_METHOD=POST WRK_BODIES="$work/leads.jsonl" WRK_KEY="$PROPENSITY_API_KEY" \
    "$@" wrk -t"$([ $# -gt 0 ] && echo 1 || echo 2)" -c"$CONNECTIONS" -d"${secs}s" --latency \
    -s "$root/benchmarks/wrk/request.lua" "$url" | grep '^RESULT'
}

# warm_up_then_pin: WARMUP seconds of load on each route with the server on every core (the JIT's compiler threads
# would otherwise take a pinned core for a minute), then the server onto core 0 (taskset -a).
warm_up_then_pin() {
  echo "== JIT warm-up, unpinned: ${WARMUP} s per endpoint" >&2
  load "$WARMUP" "$bare_url" >/dev/null
  load "$WARMUP" "$score_url" >/dev/null
  taskset -a -cp 0 "$server_pid" >/dev/null
}

# save_results NAME FILE: prints the markdown table and keeps it under benchmarks/results/NAME.md.
save_results() {
  cp "$2" "$results/$1.md"
  echo
  cat "$results/$1.md"
  echo
  echo "(saved to benchmarks/results/$1.md)"
}

# Read when a script starts, so that the table says how busy the machine was before the script's own work
# (a table written after the runs would otherwise show the script's own load).
START_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
START_TIME="$(date -u +%Y-%m-%dT%H:%MZ)"

machine_line() {
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), load average at start: $START_LOAD; run $START_TIME, commit $(git -C "$root" rev-parse --short HEAD)."
}

# server_jvm_pid: after start_bare_bench, the pid of the server's JVM (the subshell's child when it did not exec),
# for jcmd.
server_jvm_pid() {
  pgrep -P "$server_pid" java || echo "$server_pid"
}

# serve_jvm_options: the JVM options the ./propensity launcher gives `serve` (one source: the launcher itself).
serve_jvm_options() {
  local options
  options="$(sed -n 's/^ *serve) defaults="\(.*\)" ;;$/\1/p' "$root/propensity")"
  if [ "$(id -u)" = 0 ]; then
    options="$options $(sed -n 's/^serve_priority="\(.*\)"$/\1/p' "$root/propensity")"
  fi
  echo "$options"
}
