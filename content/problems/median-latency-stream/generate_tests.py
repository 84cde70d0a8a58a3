"""Writes tests.yaml for median-latency-stream. Expected medians come from keeping the prefix
sorted with bisect.insort (a sorted list, not heaps) and reading the middle, independent of
the two-heap reference solutions."""
import bisect
import json
import random
from pathlib import Path

rnd = random.Random(77)


def expected(values):
    seen, out = [], []
    for x in values:
        bisect.insort(seen, x)
        m = len(seen)
        if m % 2:
            out.append(float(seen[m // 2]))
        else:
            out.append((seen[m // 2 - 1] + seen[m // 2]) / 2)
    return out


def fmt(x):
    return str(int(x)) if x == int(x) else repr(x)


visible = [
    [40, 10, 30, 20],
    [5, 5, 8, -3, 7],
    [1, 2],
]
hidden = [
    [],
    [7],
    [-1000000000, 1000000000, 1000000000, 1000000000],
    [1000000000, 999999999],
    [-5, -5, -5, -5],
    list(range(10, 0, -1)),                    # strictly decreasing
    list(range(1, 11)),                        # strictly increasing
    [0, 100, 0, 100, 0, 100, 0, 100],
    [rnd.randint(-20, 20) for _ in range(30)],
    [rnd.randint(-10**9, 10**9) for _ in range(300)],
    [rnd.randint(0, 50) for _ in range(2000)],
]
# Large: 12,000 values; the Python brute force (sorted prefix each time) needs about 10^9 steps.
hidden.append([rnd.randint(0, 999) for _ in range(12000)])

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for values in group:
        exp = "[" + ",".join(fmt(x) for x in expected(values)) + "]"
        lines += [f"  - args: [{json.dumps(values, separators=(',', ':'))}]", f"    expected: {exp}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
