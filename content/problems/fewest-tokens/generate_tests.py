"""Writes tests.yaml for fewest-tokens. Expected values come from a breadth-first search over
running totals 0..amount (each token is an edge of length one, so the BFS depth of `amount` is
the fewest tokens), independent of the table DP in the reference solutions. For small amounts a
brute-force search over token counts confirms the BFS."""
import json
import random
from collections import deque
from pathlib import Path

rnd = random.Random(5150)


def by_bfs(values, amount):
    depth = {0: 0}
    queue = deque([0])
    while queue:
        total = queue.popleft()
        if total == amount:
            return depth[total]
        for v in values:
            nxt = total + v
            if nxt <= amount and nxt not in depth:
                depth[nxt] = depth[total] + 1
                queue.append(nxt)
    return -1


def by_counts(values, amount):
    values = sorted(set(values))
    best = -1

    def go(i, left, used):
        nonlocal best
        if i == len(values):
            if left == 0 and (best == -1 or used < best):
                best = used
            return
        for c in range(left // values[i] + 1):
            go(i + 1, left - c * values[i], used + c)

    go(0, amount, 0)
    return best


def expected(values, amount):
    value = by_bfs(values, amount)
    if amount <= 60 and len(values) <= 5:
        assert by_counts(values, amount) == value, (values, amount)
    return value


visible = [([1, 4, 5], 8), ([6, 10], 7), ([3], 0)]
hidden = [
    ([1], 0),
    ([2], 1),
    ([10000], 10000),
    ([7, 7, 3], 20),
    ([1, 3, 4], 6),
    ([9, 6, 5, 1], 11),
    ([4, 6, 9], 1),
    ([2, 5, 10, 20, 50], 93),
    ([rnd.randint(1, 30) for _ in range(4)], 55),
    ([rnd.randint(2, 60) for _ in range(5)], 59),
    ([97, 89, 83], 10000),
    ([rnd.randint(100, 10000) for _ in range(12)], 10000),
    ([1, 5000, 4999], 9998),
    # Large: small, awkward token values and the maximum refund; recursion without a memo explodes.
    ([7, 23, 41, 62, 88, 131, 199], 9973),
    ([3, 11, 17, 29, 31, 37, 43, 53, 59, 61, 67, 71], 10000),
]


def text(value):
    return json.dumps(value)


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for values, amount in group:
        out += [f"  - args: [{text(values)}, {amount}]", f"    expected: {expected(values, amount)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
