#!/usr/bin/env python3
"""Summarises `perf sched timehist` output of one core (the pinned server's) as markdown: who held the core, in
runs of what length, how long the HTTP threads waited for it once woken (their scheduling delay), and, for the
HTTP threads' waits over WAIT_MS, who ran on the core meanwhile. With a safepoint log (-Xlog:safepoint, uptime
decorations) and the JVM's start on the same clock, it adds the safepoints that fell in the window.

usage: sched_summary.py TIMEHIST.txt LABEL [SAFEPOINT_LOG JVM_START_S WINDOW_FROM_S WINDOW_TO_S]"""
import collections
import re
import sys

WAIT_MS = 3.0
LINE = re.compile(r"\s*(\d+\.\d+)\s+\[\d+\]\s+(.*?)\s+(\d+\.\d+)\s+(\d+\.\d+)\s+(\d+\.\d+)\s*$")


def group(task):
    """A thread's kind: perf's name without the ids and numbers (JettyServerThre[123/45] -> JettyServerThre)."""
    name = re.sub(r"\[\d+(/\d+)?\]", "", task).strip()
    return re.sub(r"\d+", "N", name) or "?"


def bucket(ms):
    for limit in (1, 3, 5, 10):
        if ms < limit:
            return limit
    return None


def label(limit):
    return {1: "< 1 ms", 3: "1-3 ms", 5: "3-5 ms", 10: "5-10 ms", None: ">= 10 ms"}[limit]


# rows: (switch-out time s, task, sleep before wake-up ms, scheduling delay ms, run time ms)
rows = []
for line in open(sys.argv[1]):
    m = LINE.match(line)
    if m:
        rows.append((float(m.group(1)), m.group(2), float(m.group(3)), float(m.group(4)), float(m.group(5))))
if not rows:
    print("(no scheduling events)")
    sys.exit(0)
span = rows[-1][0] - rows[0][0]
print(f"#### {sys.argv[2]}\n")
print(f"{len(rows):,} context switches on the server's core in {span:.1f} s.\n")

run = collections.Counter()
for _, task, _, _, ran in rows:
    run[group(task)] += ran
total = sum(run.values())
runs_by = collections.defaultdict(collections.Counter)
for _, task, _, _, ran in rows:
    runs_by[group(task)][bucket(ran)] += ran
limits = [1, 3, 5, 10, None]
print("| thread | share of the core | " + " | ".join(f"time in runs {label(l)}" for l in limits) + " |")
print("|---|---:|" + "---:|" * len(limits))
for name, ms in run.most_common(6):
    shares = " | ".join(f"{100 * runs_by[name][l] / ms:.0f} %" if ms else "-" for l in limits)
    print(f"| {name} | {100 * ms / total:.1f} % | {shares} |")

http = [r for r in rows if r[1].startswith("JettyServerThre") or r[1].startswith("qtp")]
delays = collections.Counter(bucket(r[3]) for r in http)
print("\nHTTP threads' scheduling delay (from being woken to running), per wake-up:\n")
print("| delay | wake-ups | share |\n|---|---:|---:|")
for l in limits:
    print(f"| {label(l)} | {delays[l]:,} | {100 * delays[l] / max(1, len(http)):.2f} % |")

held = collections.Counter()
long_waits = [r for r in http if r[3] > WAIT_MS]
for t, task, _, delay, ran in long_waits:
    hi = t - ran / 1000
    lo = hi - delay / 1000
    for t2, task2, _, _, ran2 in rows:
        start2 = t2 - ran2 / 1000
        overlap = min(hi, t2) - max(lo, start2)
        if overlap > 0:
            held[group(task2)] += overlap * 1000
if long_waits:
    waited = sum(r[3] for r in long_waits)
    print(f"\nWhile an HTTP thread waited more than {WAIT_MS:.0f} ms for the core ({len(long_waits)} times, "
          f"{waited:.0f} ms in all), the core ran:\n")
    print("| thread | ms | share |\n|---|---:|---:|")
    for name, ms in held.most_common(6):
        print(f"| {name} | {ms:.0f} | {100 * ms / max(1e-9, sum(held.values())):.0f} % |")

if len(sys.argv) > 6:
    start, lo, hi = float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
    stops = []
    for line in open(sys.argv[3]):
        m = re.match(r'\[(\d+\.\d+)s\].*Safepoint "(\w+)".*At safepoint: (\d+) ns, Total: (\d+) ns', line)
        if m and lo <= start + float(m.group(1)) <= hi:
            stops.append((m.group(2), int(m.group(4)) / 1e6))
    if stops:
        kinds = collections.defaultdict(list)
        for kind, ms in stops:
            kinds[kind].append(ms)
        print(f"\nSafepoints in the window (every Java thread stopped; native threads such as SQLite's keep the core):\n")
        print("| operation | count | median ms | max ms | total ms |\n|---|---:|---:|---:|---:|")
        for kind, d in sorted(kinds.items(), key=lambda kv: -sum(kv[1])):
            d.sort()
            print(f"| {kind} | {len(d)} | {d[len(d) // 2]:.2f} | {d[-1]:.2f} | {sum(d):.1f} |")
print()
