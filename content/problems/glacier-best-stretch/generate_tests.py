"""Writes tests.yaml for glacier-best-stretch. Expected values come from prefix sums (the best
stretch ending at day j is prefix[j+1] minus the smallest earlier prefix), independent of the
running-sum reference; for n <= 400 every stretch is also summed directly."""
import json
import random
from pathlib import Path

rnd = random.Random(1912)


def by_prefix(change):
    prefix, lowest, best = 0, 0, None
    for value in change:
        prefix += value
        candidate = prefix - lowest
        best = candidate if best is None else max(best, candidate)
        lowest = min(lowest, prefix)
    return best


def by_all_stretches(change):
    n = len(change)
    return max(sum(change[i:j + 1]) for i in range(n) for j in range(i, n))


def expected(change):
    value = by_prefix(change)
    if len(change) <= 400:
        assert by_all_stretches(change) == value
    return value


visible = [[3, -5, 4, -1, 2, 6, -9, 5], [-8, -3, -6], [2, -2, 2]]
hidden = [
    [7],
    [-10000],
    [0, 0, 0],
    [-5, 0, -5],
    [-1, -1, -1, -1],
    [10000] * 10,
    [5, -6, 5],
    [5, -4, 5],
    [-3, -9, -1, -7],
    [rnd.randint(-20, 20) for _ in range(50)],
    [rnd.randint(-10000, 10000) for _ in range(400)],
    [-rnd.randint(1, 10000) for _ in range(300)],
    # Large: 30,000 days with a slight melting bias; summing every stretch is O(n^2).
    [rnd.randint(-999, 950) for _ in range(30000)],
]


def text(value):
    return json.dumps(value, separators=(",", ":") if len(value) > 300 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for change in group:
        out += [f"  - args: [{text(change)}]", f"    expected: {expected(change)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
