"""Writes tests.yaml for drone-relay-hops. Expected values come from a breadth-first search over
pads that skips already-visited pads with a "next unvisited pad" pointer (each pad is enqueued
once), independent of the layer-sweeping reference; for n <= 300 a plain O(n^2) DP over hops
confirms it."""
import json
import random
from collections import deque
from pathlib import Path

rnd = random.Random(6060)


def by_bfs(reach):
    n = len(reach)
    dist = [-1] * n
    dist[0] = 0
    queue = deque([0])
    next_unvisited = 1  # all pads before this one are visited (pads are discovered left to right)
    while queue:
        i = queue.popleft()
        for j in range(max(next_unvisited, i + 1), min(n - 1, i + reach[i]) + 1):
            dist[j] = dist[i] + 1
            queue.append(j)
        next_unvisited = max(next_unvisited, min(n - 1, i + reach[i]) + 1)
    return dist[n - 1]


def by_dp(reach):
    n = len(reach)
    inf = float("inf")
    best = [0] + [inf] * (n - 1)
    for i in range(n):
        if best[i] == inf:
            continue
        for j in range(i + 1, min(n - 1, i + reach[i]) + 1):
            best[j] = min(best[j], best[i] + 1)
    return -1 if best[n - 1] == inf else best[n - 1]


def expected(reach):
    value = by_bfs(reach)
    if len(reach) <= 300:
        assert by_dp(reach) == value, reach
    return value


visible = [[2, 4, 1, 1, 0, 2, 1], [3, 2, 1, 0, 4], [0]]
hidden = [
    [5],
    [0, 1],
    [1, 0],
    [100000, 0, 0, 0],
    [1, 1, 1, 1, 1],
    [2, 1, 0, 3],
    [2, 3, 1, 1, 4],
    [1, 2, 0, 1, 0, 0],
    [4, 1, 1, 3, 1, 1, 1],
    [rnd.choice([0, 1, 2, 3, 3]) for _ in range(40)],
    [rnd.randint(1, 6) for _ in range(300)],
    [0 if rnd.random() < 0.03 else rnd.randint(2, 6) for _ in range(5000)],
    [0 if rnd.random() < 0.1 else rnd.randint(1, 5) for _ in range(250)],
    # Large: 25,000 pads with reaches of a few thousand; relaxing every hop is O(sum of reaches).
    [rnd.randint(2000, 6000) for _ in range(25000)],
]


def text(value):
    return json.dumps(value, separators=(",", ":") if len(value) > 300 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for reach in group:
        out += [f"  - args: [{text(reach)}]", f"    expected: {expected(reach)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
