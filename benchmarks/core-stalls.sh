#!/usr/bin/env bash
# Whether the machine itself stalls a core for milliseconds (issue 13's pinned p99 floor): on each core at once, one
# thread at a real-time priority that no ordinary thread can preempt (taskset -c N chrt -f 1) spins reading the
# clock for DURATION seconds and counts the gaps between two reads by length (benchmarks/CoreStalls.java, interpreted so that
# no JIT compilation runs on the core). A gap of a millisecond or more is time the core did not run the spinner at
# all: an interrupt's work or the hypervisor running something else on the virtual CPU. Run it on an idle machine.
#
# usage: benchmarks/core-stalls.sh     (DURATION=40: seconds of spinning per core)
# Needs: java 17, taskset, chrt (util-linux), root or CAP_SYS_NICE for the real-time priority.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need taskset chrt
need_java
SECONDS_TO_SPIN="${DURATION:-40}"
work="$out/core-stalls"; rm -rf "$work"; mkdir -p "$work"
cores=$(($(nproc) - 1))
for core in $(seq 0 "$cores"); do
  taskset -c "$core" chrt -f 1 java -Xint "$root/benchmarks/CoreStalls.java" "$SECONDS_TO_SPIN" >"$work/core-$core.tsv" &
done
wait
table="$work/table.md"
{
  echo "### Gaps in a real-time spinning thread, every core at once (the machine's own stalls)"
  echo
  machine_line
  echo "Each core: one thread at \`chrt -f 1\` spinning on \`System.nanoTime()\`, ${SECONDS_TO_SPIN} windows of 900 ms (100 ms rests keep the"
  echo "kernel's real-time throttling out); gaps per second of spinning by length, and the share of the spun time they took."
  echo
  printf '| gap |'; for core in $(seq 0 "$cores"); do printf ' core %s gaps/s | core %s time lost |' "$core" "$core"; done; echo
  printf '|---|'; for _ in $(seq 0 "$cores"); do printf -- '---:|---:|'; done; echo
  paste $(for core in $(seq 0 "$cores"); do echo "$work/core-$core.tsv"; done) | awk -F'\t' '
    $1 == "longest" { printf "| longest gap |"; for (i = 2; i <= NF; i += 2) printf " %s ms | |", $i; print ""; next }
    { printf "| %s |", $1; for (i = 1; i <= NF; i += 4) printf " %s | %s %% |", $(i + 2), $(i + 3); print "" }'
} >"$table"
save_results core-stalls "$table"
