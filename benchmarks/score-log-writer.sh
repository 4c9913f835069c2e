#!/usr/bin/env bash
# The score log writer's CPU per logged score: the design before issue 13's writer change against today's, side by
# side in one JVM, alternating, ROUNDS rounds (ScoreLogWriterBenchmark in server/src/test/.../bench). Each run feeds
# ROWS scores with the sample leads' JSON as their input (about 520 bytes each) through a real ScoreLogWriter into a
# new SQLite file at RATE scores/s, and reads the writer thread's CPU time; once with LEAD_IDS distinct lead ids
# drawn at random (a CRM's many leads) and once with the 1,000 sample leads in turn (the HTTP benchmarks' traffic).
# With IDEAS=1 (the default) it then measures single ideas on plain JDBC (benchmarks/ScoreLogInsertIdeas.java): the
# indexes, statement shapes, page size, cache, checkpoint and other pragmas, compression; IDEAS=0 skips them.
# Usage: benchmarks/score-log-writer.sh   (ROWS=200000 ROUNDS=3 RATE=14000 LEAD_IDS=200000 IDEAS=1 by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$root"
need_java
ROWS="${ROWS:-200000}" ROUNDS="${ROUNDS:-3}" RATE="${RATE:-14000}" LEAD_IDS="${LEAD_IDS:-200000}" IDEAS="${IDEAS:-1}"
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
  if [ "$IDEAS" = 1 ]; then
    echo
    echo "### Single ideas on plain JDBC (benchmarks/ScoreLogInsertIdeas.java)"
    echo
    echo "$ROWS rows in transactions of 90 (what the writer commits at $RATE scores/s), the inserting thread's CPU per row;"
    echo "base is the schema and statement of before the change; each variant changes only what its name says."
    for ids in "$LEAD_IDS" 0; do
      echo
      if [ "$ids" = 0 ]; then echo "#### the 1,000 sample leads in turn"; else echo "#### $ids distinct lead ids, drawn at random"; fi
      echo
      java -Xms1g -Xmx1g -XX:+UseParallelGC -cp "$(cat server/target/bench.classpath)" benchmarks/ScoreLogInsertIdeas.java \
        "$work/leads.jsonl" "$ROWS" 90 "$ids" "$work/ideas" base nolead notime leadonly reuse multi10 multi50 blob \
        page1024 page8192 page16384 cache64000 mmap268435456 ckpt10000 ckpt30000 ckpt10000+jsl67108864 ckpt10000+leadonly \
        2>&1 | grep -v SLF4J
    done
  fi
} | tee "$results/score-log-writer.md"
