#!/usr/bin/env bash
# Dashboard load time: a server whose champion is trained on the bundled sample (datasets/sample), with 1,000 sample
# leads scored and their outcomes posted, opened in headless Chromium (Debian's chromium + chromium-driver, installed
# by .ci/ensure-tools); the browser's Navigation Timing and the page's own marks, first load and 20 reloads.
# Also writes a screenshot of each screen at laptop (1366x768) and phone (390x844) width into benchmarks/out/dashboard
# and copies the README's into docs/. Usage: benchmarks/dashboard-load.sh [RELOADS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$root"
bash .ci/ensure-tools chromium chromium-driver
shots="$out/dashboard"
mkdir -p "$shots"
"$PY" benchmarks/leads_json.py datasets/synthetic.schema.json datasets/sample/opportunities.csv datasets/sample/surveys.csv \
  4000 1000 "$shots/leads.json"
"$PY" - "$shots/outcomes.json" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open("datasets/sample/opportunities.csv", newline="")))[4000:5000]
json.dump([{"lead_id": r["lead_id"], "outcome": r["outcome"], "close_date": r["closed_date"],
            "idempotency_key": "bench-" + r["lead_id"]} for r in rows], open(sys.argv[1], "w"))
PY
# One reactor build, so the trainer comes from this tree, not from whatever another checkout installed in ~/.m2.
./mvnw -B -q -o -pl server -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
{
  echo "# Dashboard load time"
  echo
  echo "\`benchmarks/dashboard-load.sh\`, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start."
  echo
  java -Xmx2g \
    -cp "server/target/test-classes:server/target/classes:trainer/target/classes:trainer/target/test-classes:$(cat server/target/bench.classpath)" \
    dev.propensity.server.bench.DashboardLoadBenchmark "$shots/leads.json" "$shots/outcomes.json" "$shots" "${1:-20}"
} | tee "$results/dashboard-load.md"
for s in laptop-champion laptop-score laptop-versions laptop-model-report laptop-live-report phone-score phone-champion; do
  cp "$shots/$s.png" "docs/dashboard-$s.png"
done
