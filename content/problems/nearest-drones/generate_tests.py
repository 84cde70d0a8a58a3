"""Writes tests.yaml for nearest-drones. Expected answers come from a plain full sort of
(squared distance, index) pairs, independent of the heap in the reference solutions."""
import json
import random
from pathlib import Path

rnd = random.Random(2024)


def expected(points, k):
    order = sorted(range(len(points)), key=lambda i: (points[i][0] ** 2 + points[i][1] ** 2, i))
    return order[:k]


def rand_points(n, lim):
    return [[rnd.randint(-lim, lim), rnd.randint(-lim, lim)] for _ in range(n)]


visible = [
    ([[3, 4], [1, -1], [-2, 0], [0, 6]], 2),
    ([[2, 1], [-1, 2], [0, 0], [1, -2]], 3),
    ([[5, 5]], 1),
]
hidden = [
    ([[0, 0]], 1),
    ([[1, 0], [0, 1], [-1, 0], [0, -1]], 3),               # four-way tie: by index
    ([[2, 2], [2, 2], [2, 2]], 2),                          # duplicates
    ([[-10000, -10000], [10000, 10000], [10000, -9999]], 3),  # extreme coordinates
    ([[3, 4], [5, 0], [0, -5], [4, 3], [-3, -4]], 5),      # k = n, all at distance 5
    ([[1, 7], [7, 1], [5, 5], [0, 0]], 1),                  # 50 = 50 = 50
    (rand_points(10, 5), 4),
    (rand_points(50, 3), 20),                               # many ties
    (rand_points(200, 100), 1),
    (rand_points(1000, 10000), 37),
]
big = rand_points(8000, 60)
hidden.append((big, 500))
hidden.append((rand_points(2000, 10000), 2000))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for points, k in group:
        args = json.dumps([points, k], separators=(",", ":"))
        lines += [f"  - args: {args}", f"    expected: {json.dumps(expected(points, k), separators=(',', ':'))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
