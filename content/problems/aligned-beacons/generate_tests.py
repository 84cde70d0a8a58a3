"""Writes tests.yaml for aligned-beacons. Expected values come from an angular sort: around each
beacon, the other (distinct-position) beacons are folded into the upper half-plane and sorted by
direction with an exact cross-product comparator, and runs of parallel directions are counted.
This avoids hashing reduced slopes as the references do. For n <= 60 every pair is also checked
against every third beacon with the cross product."""
import json
import random
from functools import cmp_to_key
from pathlib import Path

rnd = random.Random(4711)


def cross(ax, ay, bx, by):
    return ax * by - ay * bx


def by_angles(points):
    n = len(points)
    best = min(n, 2)
    for i in range(n):
        px, py = points[i]
        same = 0
        dirs = []
        for j in range(n):
            if j == i:
                continue
            dx, dy = points[j][0] - px, points[j][1] - py
            if dx == 0 and dy == 0:
                same += 1
                continue
            if dy < 0 or (dy == 0 and dx < 0):  # fold into the upper half-plane
                dx, dy = -dx, -dy
            dirs.append((dx, dy))
        # In the half-plane [0, pi), directions are ordered by the sign of the cross product.
        dirs.sort(key=cmp_to_key(lambda u, v: -1 if cross(*u, *v) > 0 else (1 if cross(*u, *v) < 0 else 0)))
        run, longest = 0, 0
        for k, d in enumerate(dirs):
            run = run + 1 if k and cross(*dirs[k - 1], *d) == 0 else 1
            longest = max(longest, run)
        best = max(best, 1 + same + longest)
    return best


def by_triples(points):
    n = len(points)
    best = min(n, 2)
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            (ax, ay), (bx, by) = points[i], points[j]
            if (ax, ay) == (bx, by):
                count = sum(1 for p in points if tuple(p) == (ax, ay))
            else:
                count = sum(1 for cx, cy in points if cross(bx - ax, by - ay, cx - ax, cy - ay) == 0)
            best = max(best, count)
    return best


def expected(points):
    value = by_angles(points)
    if len(points) <= 60:
        assert by_triples(points) == value, points
    return value


def random_points(n, span):
    return [[rnd.randint(-span, span), rnd.randint(-span, span)] for _ in range(n)]


def planted_line(k, x0, y0, dx, dy, step_range):
    steps = rnd.sample(range(-step_range, step_range), k)
    return [[x0 + s * dx, y0 + s * dy] for s in steps]


big = 10**9
visible = [
    [[0, 0], [2, 1], [4, 2], [1, 3], [6, 3]],
    [[1, 1], [1, 1], [3, 4], [5, 2]],
    [[0, 0], [big, big - 1], [big - 1, big - 2]],
]
hidden = [
    [[5, -5]],
    [[1, 2], [3, 7]],
    [[4, 4], [4, 4], [4, 4]],
    [[2, 0], [2, 5], [2, -9], [3, 1], [0, 0]],
    [[-3, 7], [1, 7], [100, 7], [0, 0], [1, 1]],
    [[-big, -big], [big, big], [0, 0], [1, 1], [-big, big]],
    [[0, 0], [big, 1], [big - 1, 1], [1, 0]],
    [[0, 0], [1, 1], [0, 0], [2, 3], [4, 6], [0, 0]],
    [[1, 1], [2, 2], [3, 3], [1, 2], [2, 4], [3, 6], [4, 8]],
    random_points(25, 4),
    random_points(60, 1000) + planted_line(7, 3, -2, 17, 5, 40),
    # Large: 600 beacons. A dense 31 x 31 patch has many 3- and 4-point lines, and a planted line
    # of 40 far-apart beacons with a steep reduced direction is the answer.
    random_points(560, 15) + planted_line(40, -7, 11, 3, 40000000, 20),
    # Large: 600 beacons with huge coordinates and two planted lines with near-equal slopes.
    random_points(540, big) + planted_line(30, 0, 0, 999999, 1000000, 999) + planted_line(30, 0, 0, 999998, 999999, 999),
]
for points in hidden[-2:]:
    rnd.shuffle(points)


def text(value):
    return json.dumps(value, separators=(",", ":") if len(value) > 100 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for points in group:
        assert all(abs(c) <= big for p in points for c in p)
        out += [f"  - args: [{text(points)}]", f"    expected: {expected(points)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
