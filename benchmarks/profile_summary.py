#!/usr/bin/env python3
"""Compares async-profiler 'collapsed' files recorded with `event=cpu,interval=1ms,threads` (one line per stack:
"[thread];frame;...;frame count"), one per route, as markdown in microseconds of the core per request: a sample is
a millisecond of a core, so a route's samples times 1,000 over its requests is the core's time per request. Prints,
route by route side by side (with the last route minus the first): each thread's time, the time of labelled parts of
a request (a sample counts once for each part whose frame is on its stack), and the last route's top frames.

usage: profile_summary.py TOP NAME=FILE=REQUESTS [NAME=FILE=REQUESTS ...]"""
import collections
import re
import sys

PARTS = [  # (label, text of a frame that marks it)
    ("HTTP request handling on Jetty's threads (all of it)", "HttpConnection.onFillable"),
    ("the bare route's handler (all of it)", "BareBenchServer"),
    ("the score route's handler (all of it)", "ScoreHandler.handle"),
    ("  reading and parsing the body", "http/JsonBody.read"),
    ("  scoring: explanation, grades, persona", "LeadScorer.score"),
    ("  writing the answer", "ScoreAnswerWriter.writeTo"),
    ("  handing the score to the score log", "ScoreLog.record"),
    ("API key check", "Authenticator"),
    ("request observer (id, metrics, access-log entry)", "RequestObserver"),
    ("socket writes (the kernel's loopback delivery included)", "EndPoint.flush"),
    ("socket reads", "SocketChannelEndPoint.fill"),
    ("yield after the response", "YieldAfterResponse"),
    ("score log writer thread (SQLite inserts and commits)", "ScoreLogWriter.run"),
    ("  of which commits", "SQLiteConnection.commit"),
    ("access log thread", "AccessLog.run"),
]


class Profile:
    def __init__(self, name, path, requests):
        self.name, self.requests = name, requests
        self.total = 0
        self.threads, self.parts, self.tops = collections.Counter(), collections.Counter(), collections.Counter()
        for line in open(path):
            stack, count = line.rstrip("\n").rsplit(" ", 1)
            count = int(count)
            frames = stack.split(";")
            self.total += count
            self.threads[re.sub(r"\d+", "N", frames[0]).strip("[]")] += count
            for label, marker in PARTS:
                if any(marker in f for f in frames):
                    self.parts[label] += count
            self.tops[frames[-1]] += count

    def micros(self, samples):
        return 1000.0 * samples / self.requests if self.requests else float("nan")


def table(title, rows, profiles, counter_of):
    names = " | ".join(f"{p.name} µs" for p in profiles)
    print(f"| {title} | {names} | {profiles[-1].name} - {profiles[0].name} µs |")
    print("|---|" + "---:|" * (len(profiles) + 1))
    for row in rows:
        values = [p.micros(counter_of(p)[row]) for p in profiles]
        cells = " | ".join(f"{v:.1f}" for v in values)
        print(f"| {row} | {cells} | {values[-1] - values[0]:+.1f} |")


def main():
    top = int(sys.argv[1])
    profiles = []
    for spec in sys.argv[2:]:
        name, path, requests = spec.split("=")
        profiles.append(Profile(name, path, int(requests)))
    if not profiles or any(p.total == 0 for p in profiles):
        print("(no samples)")
        return
    print("| route | requests | samples (1 ms each) | core µs per request |\n|---|---:|---:|---:|")
    for p in profiles:
        print(f"| {p.name} | {p.requests:,} | {p.total:,} | {p.micros(p.total):.1f} |")
    print()
    threads = sorted({t for p in profiles for t, _ in p.threads.most_common(8)},
                     key=lambda t: -profiles[-1].threads[t])
    table("thread", threads, profiles, lambda p: p.threads)
    print()
    table("part", [label for label, _ in PARTS], profiles, lambda p: p.parts)
    last = profiles[-1]
    print(f"\n| frame on top of the stack, {last.name} | µs per request |\n|---|---:|")
    for frame, count in last.tops.most_common(top):
        print(f"| `{frame}` | {last.micros(count):.2f} |")


if __name__ == "__main__":
    main()
