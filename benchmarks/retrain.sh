#!/usr/bin/env bash
# Retrain benchmark: one retraining run over a SQLite feedback store holding 100,000 fed-back outcomes (scores with
# their inputs, and outcomes) of the TinyLeads truth, champion trained on 5,000 leads. Prints each stage's time.
# Usage: benchmarks/retrain.sh [OUTCOMES]   (offline Maven; compiles the trainer and the server's test classes)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# One reactor build, so that the trainer and its dependencies come from this tree, not from whatever trainer jar
# another checkout last installed in ~/.m2.
mvn -B -q -o -pl server -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
exec java -Xmx3g -XX:+UseParallelGC \
  -cp "server/target/test-classes:server/target/classes:trainer/target/classes:trainer/target/test-classes:$(cat server/target/bench.classpath)" \
  dev.propensity.server.retrain.RetrainBenchmark "${1:-100000}"
