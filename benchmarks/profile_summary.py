#!/usr/bin/env python3
"""Summarises an async-profiler 'collapsed' file recorded with the `threads` option (one line per stack:
"[thread];frame;...;frame count") as markdown: each thread's share of the samples, the share of labelled parts of
the score route (a sample counts once for each part whose frame is on its stack), and the frames most often on top.

usage: profile_summary.py FILE.collapsed [TOP]"""
import collections
import re
import sys

PARTS = [  # (label, text of a frame that marks it)
    ("HTTP request handling on Jetty's threads (all of it)", "HttpConnection.onFillable"),
    ("the score route's handler (all of it)", "ScoreHandler.handle"),
    ("  reading and parsing the body", "http/JsonBody.read"),
    ("  scoring: explanation, grades, persona", "LeadScorer.score"),
    ("  writing the answer", "ScoreAnswerWriter.writeTo"),
    ("  handing the score to the score log", "ScoreLog.record"),
    ("API key check", "Authenticator"),
    ("request observer (id, metrics, access-log entry)", "RequestObserver"),
    ("socket writes (the kernel's loopback delivery included)", "EndPoint.flush"),
    ("socket reads", "SocketChannelEndPoint.fill"),
    ("score log writer thread (SQLite inserts and commits)", "ScoreLogWriter.run"),
    ("access log thread", "AccessLog.run"),
]

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
total = 0
threads, parts, tops = collections.Counter(), collections.Counter(), collections.Counter()
for line in open(path):
    stack, count = line.rstrip("\n").rsplit(" ", 1)
    count = int(count)
    frames = stack.split(";")
    total += count
    threads[re.sub(r"\d+", "N", frames[0])] += count
    for label, marker in PARTS:
        if any(marker in f for f in frames):
            parts[label] += count
    tops[frames[-1]] += count
if total == 0:
    print("(no samples)")
    sys.exit(0)
print(f"{total:,} samples.\n")
print("| thread | share |\n|---|---:|")
for name, count in threads.most_common(8):
    print(f"| {name.strip('[]')} | {100 * count / total:.1f} % |")
print("\n| part | share |\n|---|---:|")
for label, _ in PARTS:
    print(f"| {label} | {100 * parts[label] / total:.1f} % |")
print("\n| frame on top of the stack | share |\n|---|---:|")
for frame, count in tops.most_common(top):
    print(f"| `{frame}` | {100 * count / total:.1f} % |")
