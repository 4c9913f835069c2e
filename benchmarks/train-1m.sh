#!/usr/bin/env bash
# Training benchmark on 1,000,000 synthetic leads (seed 7), in one run:
#   (a) `propensity train` (Tribuo logistic regression, schema-driven features) with an explicit heap,
#       into a throwaway registry with --no-promote;
#   (b) scikit-learn LogisticRegression (lbfgs, C=1) via benchmarks/sklearn_train_1m.py on the same files,
#       same feature columns, same survey left-join, same time split (last 20 % by created_date).
# Both under /usr/bin/time -v (wall clock, max RSS, CPU); the test ROC AUC of each is reported.
# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE (set on some machines for old OpenBLAS builds) are unset together for
# the sklearn command only; the script prints which BLAS kernel threadpoolctl then sees.
#
# usage: benchmarks/train-1m.sh
#   JAVA_OPTS_LIST='-Xmx2g -XX:+UseParallelGC|...'  JVM settings to compare ('|'-separated); by default the
#     launcher's options for train (-Xms1536m -Xmx2g -Xmn384m: an old generation large enough from the start for
#     what stays live, so ParallelGC needs no full collection), and the former -Xms1g -Xmx2g and -Xmx2g alone
#   REUSE_DATA=1   keep benchmarks/out/leads-1m if it is already there instead of regenerating it
# Needs: java 17, /usr/bin/time, Debian's python3-sklearn and python3-pandas
#   (apt-get install time python3-sklearn python3-pandas).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need_java
[ -x /usr/bin/time ] || { echo "missing /usr/bin/time; install with: sudo apt-get install time" >&2; exit 2; }
need_python_modules sklearn pandas threadpoolctl
JAVA_OPTS_LIST="${JAVA_OPTS_LIST:--Xms1536m -Xmx2g -Xmn384m -XX:+UseParallelGC|-Xms1g -Xmx2g -XX:+UseParallelGC|-Xmx2g -XX:+UseParallelGC}"

build
data="$out/leads-1m"
work="$out/train-1m"; rm -rf "$work"; mkdir -p "$work"
if [ "${REUSE_DATA:-0}" = 1 ] && [ -f "$data/opportunities.csv" ] && [ -f "$data/surveys.csv" ]; then
  echo "reusing $data"
  gen_line="reused existing benchmarks/out/leads-1m (REUSE_DATA=1)"
else
  rm -rf "$data"
  echo "== generating 1,000,000 leads (seed 7) into $data"
  /usr/bin/time -v "$root/propensity" generate --leads 1000000 --seed 7 --out "$data" >"$work/generate.log" 2>&1 \
    || { cat "$work/generate.log" >&2; exit 1; }
  gen_line="generated with \`propensity generate --leads 1000000 --seed 7\` in $(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/generate.log")"
fi

wall() { awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f MiB", $2 / 1024 }' "$1"; }
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.0f s", u + s }' "$1"; }

table="$work/table.md"
{
  echo "### Training on 1,000,000 leads: propensity train vs scikit-learn, same files, same split, same run"
  echo
  machine_line
  echo "Data: $gen_line; 800,000 train / 200,000 test rows (last 20 % by created_date). Measured with /usr/bin/time -v, one after the other."
  echo
  echo "| trainer | settings | wall clock | CPU (user+sys) | max RSS | test ROC AUC |"
  echo "|---|---|---:|---:|---:|---:|"
} >"$table"

i=0
IFS='|' read -r -a opts_list <<<"$JAVA_OPTS_LIST"
for opts in "${opts_list[@]}"; do
  i=$((i + 1))
  echo "== propensity train with PROPENSITY_JAVA_OPTS='$opts'"
  rm -rf "$work/models-$i"
  PROPENSITY_JAVA_OPTS="$opts" /usr/bin/time -v "$root/propensity" train --schema "$root/datasets/synthetic.schema.json" \
    --data "$data/opportunities.csv" --survey "$data/surveys.csv" --models "$work/models-$i" --no-promote \
    >"$work/train-$i.log" 2>&1 || { cat "$work/train-$i.log" >&2; exit 1; }
  grep -E '^(trained|test|base) ' "$work/train-$i.log"
  auc="$(awk '/^test +ROC AUC/ { print $4 }' "$work/train-$i.log")"
  echo "| propensity train (Tribuo SGD, epochs by data size: 3 here; includes report.html and publishing) | \`PROPENSITY_JAVA_OPTS='$opts'\` | $(wall "$work/train-$i.log") | $(cpu "$work/train-$i.log") | $(rss "$work/train-$i.log") | $auc |" >>"$table"
done

echo "== scikit-learn (OPENBLAS_CORETYPE='${OPENBLAS_CORETYPE:-}' OPENBLAS_L2_SIZE='${OPENBLAS_L2_SIZE:-}' in this shell; unset for this command)"
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/time -v "$PY" "$root/benchmarks/sklearn_train_1m.py" \
  "$root/datasets/synthetic.schema.json" "$data/opportunities.csv" "$data/surveys.csv" >"$work/sklearn.log" 2>&1 \
  || { cat "$work/sklearn.log" >&2; exit 1; }
grep -vE '^\s' "$work/sklearn.log"
sk_auc="$(awk '/^SKLEARN_TEST_AUC/ { print $2 }' "$work/sklearn.log")"
echo "| scikit-learn LogisticRegression (lbfgs, C=1) | pandas read_csv + left join, one-hot + standardised | $(wall "$work/sklearn.log") | $(cpu "$work/sklearn.log") | $(rss "$work/sklearn.log") | $sk_auc |" >>"$table"
{
  echo
  echo "- sklearn detail: $(grep '^rows' "$work/sklearn.log"); $(grep '^phases' "$work/sklearn.log")"
  echo "- BLAS: in the calling shell OPENBLAS_CORETYPE='${OPENBLAS_CORETYPE:-(unset)}', OPENBLAS_L2_SIZE='${OPENBLAS_L2_SIZE:-(unset)}'; both unset for the sklearn command only (\`env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE\`); threadpoolctl inside it: $(sed -n 's/.*threadpoolctl: //p' "$work/sklearn.log")"
  echo "- Feature handling differs by design: propensity's pipeline log-transforms sizes and counts, groups rare levels and adds a no-survey flag; the sklearn pipeline is the plain one-hot + standardise baseline."
} >>"$table"
save_results train-1m "$table"
