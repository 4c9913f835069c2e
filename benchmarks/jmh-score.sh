#!/usr/bin/env bash
# In-process scoring cost with JMH (server/src/test/java/dev/propensity/server/bench/ScoringBenchmark.java):
# ns per lead for PropensityModel.probability, PropensityModel.explain (every contribution), and the
# server's JSON-in -> LeadScorer.score -> streamed JSON-out path (the full answer, with and without grades, and
# with the mapper's serialisation as before), all measured side by side in one JMH run (3 forks, 5 warm-up + 5
# measurement iterations of 1 s each), on the sample champion with the sample override rules
# (datasets/sample-rules.txt, as http-grades.sh serves them), cycling over 1,000 real sample leads with their
# survey answers. With GC=1, JMH's -prof gc adds bytes allocated per lead (gc.alloc.rate.norm), a figure that
# holds on a busy machine too. Target (issue 13): explain under 1.5 µs per lead with an error under 10 %.
#
# usage: benchmarks/jmh-score.sh          (extra JMH options may follow, e.g. -f 1 -wi 2 -i 2 for a quick check)
#        GC=1 benchmarks/jmh-score.sh     also bytes per lead
# Needs: java 17, python3 (and Maven's dependencies, fetched by ./mvnw on first use).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_java
need "$PY"

build
echo "compiling the benchmark (mvnw -pl server -am test-compile)..." >&2
(cd "$root" && ./mvnw -B -q -pl server -am test-compile) >&2
work="$out/jmh-score"; rm -rf "$work"; mkdir -p "$work"
sample_champion "$out/sample-models"
sample_leads 0 1000 "$work/leads.json"

jar_of() { find "$HOME/.m2/repository/$1" -name "$2-*.jar" ! -name '*-sources.jar' | sort -V | tail -1; }
cp="$root/server/target/test-classes:$root/server/target/propensity.jar"
cp="$cp:$(jar_of org/openjdk/jmh/jmh-core jmh-core):$(jar_of net/sf/jopt-simple/jopt-simple jopt-simple):$(jar_of org/apache/commons/commons-math3 commons-math3)"

java -cp "$cp" org.openjdk.jmh.Main ScoringBenchmark \
  -jvmArgsAppend "-Dpropensity.bench.models=$out/sample-models -Dpropensity.bench.leads=$work/leads.json -Dpropensity.bench.rules=$root/datasets/sample-rules.txt" \
  $([ "${GC:-0}" = 1 ] && echo "-prof gc") -rf json -rff "$work/jmh.json" "$@" | tee "$work/jmh.log"

table="$work/table.md"
{
  echo "### In-process scoring with JMH: ns per lead, sample champion, 1,000 real leads cycled, one run"
  echo
  machine_line
  echo "JMH $(basename "$(jar_of org/openjdk/jmh/jmh-core jmh-core)" .jar | sed 's/jmh-core-//'), mode avgt, settings: see below; one thread."
  echo
  echo "| benchmark | what it covers | ns per lead | ± (99.9 % CI) | error % | leads/s on one thread | bytes per lead |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  "$PY" - "$work/jmh.json" <<'PYEOF'
import json, sys
what = {
    "probability": "`PropensityModel.probability(LeadValues)`: encode + dot product",
    "explain": "`PropensityModel.explain(LeadValues)`: encode + per-field contributions",
    "fullAnswer": "server path: parse request bytes, `LeadScorer.score` (5 reasons with sentences, every contribution, warnings, grades), stream the answer",
    "fullAnswerWithoutGrades": "the same, version without its grading",
    "fullAnswerFieldByField": "the same as fullAnswer, every contribution and reason item written field by field (before the kept items)",
    "fullAnswerByMapper": "the same as fullAnswer, answer serialised by the mapper (the server before issue 13)",
}
runs = json.load(open(sys.argv[1]))
for r in runs:
    name = r["benchmark"].rsplit(".", 1)[1]
    m = r["primaryMetric"]
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    shown = f"{alloc:,.0f}" if alloc is not None else "(GC=1)"
    err = m["scoreError"] if isinstance(m["scoreError"], (int, float)) else float("nan")  # "NaN" with one iteration
    err_shown = f"{err:,.0f}" if err == err else "n/a"
    pct_shown = f"{100 * err / m['score']:.0f}" if err == err else "n/a"
    print(f"| {name} | {what.get(name, '')} | {m['score']:,.0f} | {err_shown} | {pct_shown} | {1e9 / m['score']:,.0f} | {shown} |")
settings = runs[0]
print()
print(f"- forks {settings['forks']}, warm-up {settings['warmupIterations']} × {settings['warmupTime']}, "
      f"measurement {settings['measurementIterations']} × {settings['measurementTime']}, JVM {settings['jvm']} {settings['vmVersion']}")
PYEOF
} >"$table"
save_results jmh-score "$table"
