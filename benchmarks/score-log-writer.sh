#!/usr/bin/env bash
# The score log writer's CPU per logged score: the design before issue 13's writer change against today's, side by
# side in one JVM, alternating, ROUNDS rounds (ScoreLogWriterBenchmark in server/src/test/.../bench). Each run feeds
# ROWS scores with the sample leads' JSON as their input (about 520 bytes each) through a real ScoreLogWriter into a
# new SQLite file at RATE scores/s, and reads the writer thread's CPU time; once with LEAD_IDS distinct lead ids
# drawn at random (a CRM's many leads) and once with the 1,000 sample leads in turn (the HTTP benchmarks' traffic).
# Usage: benchmarks/score-log-writer.sh   (ROWS=200000 ROUNDS=3 RATE=14000 LEAD_IDS=200000 by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$root"
need_java
ROWS="${ROWS:-200000}" ROUNDS="${ROUNDS:-3}" RATE="${RATE:-14000}" LEAD_IDS="${LEAD_IDS:-200000}"
work="$out/score-log-writer"
mkdir -p "$work"
sample_leads 0 1000 "$work/leads.jsonl"
# One reactor build, so the trainer comes from this tree, not from whatever another checkout installed in ~/.m2.
./mvnw -B -q -o -pl server -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
cp="server/target/test-classes:server/target/classes:trainer/target/classes:$(cat server/target/bench.classpath)"
bench() {
  java -Xms1g -Xmx1g -XX:+UseParallelGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
    dev.propensity.server.bench.ScoreLogWriterBenchmark "$work/leads.jsonl" "$ROWS" "$ROUNDS" "$RATE" "$1" "$work/db"
}
{
  echo "### The score log writer's CPU per logged score, before and after (SQLite)"
  echo
  echo "\`benchmarks/score-log-writer.sh\`, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- server/src || echo ' + uncommitted changes'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start;"
  echo "$ROWS scores per run at $RATE/s, $ROUNDS rounds alternating which design goes first."
  echo
  echo "#### $LEAD_IDS distinct lead ids, drawn at random"
  echo
  bench "$LEAD_IDS"
  echo
  echo "#### the 1,000 sample leads in turn"
  echo
  bench 0
} | tee "$results/score-log-writer.md"
