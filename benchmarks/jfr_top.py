#!/usr/bin/env python3
"""Top hot spots of a JFR recording from `jfr print --events jdk.ExecutionSample --stack-depth 96 FILE`.

usage: jfr print --events jdk.ExecutionSample --stack-depth 96 rec.jfr | jfr_top.py [N]
Prints a markdown table of the N methods most often on top of the stack (self) and of the N methods most
often anywhere on the stack (inclusive, each method counted once per sample)."""
import collections
import re
import sys

top_n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
frame = re.compile(r"^\s+([\w$.<>\[\]/]+)\(.*\)\s+line:")
self_counts, incl_counts, samples = collections.Counter(), collections.Counter(), 0
stack = None
for line in sys.stdin:
    if line.strip() == "stackTrace = [":
        stack = []
    elif stack is not None and line.strip() == "]":
        if stack:
            samples += 1
            self_counts[stack[0]] += 1
            for m in set(stack):
                incl_counts[m] += 1
        stack = None
    elif stack is not None:
        m = frame.match(line)
        if m:
            stack.append(m.group(1))
if samples == 0:
    print("(no execution samples)")
    sys.exit(0)
print(f"{samples} execution samples")
print()
print("| self % | method (top of stack) |")
print("|---:|---|")
for m, c in self_counts.most_common(top_n):
    print(f"| {100 * c / samples:.1f} | `{m}` |")
print()
print("| inclusive % | method (anywhere on the stack; Jetty/Javalin dispatch frames left out) |")
print("|---:|---|")
shown = 0
for m, c in incl_counts.most_common():
    # The Jetty/Javalin/servlet dispatch chain is on nearly every stack and says nothing; leave it out.
    if m.startswith(("java.lang.Thread.run", "java.util.concurrent.ThreadPoolExecutor", "org.eclipse.jetty.",
                     "io.javalin.", "jakarta.servlet.", "kotlin.jvm.")):
        continue
    print(f"| {100 * c / samples:.1f} | `{m}` |")
    shown += 1
    if shown == top_n * 2:
        break
