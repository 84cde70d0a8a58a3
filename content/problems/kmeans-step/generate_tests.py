"""Writes tests.yaml for kmeans-step: hand-made edge cases plus seeded random ones.

Expected centroids come from a plain loop over points and centroids with math.fsum means.
Integer-coordinate cases have exact distances, so their ties are real ties (lowest index wins);
real-valued cases are redrawn until no point is nearly equidistant from its two nearest
centroids, so rounding order can never change an assignment.
"""
import math
import json
import random
from pathlib import Path

rnd = random.Random(31)


def distances(p, centroids):
    return [sum((a - b) ** 2 for a, b in zip(p, c)) for c in centroids]


def step(points, centroids):
    members = [[] for _ in centroids]
    for p in points:
        d = distances(p, centroids)
        members[d.index(min(d))].append(p)  # index() finds the first minimum
    return [
        [math.fsum(col) / len(group) for col in zip(*group)] if group else list(c)
        for group, c in zip(members, centroids)
    ]


def clear_of_ties(points, centroids):
    for p in points:
        d = sorted(distances(p, centroids))
        if len(d) > 1 and d[1] - d[0] <= 1e-9 * max(d[1], 1.0):
            return False
    return True


def integer_case(n, k, d, low, high):
    points = [[float(rnd.randint(low, high)) for _ in range(d)] for _ in range(n)]
    centroids = [[float(rnd.randint(low, high)) for _ in range(d)] for _ in range(k)]
    return points, centroids


def real_case(n, k, d, scale, decimals=3):
    while True:
        points = [[round(rnd.uniform(-scale, scale), decimals) for _ in range(d)] for _ in range(n)]
        centroids = [list(p) for p in rnd.sample(points, k)]
        for c in centroids:  # start near data points, not on them
            for t in range(d):
                c[t] = round(c[t] + rnd.uniform(-scale, scale) / 10, decimals)
        if clear_of_ties(points, centroids):
            return points, centroids


def fmt(matrix):
    return "[" + ", ".join("[" + ", ".join(repr(float(x)) for x in row) + "]" for row in matrix) + "]"


visible = [
    ([[0, 0], [1, 0], [10, 10], [11, 10]], [[0, 0], [10, 10]]),
    ([[1], [3], [5]], [[0], [6], [100]]),                      # 3 is a tie (goes to 0); 100 gets nothing
    ([[2, 2], [-1, 0], [0, -1], [5, 6]], [[0, 0], [0, 0], [3, 4]]),  # duplicate centroids: the first takes both
]
hidden = [
    ([[2.5]], [[-1.0]]),                                       # smallest
    ([[0, 0], [4, 4]], [[1, 1], [3, 3], [2, 2], [-50, 7]]),    # more centroids than points
    ([[1, 1], [2, 2], [9, 9]], [[0, 0], [0, 0], [10, 10]]),    # duplicate centroids: the first takes all
    ([[-4, -2, -7], [-5, -1, -6], [3, 8, -2], [2, 9, -1]], [[-1, -1, -1], [1, 1, 1]]),  # negative coordinates
    ([[1e6, -1e6], [999999.5, -1000000.25], [-1e6, 1e6], [-999998.0, 999999.0]], [[9e5, -9e5], [-9e5, 9e5]]),
]
hidden.append(integer_case(30, 4, 2, -3, 3))
hidden.append(integer_case(100, 6, 3, -2, 2))
hidden.append(integer_case(60, 10, 1, -5, 5))
hidden.append(real_case(50, 3, 2, 10.0))
hidden.append(real_case(200, 7, 5, 100.0))
hidden.append(real_case(300, 5, 10, 1.0, decimals=6))
hidden.append(real_case(120, 4, 3, 1e6))
hidden.append(real_case(1000, 8, 3, 50.0))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for points, centroids in visible:
    lines += [f"  - args: [{fmt(points)}, {fmt(centroids)}]", f"    expected: {fmt(step(points, centroids))}"]
lines.append("hidden:")
for points, centroids in hidden:
    lines += [f"  - args: [{fmt(points)}, {fmt(centroids)}]", f"    expected: {fmt(step(points, centroids))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
