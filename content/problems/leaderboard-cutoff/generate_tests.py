"""Writes tests.yaml for leaderboard-cutoff. Expected answers keep all scores in a sorted list
(bisect.insort) and read position len - k, independent of the heap reference solutions."""
import bisect
import json
import random
from pathlib import Path

rnd = random.Random(9001)


def expected(k, initial, arrivals):
    scores = sorted(initial)
    out = []
    for s in arrivals:
        bisect.insort(scores, s)
        out.append(scores[len(scores) - k])
    return out


def rand(n, lo, hi):
    return [rnd.randint(lo, hi) for _ in range(n)]


visible = [
    (3, [50, 20, 70], [60, 10, 90, 65]),
    (1, [], [3, 1, 3, 7]),
    (2, [5], [5, 5]),
]
hidden = [
    (1, [], [-4]),
    (1, [8, 3], [1]),
    (3, [10, 9, 8, 7, 6, 5], [1, 2, 11]),            # initial longer than k
    (2, [-1000000000], [1000000000, -1000000000, 0]),
    (4, [7, 7, 7], [7, 7, 8, 8, 8, 8]),               # duplicates
    (5, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0, 0, 100, 50, 6]),
    (1, [], [4, 4, 4, 1]),
    (3, rand(2, -5, 5), rand(12, -5, 5)),
    (10, rand(30, -100, 100), rand(50, -100, 100)),
    (50, rand(500, -10**9, 10**9), rand(500, -10**9, 10**9)),
    (1000, rand(999, 0, 10**6), rand(1500, 0, 10**6)),
    (3000, rand(5000, 0, 99999), rand(6000, 0, 99999)),
]

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for case in group:
        args = json.dumps(list(case), separators=(",", ":"))
        lines += [f"  - args: {args}", f"    expected: {json.dumps(expected(*case), separators=(',', ':'))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
