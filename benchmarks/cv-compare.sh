#!/usr/bin/env bash
# Accuracy with intervals: Propensity against scikit-learn LogisticRegression and HistGradientBoosting on the
# same 5 stratified cross-validation folds (seed 42), on the real data sets in ../shared/datasets and on synthetic
# exports of 500, 5,000 and 50,000 leads. Propensity writes the folds and its out-of-fold probabilities
# (`evaluate --folds 5 --predictions-out`); sklearn_same_folds.py trains both baselines on the same folds and
# prints pooled out-of-fold AUC with DeLong's 95 % interval, the folds' mean ± sd, and the paired DeLong
# difference Propensity - HistGradientBoosting on the same leads. Writes benchmarks/results/cv-compare.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bash "$root/.ci/ensure-tools" python3-sklearn python3-pandas
need_java
shared="${PROPENSITY_SHARED_DATASETS:-$(cd "$root/.." && pwd)/shared/datasets}"
[ -d "$shared" ] || shared=/work/shared/datasets
work="$out/cv-compare"; mkdir -p "$work"
# PROPENSITY_CMD runs a fixed build (such as "java -jar copy.jar") while the checkout's sources change.
read -r -a propensity <<< "${PROPENSITY_CMD:-$root/propensity}"
table="$results/cv-compare.md"

# schema_at SCHEMA DATA [SURVEY] -> a copy of SCHEMA whose data (and survey) point at absolute paths
schema_at() {
  "$PY" - "$1" "$2" "${3:-}" "$4" <<'PY'
import json, sys
schema = json.load(open(sys.argv[1]))
schema["data"] = sys.argv[2]
if sys.argv[3]:
    schema["survey"]["file"] = sys.argv[3]
json.dump(schema, open(sys.argv[4], "w"), indent=1)
PY
}

run() { # NAME SCHEMA LABEL
  local name="$1" schema="$2" label="$3"
  echo "== $label" >&2
  "${propensity[@]}" evaluate --schema "$schema" --folds 5 --split stratified --seed 42 \
      --predictions-out "$work/$name.folds.csv" | tee "$work/$name.propensity.txt" >&2
  "$PY" "$root/benchmarks/sklearn_same_folds.py" "$schema" "$work/$name.folds.csv" "$label" | tee -a "$table.tmp"
}

{
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start."
  echo
  echo "| data | leads | Propensity (logistic) | scikit-learn LogisticRegression | scikit-learn HistGradientBoosting | Propensity - boosting (paired DeLong) |"
  echo "| --- | --- | --- | --- | --- | --- |"
} > "$table.tmp"
schema_at "$root/datasets/leads_xeducation.schema.json" "$shared/leads_xeducation/Leads.csv" "" "$work/leads.schema.json"
run leads "$work/leads.schema.json" "Leads.csv (sales-filled columns excluded)"
schema_at "$root/datasets/bank_full.schema.json" "$shared/bank_marketing/bank-full.csv" "" "$work/bank.schema.json"
run bank "$work/bank.schema.json" "bank-full.csv (no duration)"
for n in 500 5000 50000; do
  "${propensity[@]}" generate --leads "$n" --seed 7 --out "$work/synthetic-$n" >/dev/null
  schema_at "$root/datasets/synthetic.schema.json" "$work/synthetic-$n/opportunities.csv" \
      "$work/synthetic-$n/surveys.csv" "$work/synthetic-$n.schema.json"
  run "synthetic-$n" "$work/synthetic-$n.schema.json" "synthetic, $n leads"
done
echo >> "$table.tmp"
echo "Load average $(cut -d' ' -f1-3 /proc/loadavg) at the end." >> "$table.tmp"
mv "$table.tmp" "$table"
cat "$table"
