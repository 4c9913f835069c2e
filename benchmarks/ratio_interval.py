#!/usr/bin/env python3
"""The mean of per-round ratios with a 95 % Student-t interval, in one sentence.

usage: ratio_interval.py RATIO [RATIO ...]
Rounds are taken as independent measurements of one ratio; the interval says how sure the mean is (it is wide
when the rounds disagree, and needs two rounds at least)."""
import math
import statistics
import sys

# Two-sided 95 % quantiles of Student's t for 1-30 degrees of freedom.
T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
       2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042]

ratios = [float(r) for r in sys.argv[1:]]
if len(ratios) < 2:
    print(f"one round ({ratios[0]:.3f}): no interval" if ratios else "no rounds")
    sys.exit(0)
mean = statistics.fmean(ratios)
half = T95[min(len(ratios) - 1, len(T95)) - 1] * statistics.stdev(ratios) / math.sqrt(len(ratios))
print(f"mean of the {len(ratios)} round ratios {mean:.3f}, 95 % interval {mean - half:.3f}-{mean + half:.3f}"
      f" (Student's t, {len(ratios) - 1} degrees of freedom).")
