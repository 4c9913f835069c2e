#!/usr/bin/env bash
# Accuracy benchmark: Propensity against scikit-learn on the real data sets, on exactly the same split
# (stratified 80/20, seed 42), with the leaky columns excluded by the schemas in datasets/.
# Needs Debian's python3-sklearn (apt-get install python3-sklearn python3-pandas); run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/benchmarks/out"; mkdir -p "$out"
py=/usr/bin/python3
for schema in leads_xeducation bank_full; do
  "$root/propensity" evaluate --schema "$root/datasets/$schema.schema.json" --split stratified --seed 42 \
      --predictions-out "$out/$schema.split.csv"
  "$py" "$root/benchmarks/sklearn_same_split.py" "$root/datasets/$schema.schema.json" "$out/$schema.split.csv"
done
