#!/usr/bin/env python3
"""Where the HTTP threads waited, from `jfr print --json --events jdk.ThreadPark,jdk.JavaMonitorWait,jdk.JavaMonitorEnter`.

usage: waits_summary.py EVENTS.json FROM TO [N]
Keeps the events of threads named JettyServerThreadPool* that started between FROM and TO (seconds since the epoch,
as `date +%s.%N` prints them), leaves out the idle pool's own waits (a thread with no request to serve), and prints a
markdown table of the N wait sites (the top frames of the stack) by total time: count, total, longest."""
import collections
import datetime
import json
import re
import sys

IDLE = ("QueuedThreadPool$Runner.idleJobPoll", "ReservedThreadExecutor$ReservedThread.reservedWait",
        "ManagedSelector.nioSelect", "ServerSocketChannelImpl.accept")


def seconds(iso_duration):
    m = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?", iso_duration)
    h, mi, s = (float(g) if g else 0.0 for g in m.groups())
    return h * 3600 + mi * 60 + s


def epoch(text):
    """An event's startTime (ISO-8601, an offset or Z, up to nanoseconds) in seconds since the epoch."""
    m = re.fullmatch(r"(.*?)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)", text)
    whole = datetime.datetime.fromisoformat(m.group(1) + ("+00:00" if m.group(3) == "Z" else m.group(3)))
    return whole.timestamp() + (float("0." + m.group(2)) if m.group(2) else 0.0)


def frame_names(frames):
    """Each frame as Class.method, the class without its package."""
    return [f["method"]["type"]["name"].split("/")[-1] + "." + f["method"]["name"] for f in frames]


def site(names):
    # Skip the JDK's waiting machinery to the first frame that says who waited.
    keep = [n for n in names if not re.match(r"(Unsafe|LockSupport|AbstractQueuedSynchronizer.*|Object|"
                                             r"ConditionObject|ReentrantLock.*|SynchronousQueue.*)\.", n)]
    return " < ".join(keep[:3]) if keep else " < ".join(names[:3])


events = json.load(open(sys.argv[1]))["recording"]["events"]
start_from, start_to = float(sys.argv[2]), float(sys.argv[3])
top_n = int(sys.argv[4]) if len(sys.argv) > 4 else 10
sites = collections.defaultdict(lambda: [0, 0.0, 0.0])
for e in events:
    v = e["values"]
    thread = (v.get("eventThread") or {}).get("javaName") or ""
    if not thread.startswith("JettyServerThreadPool"):
        continue
    at = epoch(v["startTime"])
    if not start_from <= at <= start_to:
        continue
    names = frame_names((v.get("stackTrace") or {}).get("frames") or [])
    if any(name in IDLE for name in names):
        continue
    s = sites[(e["type"].replace("jdk.", ""), site(names))]
    took = seconds(v["duration"])
    s[0] += 1
    s[1] += took
    s[2] = max(s[2], took)
rows = sorted(sites.items(), key=lambda kv: -kv[1][1])[:top_n]
print("| event | where (top frames) | waits | total ms | longest ms |")
print("|---|---|---:|---:|---:|")
for (kind, where), (n, total, longest) in rows:
    print(f"| {kind} | `{where}` | {n:,} | {total * 1000:,.0f} | {longest * 1000:.1f} |")
if not rows:
    print("| (none of 2 ms or more outside the idle pool) | | | | |")
