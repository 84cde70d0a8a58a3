"""Writes tests.yaml for creaky-staircase. Expected values come from a forward relaxation over
positions -1..n (each reachable position pushes its bill to the next three), and for n <= 16 also
from enumerating every sequence of strides; the two must agree. Both are independent of the
three-variable rolling recurrence in the reference solutions."""
import json
import random
from pathlib import Path

rnd = random.Random(2024)


def by_relaxation(cost):
    n = len(cost)
    inf = float("inf")
    best = [inf] * (n + 2)  # index p + 1 for position p in -1..n
    best[0] = 0
    for p in range(-1, n):
        if best[p + 1] == inf:
            continue
        for stride in (1, 2, 3):
            q = p + stride
            if q <= n:  # position n is the landing, which costs nothing
                best[q + 1] = min(best[q + 1], best[p + 1] + (cost[q] if q < n else 0))
    return best[n + 1]


def by_enumeration(cost):
    n = len(cost)
    answer = float("inf")

    def walk(p, bill):
        nonlocal answer
        if p == n:
            answer = min(answer, bill)
            return
        for stride in (1, 2, 3):
            q = p + stride
            if q <= n:
                walk(q, bill + (cost[q] if q < n else 0))

    walk(-1, 0)
    return answer


def expected(cost):
    value = by_relaxation(cost)
    if len(cost) <= 16:
        assert by_enumeration(cost) == value, cost
    return value


visible = [[4, 9, 2, 7, 7, 1], [5, 5, 5, 5], [8]]
hidden = [
    [],
    [0],
    [3, 1],
    [1, 100, 100, 1],
    [10000] * 7,
    [9, 9, 1, 9, 9, 1, 9, 9],
    [0, 0, 0, 50, 0],
    [rnd.randint(0, 20) for _ in range(12)],
    [rnd.randint(0, 10**4) for _ in range(16)],
    [rnd.randint(0, 10**4) for _ in range(500)],
    [10**4] * 2000,
    # Large: 30,000 steps; exhaustive search of stride sequences is hopeless here.
    [rnd.randint(0, 99) for _ in range(30000)],
]


def line(value):
    return json.dumps(value, separators=(",", ":") if isinstance(value, list) and len(value) > 300 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for cost in group:
        out += [f"  - args: [{line(cost)}]", f"    expected: {expected(cost)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
