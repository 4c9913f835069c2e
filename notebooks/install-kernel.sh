#!/usr/bin/env bash
# Installs what the notebooks need and registers the "Java (Propensity)" Jupyter kernel.
#   notebooks/install-kernel.sh                 Debian's jupyter + nbconvert + nbclient, build the jars, register
#                                               the kernel for this user (~/.local/share/jupyter/kernels)
#   notebooks/install-kernel.sh --dir D         register it under D/kernels instead (use D as JUPYTER_PATH)
#   notebooks/install-kernel.sh --no-build      use the jars already built (the tests do; they run inside Maven)
# The kernelspec points at this checkout's jars: notebook-kernel/target/propensity-kernel.jar runs the kernel and
# server/target/propensity.jar (every trainer and server class) is the cells' class path. Rebuild with
# ./mvnw -B -q -DskipTests package after changing the code; no reinstall is needed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}"
build=1
while [ "$#" -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "install-kernel.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

# fonts-dejavu-core: the charts are drawn with Java2D, which needs one font even headless.
bash "$root/.ci/ensure-tools" jupyter jupyter-nbconvert python3-nbclient fonts-dejavu-core

kernel_jar="$root/notebook-kernel/target/propensity-kernel.jar"
project_jar="$root/server/target/propensity.jar"
if [ "$build" -eq 1 ]; then
  (cd "$root" && ./mvnw -B -q -DskipTests package) >&2
fi
for jar in "$kernel_jar" "$project_jar"; do
  [ -f "$jar" ] || { echo "install-kernel.sh: $jar is missing; run ./mvnw -B -q -DskipTests package" >&2; exit 1; }
done

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
java="$(command -v "$java")" || { echo "install-kernel.sh: no java on PATH or in JAVA_HOME" >&2; exit 1; }
spec="$dir/kernels/propensity-java"
mkdir -p "$spec"
# JSON-escape the three paths (backslashes and quotes) so that any checkout folder works.
esc() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
cat > "$spec/kernel.json" <<JSON
{
  "argv": ["$(esc "$java")", "-Xmx2g", "-Djava.awt.headless=true",
           "-cp", "$(esc "$kernel_jar")", "dev.propensity.notebook.kernel.KernelMain",
           "--classpath", "$(esc "$project_jar")", "{connection_file}"],
  "display_name": "Java (Propensity)",
  "language": "java",
  "interrupt_mode": "message"
}
JSON
echo "registered kernel propensity-java in $spec"
