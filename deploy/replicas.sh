#!/usr/bin/env bash
# Starts N Propensity replicas on one PostgreSQL store and one registry folder, and nginx in front of them on
# loopback, for a trial; stops them again by the process ids it wrote (issue 14, docs/replicas.md).
#
#   deploy/replicas.sh start N     N serve processes on ports FIRST_PORT.. and nginx on LB_PORT
#   deploy/replicas.sh stop        SIGTERM to every pid it started (nginx too), then waits for them
#   deploy/replicas.sh status      which of them are alive
#
# Read from the environment: PROPENSITY_DB_URL (a jdbc:postgresql: URL: replicas share it; SQLite is one
# process only), PROPENSITY_MODELS (the shared registry folder, default models), the keys (PROPENSITY_API_KEY,
# PROPENSITY_ADMIN_KEY or PROPENSITY_KEYS_FILE), PROPENSITY_RELOAD_INTERVAL_MS, PROPENSITY_JAVA_OPTS;
# REPLICAS_DIR (pid files and logs, default .propensity/replicas), REPLICAS_LB_PORT (7070),
# REPLICAS_FIRST_PORT (7071), REPLICAS_CLASSPATH (run dev.propensity.server.cli.Main from this class path
# instead of the ./propensity launcher's jar; the tests use it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${REPLICAS_DIR:-$root/.propensity/replicas}"
lb_port="${REPLICAS_LB_PORT:-7070}"
first_port="${REPLICAS_FIRST_PORT:-7071}"

die() { echo "replicas.sh: $*" >&2; exit 2; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_ready() { # port pidfile
  local i
  for i in $(seq 1 600); do
    alive "$2" || die "the replica on port $1 exited; see ${2%.pid}.log"
    if curl -fsS -o /dev/null "http://127.0.0.1:$1/ready" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  die "the replica on port $1 is not ready after 120 s (no champion in the registry?); see ${2%.pid}.log"
}

start() {
  local n="$1" i port servers="" pidfile
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "N: expected a number of replicas such as 2, got '$n'"
  [[ "${PROPENSITY_DB_URL:-}" == jdbc:postgresql:* ]] \
    || die "PROPENSITY_DB_URL: replicas share one PostgreSQL store, set a jdbc:postgresql: URL (got '${PROPENSITY_DB_URL:-}')"
  mkdir -p "$dir/tmp"
  for f in "$dir"/*.pid; do
    [ -e "$f" ] && alive "$f" && die "already running (pid file $f); run 'deploy/replicas.sh stop' first"
  done
  rm -f "$dir"/*.pid
  bash "$root/.ci/ensure-tools" nginx curl
  if [ -z "${REPLICAS_CLASSPATH:-}" ]; then
    "$root/propensity" --help >/dev/null # builds the jar once, before N launchers would race to
  fi
  for i in $(seq 1 "$n"); do
    port=$((first_port + i - 1))
    pidfile="$dir/replica-$i.pid"
    if [ -n "${REPLICAS_CLASSPATH:-}" ]; then
      # shellcheck disable=SC2086
      java ${PROPENSITY_JAVA_OPTS:--Xmx512m} -cp "$REPLICAS_CLASSPATH" dev.propensity.server.cli.Main serve \
        --host 127.0.0.1 --port "$port" >"$dir/replica-$i.log" 2>&1 &
    else
      "$root/propensity" serve --host 127.0.0.1 --port "$port" >"$dir/replica-$i.log" 2>&1 &
    fi
    echo $! >"$pidfile"
    servers+="        server 127.0.0.1:$port max_fails=2 fail_timeout=5s;"$'\n'
  done
  for i in $(seq 1 "$n"); do
    wait_ready $((first_port + i - 1)) "$dir/replica-$i.pid"
  done
  mkdir -p "$dir/tmp/body" "$dir/tmp/proxy" "$dir/tmp/fastcgi" "$dir/tmp/uwsgi" "$dir/tmp/scgi"
  SERVERS="${servers%$'\n'}" awk -v run="$dir" -v listen="127.0.0.1:$lb_port" \
    '{ gsub(/@RUN@/, run); gsub(/@LISTEN@/, listen); if ($0 == "@SERVERS@") print ENVIRON["SERVERS"]; else print }' \
    "$root/deploy/nginx.conf.template" >"$dir/nginx.conf"
  nginx -t -q -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf"
  nginx -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf"
  for i in $(seq 1 50); do [ -s "$dir/nginx.pid" ] && break; sleep 0.1; done
  echo "$n replicas ready behind nginx on http://127.0.0.1:$lb_port (pids in $dir)"
}

stop() {
  local f pids=()
  for f in "$dir"/*.pid; do
    [ -e "$f" ] || continue
    if alive "$f"; then
      kill -TERM "$(cat "$f")" && pids+=("$(cat "$f")")
    fi
  done
  for pid in "${pids[@]}"; do
    for i in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  rm -f "$dir"/*.pid
  echo "stopped ${#pids[@]} processes"
}

status() {
  local f
  for f in "$dir"/*.pid; do
    [ -e "$f" ] || { echo "nothing started"; return; }
    if alive "$f"; then echo "$(basename "$f" .pid): running, pid $(cat "$f")"; else echo "$(basename "$f" .pid): gone"; fi
  done
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: deploy/replicas.sh start N | stop | status" ;;
esac
