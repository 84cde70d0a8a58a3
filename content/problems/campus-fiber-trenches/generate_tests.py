"""Writes tests.yaml for campus-fiber-trenches. Expected totals come from Prim's algorithm in
its simple O(n^2) array form (no heap, no sorting of edges), over the cheapest trench between
each pair of buildings; if Prim cannot reach every building the answer is -1. This is
independent of the Kruskal references. For tiny inputs, a brute force over all subsets of n - 1
trenches confirms the value."""
import itertools
import json
import random
from pathlib import Path

rnd = random.Random(99)


def by_prim(n, trenches):
    adj = [dict() for _ in range(n)]
    for a, b, c in trenches:
        if a != b and (b not in adj[a] or c < adj[a][b]):
            adj[a][b] = c
            adj[b][a] = c
    INF = float("inf")
    key = [INF] * n
    used = [False] * n
    key[0] = 0
    total = 0
    for _ in range(n):
        u, best = -1, INF
        for v in range(n):
            if not used[v] and key[v] < best:
                u, best = v, key[v]
        if u < 0:
            return -1
        used[u] = True
        total += best
        for v, c in adj[u].items():
            if not used[v] and c < key[v]:
                key[v] = c
    return total


def by_subsets(n, trenches):
    best = -1
    for subset in itertools.combinations(trenches, n - 1):
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        ok = True
        for a, b, _ in subset:
            ra, rb = find(a), find(b)
            if ra == rb:
                ok = False
                break
            parent[ra] = rb
        if ok:
            cost = sum(c for _, _, c in subset)
            if best < 0 or cost < best:
                best = cost
    return best


def expected(n, trenches):
    value = by_prim(n, trenches)
    if 1 < n <= 6 and len(trenches) <= 10:
        assert by_subsets(n, trenches) == value
    return value


def random_trenches(n, m, cmax, connected=True, cmin=0):
    out = []
    if connected:
        order = list(range(n))
        rnd.shuffle(order)
        for i in range(1, n):
            out.append([order[i], order[rnd.randrange(i)], rnd.randint(cmin, cmax)])
    while len(out) < m:
        out.append([rnd.randrange(n), rnd.randrange(n), rnd.randint(cmin, cmax)])
    rnd.shuffle(out)
    return out


visible = [
    (4, [[0, 1, 4], [1, 2, 2], [0, 2, 3], [2, 3, 7], [1, 3, 8]]),
    (3, [[0, 1, 5]]),
    (2, [[0, 1, 9], [1, 0, 6], [0, 0, 1]]),
]
hidden = [
    (1, []),
    (2, []),
    (1, [[0, 0, 5]]),
    (3, [[0, 1, 0], [1, 2, 0]]),                   # free trenches
    (4, [[0, 1, 1], [2, 3, 1]]),                   # two separate halves: -1
    (5, [[0, 1, 3], [1, 2, 3], [2, 3, 3], [3, 4, 3], [4, 0, 3], [0, 2, 3]]),  # all ties
    (6, random_trenches(6, 10, 20)),
    (6, random_trenches(6, 9, 20, connected=False)),
    (50, random_trenches(50, 200, 1000)),
    (300, random_trenches(300, 1500, 1000000)),
]
# Large: 2,500 buildings, 7,000 candidates, every trench costing at least 950,000, so the total is
# above 2^31. A graph search per candidate costs about 7,000 * 9,500 steps.
big = random_trenches(2500, 7000, 1000000, cmin=950000)
assert by_prim(2500, big) > 2**31
hidden.append((2500, big))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for n, trenches in group:
        lines += [f"  - args: [{n}, {json.dumps(trenches, separators=(',', ':'))}]", f"    expected: {expected(n, trenches)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
