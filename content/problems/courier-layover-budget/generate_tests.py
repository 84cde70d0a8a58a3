"""Writes tests.yaml for courier-layover-budget. Expected answers come from Dijkstra's
algorithm on the expanded state graph (airport, flights used so far), with states using more
than max_layovers + 1 flights discarded; the answer is the cheapest settled state at the
destination. This is independent of the round-based relaxation in the references. For small
inputs a brute-force DFS over all routes confirms it."""
import heapq
import json
import random
from pathlib import Path

rnd = random.Random(4711)


def by_states(n, flights, origin, destination, k):
    out = [[] for _ in range(n)]
    for u, v, p in flights:
        out[u].append((v, p))
    limit = k + 1
    heap = [(0, origin, 0)]
    done = set()
    while heap:
        cost, u, used = heapq.heappop(heap)
        if u == destination:
            return cost
        if (u, used) in done:
            continue
        done.add((u, used))
        if used == limit:
            continue
        for v, p in out[u]:
            if (v, used + 1) not in done:
                heapq.heappush(heap, (cost + p, v, used + 1))
    return -1


def by_dfs(n, flights, origin, destination, k):
    out = [[] for _ in range(n)]
    for u, v, p in flights:
        out[u].append((v, p))
    best = [-1]

    def go(u, cost, used):
        if u == destination:
            if best[0] < 0 or cost < best[0]:
                best[0] = cost
            return
        if used == k + 1:
            return
        for v, p in out[u]:
            go(v, cost + p, used + 1)

    go(origin, 0, 0)
    return best[0]


def expected(n, flights, origin, destination, k):
    value = by_states(n, flights, origin, destination, k)
    if n <= 8 and len(flights) <= 20 and k <= 4:
        assert by_dfs(n, flights, origin, destination, k) == value
    return value


def random_flights(n, m, pmax):
    out = []
    for _ in range(m):
        u, v = rnd.sample(range(n), 2)
        out.append([u, v, rnd.randint(1, pmax)])
    return out


ex = [[0, 1, 100], [1, 2, 100], [2, 3, 100], [0, 2, 500], [1, 3, 600]]
visible = [(4, ex, 0, 3, 1), (4, ex, 0, 3, 2), (3, [[0, 1, 10]], 0, 2, 5)]
hidden = [
    (2, [[0, 1, 7]], 0, 1, 0),                              # direct flight, no layover allowed
    (2, [[1, 0, 7]], 0, 1, 1),                              # only the wrong direction
    (3, [[0, 1, 1], [1, 2, 1], [0, 2, 5]], 0, 2, 0),        # must take the direct one
    (3, [[0, 2, 9], [0, 2, 4], [0, 1, 1], [1, 2, 1]], 0, 2, 0),  # parallel flights
    (4, [[0, 1, 1], [1, 2, 1], [2, 3, 1]], 0, 3, 1),        # needs two layovers: -1
    (5, [[0, 1, 5], [1, 0, 1], [0, 2, 1], [2, 1, 1], [1, 4, 1], [2, 4, 10]], 0, 4, 1),
    (6, random_flights(6, 15, 50), 0, 5, 2),
    (8, random_flights(8, 20, 100), 3, 6, 4),
    (40, random_flights(40, 300, 1000), 0, 39, 3),
    (200, random_flights(200, 4000, 10000), 5, 150, 10),
]
# Dense: 60 airports, every ordered pair, cheap long detours. A DFS over all routes with up to
# 6 flights visits about 59^5 partial routes.
dense = [[u, v, rnd.randint(1, 10000)] for u in range(60) for v in range(60) if u != v]
hidden.append((60, dense, 0, 59, 5))
# A chain where the cheap route needs exactly max_layovers layovers.
chain = [[i, i + 1, 1] for i in range(99)] + [[0, 99, 10000]]
hidden.append((100, chain, 0, 99, 98))
hidden.append((100, chain, 0, 99, 97))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for n, flights, o, d, k in group:
        lines += [f"  - args: [{n}, {json.dumps(flights, separators=(',', ':'))}, {o}, {d}, {k}]",
                  f"    expected: {expected(n, flights, o, d, k)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
