"""Writes tests.yaml for studio-cancellations. Expected values come from a DP over bookings
sorted by end: best[k] = max(best[k-1], 1 + best[j]) where j counts the bookings ending at or
before booking k's start (found by binary search). That weighted-interval-scheduling DP is
independent of the earliest-end greedy reference; for n <= 12 every subset is also tried."""
import json
import random
from bisect import bisect_right
from itertools import combinations
from pathlib import Path

rnd = random.Random(5555)


def by_dp(bookings):
    items = sorted(bookings, key=lambda b: b[1])
    ends = [e for _, e in items]
    best = [0] * (len(items) + 1)
    for k, (s, e) in enumerate(items, start=1):
        j = bisect_right(ends, s, 0, k - 1)  # bookings among the first k-1 that end by s
        best[k] = max(best[k - 1], 1 + best[j])
    return len(bookings) - best[-1]


def by_subsets(bookings):
    n = len(bookings)
    for keep in range(n, -1, -1):
        for chosen in combinations(bookings, keep):
            if all(x[1] <= y[0] or y[1] <= x[0] for x, y in combinations(chosen, 2)):
                return n - keep
    return n


def expected(bookings):
    value = by_dp(bookings)
    if len(bookings) <= 12:
        assert by_subsets(bookings) == value, bookings
    return value


def random_bookings(n, low, high, max_len):
    out = []
    for _ in range(n):
        s = rnd.randint(low, high - 1)
        out.append([s, min(high, s + rnd.randint(1, max_len))])
    return out


visible = [[[1, 4], [2, 3], [3, 6], [5, 7]], [[0, 5], [5, 9], [9, 12]], [[4, 8], [4, 8], [4, 8]]]
hidden = [
    [],
    [[3, 4]],
    [[1, 10], [2, 3], [4, 5], [6, 7]],
    [[1, 2], [1, 3], [1, 4]],
    [[1, 5], [4, 6], [5, 10]],
    [[-10, -5], [-6, 0], [0, 3], [-1000000000, 1000000000]],
    [[5, 6], [4, 5], [3, 4], [2, 3], [1, 2]],
    [[1, 3], [2, 4], [3, 5], [4, 6], [5, 7]],
    random_bookings(10, 0, 30, 8),
    random_bookings(12, -50, 50, 20),
    random_bookings(200, 0, 1000, 60),
    random_bookings(600, -10**9, 10**9, 10**7),
    # Large: 10,000 bookings on a crowded calendar; the O(n^2) chain DP is too slow.
    random_bookings(10000, 0, 30000, 300),
]


def text(value):
    return json.dumps(value, separators=(",", ":") if len(value) > 300 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for bookings in group:
        out += [f"  - args: [{text(bookings)}]", f"    expected: {expected(bookings)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
