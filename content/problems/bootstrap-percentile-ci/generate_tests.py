"""Writes tests.yaml for bootstrap-percentile-ci: hand-made cases plus seeded random ones.

Expected values use exact fractions: each resample mean is an exact rational, the means are
sorted, and the two percentiles are interpolated exactly at positions (B - 1) * alpha / 2 and
(B - 1) * (1 - alpha / 2); only the final results are rounded to floats.
"""
import json
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(1979)


def percentile(sorted_vals, q):
    h = (len(sorted_vals) - 1) * q
    lo = int(h)  # h >= 0
    if lo + 1 >= len(sorted_vals):
        return sorted_vals[-1]
    return sorted_vals[lo] + (h - lo) * (sorted_vals[lo + 1] - sorted_vals[lo])


def ci(data, resamples, alpha):
    fd = [Fraction(x) for x in data]
    means = sorted(sum(fd[i] for i in idx) / len(idx) for idx in resamples)
    a = Fraction(alpha)
    return [float(percentile(means, a / 2)), float(percentile(means, 1 - a / 2))]


def random_case(n, b, alpha, skew=False):
    if skew:
        data = [round(rnd.expovariate(0.1), 3) for _ in range(n)]
    else:
        data = [round(rnd.gauss(50, 10), 3) for _ in range(n)]
    resamples = [[rnd.randrange(n) for _ in range(n)] for _ in range(b)]
    return data, resamples, alpha


visible = [
    ([1.0, 2.0, 3.0, 10.0], [[0, 1, 2, 3], [0, 0, 1, 1], [3, 3, 2, 1], [2, 2, 2, 2], [0, 3, 0, 3]], 0.5),
    ([4.0, 8.0], [[0, 0], [0, 1], [1, 1]], 0.1),
    ([5.0, 1.0, 3.0], [[0, 1, 2]], 0.05),
]
hidden = [
    ([7.0], [[0], [0], [0]], 0.05),                             # n = 1: every mean is 7
    ([1.0, 100.0], [[0, 0], [1, 1]], 0.0001),                    # two means, alpha tiny
    ([1.0, 2.0], [[1, 1], [0, 0], [0, 1], [1, 0]], 0.5),         # duplicated means, unsorted input
    ([-5.0, 5.0, 0.0], [[0, 1, 2], [0, 0, 0], [1, 1, 1], [2, 2, 2], [0, 2, 2]], 0.2),   # negative data
    ([0.1, 0.2, 0.3, 0.4], [[0, 1, 2, 3]] * 6, 0.05),            # identical resamples
    ([1e6, 1e6 + 1, 1e6 + 2], [[0, 1, 2], [2, 2, 1], [0, 0, 1], [1, 1, 1]], 0.5),
]
hidden += [random_case(10, 20, 0.1), random_case(30, 200, 0.05, skew=True), random_case(25, 400, 0.05),
           random_case(40, 500, 0.01, skew=True)]

lines = ["# Written by generate_tests.py beside this file (exact fractions, linear interpolation).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for data, resamples, alpha in cases:
        lines += [f"  - args: [{json.dumps(data)}, {json.dumps(resamples, separators=(',', ':'))}, {alpha!r}]",
                  f"    expected: {json.dumps(ci(data, resamples, alpha))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
