#!/usr/bin/env bash
# Wall time of each notebook in notebooks/ executed headless (jupyter nbconvert --execute) on the propensity-java
# kernel, on the bundled sample: kernel start, JShell compiling every snippet against the project's jar, the
# notebook's own work (training, bootstrap, charts). Also the same for a one-cell notebook, the fixed cost of a run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_java
build
[ -f "$root/notebook-kernel/target/propensity-kernel.jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package) >&2
jp="$out/notebooks/jupyter"
rm -rf "$out/notebooks" && mkdir -p "$jp" "$out/notebooks/runs"
bash "$root/notebooks/install-kernel.sh" --no-build --dir "$jp" >&2
"$PY" - "$out/notebooks/one-cell.ipynb" <<'PY'
import nbformat, sys
nb = nbformat.v4.new_notebook()
nb.metadata["kernelspec"] = {"name": "propensity-java", "display_name": "Java (Propensity)", "language": "java"}
nb.cells = [nbformat.v4.new_code_cell("1 + 1")]
nbformat.write(nb, sys.argv[1])
PY
table="| notebook | wall s |
| --- | --- |"
for nb in "$out/notebooks/one-cell.ipynb" "$root"/notebooks/*.ipynb; do
  start=$(date +%s.%N)
  (cd "$(dirname "$nb")" && JUPYTER_PATH="$jp" JUPYTER_RUNTIME_DIR="$out/notebooks" /usr/bin/jupyter nbconvert --to notebook \
     --execute --ExecutePreprocessor.timeout=600 --output-dir "$out/notebooks/runs" "$nb" >/dev/null 2>&1)
  end=$(date +%s.%N)
  table="$table
| $(basename "$nb") | $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') |"
done
load=$(cut -d' ' -f1-3 /proc/loadavg)
report="# notebooks.sh, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $load at the end

$table"
echo "$report" | tee "$results/notebooks.md"
