#!/usr/bin/env bash
# HTTP benchmark for issue 13: POST /v1/score (the full answer: probability, reasons with sentences, every
# contribution, warnings, and the grades of the sample champion) against a BARE Javalin endpoint in the same JVM
# that reads the same body into the same JSON tree (the same JsonBody) and answers a fixed JSON: a real score answer
# saved before the first bare request, so that both routes write as many bytes (it answered 100 bytes before
# 4 December 2026, where a score answer has about 4,800). Both are sent the same 1,000 sample leads in turn. The bare route
# exists only in the benchmark's own main (server/src/test/.../bench/BareBenchServer.java, on a second port);
# production builds have no such route.
#
# Side by side in one server process, with the JVM options the launcher uses for `serve`:
#   unpinned: server and wrk share both cores (wrk -t2);
#   pinned:   server on core 0, wrk on core 1 (taskset; wrk -t1);
# at 16 and 64 connections, ROUNDS alternating rounds (bare then score, then score then bare, ...). Prints and
# saves rps, p50 and p99 of each, the ratio score/bare per round and the median ratio, against the targets
# (>= 90 % of bare's requests/s everywhere; p99 < 3 ms at 16 connections pinned), and the GC pauses the server
# logged during the measurements (-Xlog:gc).
#
# wrk's latency percentiles are corrected for coordinated omission (wrk adds samples for the requests a slow one held
# back, spaced by the run's mean time per request per connection), so a p99 here says how long the server stalled, not
# only how slow its slowest 1 % of requests were.
#
# usage: benchmarks/http-vs-bare.sh     (DURATION=15 WARMUP=10 ROUNDS=3 CONNECTIONS="16 64" MODES="unpinned pinned")
#   PROPENSITY_HTTP_THREADS=4 ...       both routes on a fixed pool of that many HTTP threads (serve's
#                                       --http-threads); saved as http-vs-bare-threads-4.md
#   STORE=postgresql ...                the scores logged to PostgreSQL (PGHOST 127.0.0.1, PGPORT 5432, PGUSER
#                                       postgres, PGDATABASE test; a schema of its own, dropped on exit) instead
#                                       of SQLite; saved as http-vs-bare-postgresql.md. PostgreSQL's own processes
#                                       are not pinned: pinned, they may run on wrk's core, so the store's work
#                                       leaves the server's core (needs psql: apt-get install postgresql-client)
# Needs: java 17, wrk, taskset, curl, python3 (apt-get install wrk util-linux curl python3).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk taskset curl "$PY"
need_java
DURATION="${DURATION:-15}"; WARMUP="${WARMUP:-10}"; ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-16 64}"; MODES="${MODES:-unpinned pinned}"; STORE="${STORE:-sqlite}"
case "$STORE" in
  sqlite) store_text="the default SQLite store" ;;
  postgresql) need psql ;;
  *) echo "STORE must be sqlite or postgresql, got '$STORE'" >&2; exit 2 ;;
esac
[ "$(nproc)" -ge 2 ] || { echo "needs 2 cores at least (server and wrk on separate cores when pinned)" >&2; exit 2; }

prepare_bare_bench http-vs-bare
if [ "$STORE" = postgresql ]; then
  PGHOST=127.0.0.1; PGPORT="${PGPORT:-5432}"; PGUSER="${PGUSER:-postgres}"; PGDATABASE="${PGDATABASE:-test}"
  export PGHOST PGPORT PGUSER PGDATABASE
  pg_schema="bench_http_vs_bare_$$"
  trap 'stop_servers; psql -q -c "DROP SCHEMA IF EXISTS $pg_schema CASCADE" >/dev/null 2>&1 || true' EXIT
  psql -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $pg_schema" >/dev/null \
    || { echo "cannot reach PostgreSQL at $PGHOST:$PGPORT (user $PGUSER, database $PGDATABASE)" >&2; exit 2; }
  # serve reads its store from the environment, as in production.
  export PROPENSITY_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?user=$PGUSER&currentSchema=$pg_schema"
  store_text="PostgreSQL $(psql -Atc 'show server_version') at 127.0.0.1 (its processes not pinned)"
fi
jvm_opts="${SERVER_JAVA_OPTS:-$(serve_jvm_options)}"
echo "server JVM options (the launcher's for serve): $jvm_opts"
start_bare_bench $jvm_opts -Xlog:gc:file="$work/gc.log":uptime
curl -fsS -X POST "$bare_url" -H 'Content-Type: application/json' --data-binary @"$work/lead.json" >/dev/null
echo "score answer: $(head -c 300 "$work/answer.json")..."

# pin MODE: moves every thread of the server (taskset -a) onto core 0, or back onto all cores.
pin() {
  if [ "$1" = pinned ]; then taskset -a -cp 0 "$server_pid" >/dev/null; else taskset -a -cp "0-$(($(nproc) - 1))" "$server_pid" >/dev/null; fi
}

# run_wrk MODE NAME CONNS SECONDS URL: prints "rps p50_us p90_us p99_us requests non_2xx socket_errors"
run_wrk() {
  local mode="$1" name="$2" conns="$3" secs="$4" url="$5" prefix=() threads=2
  if [ "$mode" = pinned ]; then prefix=(taskset -c 1); threads=1; fi
  WRK_METHOD=POST WRK_BODIES="$work/leads.jsonl" WRK_KEY="$PROPENSITY_API_KEY" \
    "${prefix[@]}" wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -s "$root/benchmarks/wrk/request.lua" "$url" \
    >"$work/$name.txt" 2>&1
  grep '^RESULT' "$work/$name.txt" | cut -d' ' -f2-
}

uptime_s() { awk '{print $1}' /proc/uptime; }
rows="$work/rows.tsv"; : >"$rows"; windows="$work/windows.tsv"; : >"$windows"
start_up="$(awk -v pid_start="$(awk '{print $22}' /proc/"$server_pid"/stat)" \
  -v hz="$(getconf CLK_TCK)" 'BEGIN { print pid_start / hz }')"
echo "== JIT warm-up: ${WARMUP} s per endpoint"
run_wrk unpinned warm-bare 64 "$WARMUP" "$bare_url" >/dev/null
run_wrk unpinned warm-score 64 "$WARMUP" "$score_url" >/dev/null
for mode in $MODES; do
  pin "$mode"
  for c in $CONNECTIONS; do
    run_wrk "$mode" "settle-$mode-$c" "$c" 3 "$score_url" >/dev/null
    for r in $(seq 1 "$ROUNDS"); do
      order="bare score"; [ $((r % 2)) = 0 ] && order="score bare"
      for endpoint in $order; do
        url="$score_url"; [ "$endpoint" = bare ] && url="$bare_url"
        echo "== $mode, $c connections, round $r: $endpoint ${DURATION} s"
        from="$(uptime_s)"
        read -r rps p50 p90 p99 n bad err < <(run_wrk "$mode" "$endpoint-$mode-$c-$r" "$c" "$DURATION" "$url")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$c" "$r" "$endpoint" "$rps" "$p50" "$p99" "$bad" "$err" >>"$rows"
        printf '%s\t%s\t%s\t%s\n' "$mode" "$c" "$from" "$(uptime_s)" >>"$windows"
      done
    done
  done
done
pin unpinned

table="$work/table.md"
{
  echo "### HTTP: POST /v1/score (full answer) vs a bare Javalin endpoint in the same JVM, side by side"
  echo
  machine_line
  echo "HTTP pool of both routes: ${PROPENSITY_HTTP_THREADS:-0} threads (PROPENSITY_HTTP_THREADS; 0: Javalin's default pool of 8-250). wrk's percentiles are corrected for coordinated omission."
  echo "Server: \`java $jvm_opts\` (the launcher's options for serve), sample champion with grades, 1,000 sample"
  echo "leads (about $(( $(wc -c <"$work/leads.jsonl") / 1000 )) bytes each) posted in turn to both endpoints; every score logged to $store_text."
  echo "wrk ${DURATION} s per measurement after a ${WARMUP} s JIT warm-up per endpoint; unpinned: wrk -t2 and the"
  echo "server share the cores; pinned: server on core 0 (taskset -a), wrk -t1 on core 1. Rounds alternate the order."
  echo
  "$PY" - "$rows" "$windows" "$work/gc.log" "$start_up" <<'PYEOF'
import re, statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
windows = [l.split("\t") for l in open(sys.argv[2]) if l.strip()]
start = float(sys.argv[4])
ms = lambda us: f"{int(us) / 1000:.2f}"
print("| mode | connections | round | bare rps | bare p50 ms | bare p99 ms | score rps | score p50 ms | score p99 ms | score/bare |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
groups = {}
for mode, c, r, endpoint, rps, p50, p99, bad, err in rows:
    groups.setdefault((mode, c), {}).setdefault(r, {})[endpoint] = (float(rps), p50, p99, int(bad), int(err))
verdicts = []
for (mode, c), rounds in groups.items():
    ratios, p99s, errors = [], [], 0
    for r, e in sorted(rounds.items(), key=lambda kv: int(kv[0])):
        if "bare" not in e or "score" not in e:
            continue
        b, s = e["bare"], e["score"]
        ratio = s[0] / b[0] if b[0] else 0
        ratios.append(ratio); p99s.append(int(s[2])); errors += b[3] + b[4] + s[3] + s[4]
        print(f"| {mode} | {c} | {r} | {b[0]:,.0f} | {ms(b[1])} | {ms(b[2])} | {s[0]:,.0f} | {ms(s[1])} | {ms(s[2])} | {100 * ratio:.0f} % |")
    if ratios:
        med, p99 = statistics.median(ratios), statistics.median(p99s)
        line = f"- {mode}, {c} connections: median score/bare **{100 * med:.0f} %** (target >= 90 %: {'met' if med >= 0.9 else 'MISSED'})"
        if mode == "pinned" and c == "16":
            line += f"; median score p99 {p99 / 1000:.2f} ms (target < 3 ms: {'met' if p99 < 3000 else 'MISSED'})"
        if errors:
            line += f"; {errors} non-2xx or socket errors"
        verdicts.append(line)
print()
print("\n".join(verdicts))
# GC pauses (-Xlog:gc, uptime decorations) that fell inside the measurement windows.
pauses = []
for line in open(sys.argv[3]):
    m = re.match(r"\[(\d+\.\d+)s\].*Pause.* (\d+\.\d+)ms", line)
    if m:
        pauses.append((start + float(m.group(1)), float(m.group(2)), line))
print()
for key in dict.fromkeys((w[0], w[1]) for w in windows):
    inside = [p for p in pauses if any(w[0] == key[0] and w[1] == key[1] and float(w[2]) <= p[0] <= float(w[3]) for w in windows)]
    seconds = sum(float(w[3]) - float(w[2]) for w in windows if (w[0], w[1]) == key)
    if inside:
        d = sorted(p[1] for p in inside)
        print(f"- GC during {key[0]}, {key[1]} connections: {len(d)} pauses in {seconds:.0f} s, median {statistics.median(d):.2f} ms, max {d[-1]:.2f} ms")
    else:
        print(f"- GC during {key[0]}, {key[1]} connections: no pauses in {seconds:.0f} s")
PYEOF
} >"$table"
name=http-vs-bare
[ "${PROPENSITY_HTTP_THREADS:-0}" != 0 ] && name="$name-threads-$PROPENSITY_HTTP_THREADS"
[ "$STORE" != sqlite ] && name="$name-$STORE"
save_results "$name" "$table"
