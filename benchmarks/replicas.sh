#!/usr/bin/env bash
# Replicas benchmark (issue 14), side by side in one run, POST /v1/score with a realistic lead, wrk:
#   A. one replica, direct (no nginx)
#   B. nginx in front of one replica
#   C. nginx in front of two replicas (deploy/replicas.sh start 2)
# all on one PostgreSQL store (a schema of its own on the test server) and one registry; then the
# promotion-propagation time: promotions through replica 1 (and from the CLI) until replica 2 serves the new
# version, with the alias polled only once a minute so the time is the LISTEN/NOTIFY path's.
# On a 2-core machine the replicas, nginx and wrk share the same two cores: C cannot show the scaling that two
# machines would; what it can show is nginx's cost (B against A) and that a second replica does not make things
# worse. The load average at the start is printed; other builds running at the same time distort absolute figures.
#
# usage: benchmarks/replicas.sh   (DURATION=15 WARMUP=5 CONNECTIONS=32 PROMOTIONS=10 to override)
# Needs: java 17, wrk, nginx, curl, psql, python3; PostgreSQL at 127.0.0.1:5432 (user postgres, db test).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bash "$root/.ci/ensure-tools" wrk nginx curl
need wrk nginx curl psql "$PY"
need_java
DURATION="${DURATION:-15}"; WARMUP="${WARMUP:-5}"; CONNECTIONS="${CONNECTIONS:-32}"; PROMOTIONS="${PROMOTIONS:-10}"
PG="${PG:-postgresql://postgres@127.0.0.1:5432/test}"

build
work="$out/replicas"; rm -rf "$work"; mkdir -p "$work"
models="$work/models"
schema="bench_replicas_$$"
cleanup() {
  REPLICAS_DIR="$work/run" "$root/deploy/replicas.sh" stop >/dev/null 2>&1 || true
  [ -f "$work/nginx1/nginx.pid" ] && kill "$(cat "$work/nginx1/nginx.pid")" 2>/dev/null || true
  psql "$PG" -q -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
}
trap cleanup EXIT
sample_champion "$out/sample-models"
cp -r "$out/sample-models" "$models"
# A second version to promote back and forth (same data, another seed would change nothing a client sees here).
"$root/propensity" train --schema "$root/datasets/synthetic.schema.json" --models "$models" --no-promote >"$work/train-v2.log" 2>&1 \
  || { cat "$work/train-v2.log" >&2; exit 1; }
sample_leads 1 1 "$work/lead.json"
make_keys
psql "$PG" -q -c "CREATE SCHEMA $schema"
load_at_start="$(cut -d' ' -f1-3 /proc/loadavg)"
others="$(pgrep -fc 'maven|surefire|mvnw' || true)"

# Two consecutive free ports for the replicas.
first_port="$("$PY" -c '
import socket
while True:
    a = socket.socket(); a.bind(("127.0.0.1", 0)); p = a.getsockname()[1]
    b = socket.socket()
    try:
        b.bind(("127.0.0.1", p + 1)); print(p); break
    except OSError:
        pass
    finally:
        a.close(); b.close()
')"
lb2_port="$(free_port)"; lb1_port="$(free_port)"
export PROPENSITY_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=$schema"
export PROPENSITY_MODELS="$models" PROPENSITY_RELOAD_INTERVAL_MS=60000 PROPENSITY_JAVA_OPTS="-Xmx1g"
REPLICAS_DIR="$work/run" REPLICAS_LB_PORT="$lb2_port" REPLICAS_FIRST_PORT="$first_port" "$root/deploy/replicas.sh" start 2

# B's nginx: the same template, one upstream server.
mkdir -p "$work/nginx1/tmp"/{body,proxy,fastcgi,uwsgi,scgi}
SERVERS="        server 127.0.0.1:$first_port max_fails=2 fail_timeout=5s;" awk -v run="$work/nginx1" -v listen="127.0.0.1:$lb1_port" \
  '{ gsub(/@RUN@/, run); gsub(/@LISTEN@/, listen); if ($0 == "@SERVERS@") print ENVIRON["SERVERS"]; else print }' \
  "$root/deploy/nginx.conf.template" >"$work/nginx1/nginx.conf"
nginx -e "$work/nginx1/error.log" -p "$work/nginx1" -c "$work/nginx1/nginx.conf"

run_wrk() { # NAME URL SECONDS
  WRK_METHOD=POST WRK_BODY="$work/lead.json" WRK_KEY="$PROPENSITY_API_KEY" \
    wrk -t2 -c"$CONNECTIONS" -d"$3s" --latency -s "$root/benchmarks/wrk/request.lua" "$2/v1/score" >"$work/$1.txt" 2>&1
  grep '^RESULT' "$work/$1.txt" | cut -d' ' -f2-
}
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

declare -A url=([A]="http://127.0.0.1:$first_port" [B]="http://127.0.0.1:$lb1_port" [C]="http://127.0.0.1:$lb2_port")
declare -A label=([A]="one replica, direct" [B]="nginx, one replica" [C]="nginx, two replicas")
echo "== JIT warm-up of both replicas: $((2 * WARMUP)) s through nginx (two replicas)"
run_wrk warm "${url[C]}" "$((2 * WARMUP))" >/dev/null
table="$work/table.md"
{
  echo "### Replicas: POST /v1/score (with reasons) direct vs through nginx, one and two replicas, same run"
  echo
  machine_line
  echo "Other builds on the machine at the start: $others Maven/Surefire processes (load average $load_at_start): absolute figures are distorted, the side-by-side comparison less so."
  echo "wrk -t2 -c$CONNECTIONS, ${DURATION} s per measurement after ${WARMUP} s of warm-up each; replicas \`-Xmx1g\` on one PostgreSQL schema (scores logged asynchronously), nginx 1 worker with keep-alive to the replicas (deploy/nginx.conf.template). wrk, nginx and the replicas share the 2 cores."
  echo
  echo "| setup | requests/s | p50 ms | p90 ms | p99 ms | non-2xx | socket errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
} >"$table"
for s in A B C; do
  echo "== ${label[$s]}: warm-up ${WARMUP} s, then ${DURATION} s"
  run_wrk "warm-$s" "${url[$s]}" "$WARMUP" >/dev/null
  read -r rps p50 p90 p99 n bad err < <(run_wrk "$s" "${url[$s]}" "$DURATION")
  echo "| ${label[$s]} | $rps | $(ms "$p50") | $(ms "$p90") | $(ms "$p99") | $bad | $err |" >>"$table"
done

# Promotion propagation: through replica 1's API, then from the CLI; the time until replica 2's /ready names it.
# One curl per look, no JSON parser process: on a loaded machine each extra process adds tens of milliseconds.
served() { curl -fsS "http://127.0.0.1:$1/ready" | grep -o '"model_version":[0-9]*' | cut -d: -f2; }
now_ms() { date +%s%3N; }
wait_version() { # PORT VERSION START_MS -> prints elapsed ms
  while [ "$(served "$1")" != "$2" ]; do sleep 0.005; done
  echo $(( $(now_ms) - $3 ))
}
api_times=(); cli_times=()
versions=(2 1)
for i in $(seq 1 "$PROMOTIONS"); do
  v="${versions[$((i % 2 == 1 ? 0 : 1))]}"
  curl -fsS -o /dev/null -X POST "http://127.0.0.1:$first_port/v1/models/$v/promote" -H "Authorization: Bearer $PROPENSITY_ADMIN_KEY"
  answered="$(now_ms)"
  api_times+=("$(wait_version $((first_port + 1)) "$v" "$answered")")
done
for i in 1 2 3; do
  v="${versions[$((i % 2 == 1 ? 0 : 1))]}"
  [ "$(served "$first_port")" = "$v" ] && v="${versions[$((i % 2 == 1 ? 1 : 0))]}"
  "$root/propensity" promote "$v" --models "$models" >/dev/null
  moved="$("$PY" -c 'import json,sys,datetime; e=json.loads(open(sys.argv[1]).read().splitlines()[-1]); print(int(datetime.datetime.fromisoformat(e["at"].replace("Z","+00:00")).timestamp()*1000))' "$models/history.jsonl")"
  cli_times+=("$(wait_version $((first_port + 1)) "$v" "$moved")")
done
stats() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms, max %d ms (n = %d)", a[int((NR + 1) / 2)], a[NR], NR }'; }
{
  echo
  echo "Promotion propagation, alias polled only every 60 s (so this is the LISTEN/NOTIFY path):"
  echo "- through replica 1's API, from its answer until replica 2 serves the version: $(stats "${api_times[@]}") [${api_times[*]}]"
  echo "- from the CLI (\`propensity promote\` with PROPENSITY_DB_URL), from the alias's move (history time) until replica 2 serves it: $(stats "${cli_times[@]}") [${cli_times[*]}]"
  echo "- each time includes the replica loading and checking the version (reading the model, scoring a probe lead), and the polling of /ready by curl every 5 ms."
  echo "- bound by polling alone: the reload interval (PROPENSITY_RELOAD_INTERVAL_MS, 2 s by default) plus the same load and check."
} >>"$table"
save_results replicas "$table"
