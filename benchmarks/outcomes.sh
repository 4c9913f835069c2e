#!/usr/bin/env bash
# Feedback benchmark: outcomes per second through POST /v1/outcomes, one outcome per request and batches of
# 100, into SQLite (the default store) and PostgreSQL (a dedicated schema, created here and dropped on exit),
# side by side in one run: two servers with the same champion, loaded one at a time, alternating stores.
# Each outcome has an idempotency key unique to the run, so every post inserts (no duplicates).
# Client: benchmarks/OutcomesClient.java (Java HttpClient, closed loop, THREADS concurrent clients).
#
# usage: benchmarks/outcomes.sh      (THREADS=8 DURATION=10 WARMUP=3 PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=test)
# Needs: java 17, curl, psql, python3, and a PostgreSQL server (apt-get install curl postgresql-client python3).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_java
need curl psql "$PY"
THREADS="${THREADS:-8}"; DURATION="${DURATION:-10}"; WARMUP="${WARMUP:-3}"
PGHOST=127.0.0.1; PGPORT="${PGPORT:-5432}"; PGUSER="${PGUSER:-postgres}"; PGDATABASE="${PGDATABASE:-test}"
export PGHOST PGPORT PGUSER PGDATABASE

build
work="$out/outcomes"; rm -rf "$work"; mkdir -p "$work"
pg_schema="bench_outcomes_$$"
cleanup() {
  stop_servers
  psql -q -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS $pg_schema CASCADE" >/dev/null 2>&1 || true
}
trap cleanup EXIT
psql -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $pg_schema" >/dev/null \
  || { echo "cannot reach PostgreSQL at $PGHOST:$PGPORT (user $PGUSER, database $PGDATABASE)" >&2; exit 2; }
sample_champion "$out/sample-models"
make_keys
sqlite_port="$(free_port)"
start_server "$work/sqlite" "$sqlite_port" "$out/sample-models"
pg_port="$(free_port)"
pg_url="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?user=$PGUSER&currentSchema=$pg_schema"
start_server "$work/postgres" "$pg_port" "$out/sample-models" --db "$pg_url"
pg_version="$(psql -Atc 'show server_version')"
sqlite_version="$("$PY" -c 'import sqlite3; print(sqlite3.sqlite_version)')"
echo "SQLite server on $sqlite_port ($work/sqlite/propensity.db), PostgreSQL $pg_version server on $pg_port (schema $pg_schema)"

table="$work/table.md"
{
  echo "### Outcomes: POST /v1/outcomes into SQLite vs PostgreSQL, same champion, same run"
  echo
  machine_line
  echo "Client: benchmarks/OutcomesClient.java, $THREADS threads posting back to back, ${WARMUP} s warm-up + ${DURATION} s measured per row;"
  echo "every outcome has a new idempotency key (each post inserts). SQLite: default \`jdbc:sqlite:propensity.db\` (server's working directory);"
  echo "PostgreSQL $pg_version at 127.0.0.1, dedicated schema via \`--db 'jdbc:postgresql://127.0.0.1:$PGPORT/$PGDATABASE?user=$PGUSER&currentSchema=<schema>'\`. Server JVM defaults."
  echo
  echo "| outcomes per request | store | requests/s | outcomes/s | p50 ms | p99 ms | errors |"
  echo "|---:|---|---:|---:|---:|---:|---:|"
} >"$table"
for batch in 1 100; do
  for store in sqlite postgres; do
    port="$sqlite_port"; [ "$store" = postgres ] && port="$pg_port"
    echo "== $batch outcome(s) per request into $store"
    line="$(java "$root/benchmarks/OutcomesClient.java" "http://127.0.0.1:$port/v1/outcomes" "$batch" "$THREADS" "$WARMUP" "$DURATION" \
      "run$$-$store-$batch" | grep '^RESULT')"
    echo "$line"
    read -r _ rps ops p50 p99 n errs first <<<"$line"
    name="SQLite"; [ "$store" = postgres ] && name="PostgreSQL"
    echo "| $batch | $name | $rps | $ops | $p50 | $p99 | $errs |" >>"$table"
    [ "$errs" = 0 ] || echo "  first error: $first"
  done
done
sqlite_rows="$("$PY" -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from outcome').fetchone()[0])" "$work/sqlite/propensity.db")"
pg_rows="$(psql -Atc "select count(*) from $pg_schema.outcome")"
{
  echo
  echo "- rows stored (warm-up included): SQLite $sqlite_rows, PostgreSQL $pg_rows"
} >>"$table"
save_results outcomes "$table"
