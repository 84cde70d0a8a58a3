"""Writes tests.yaml for kmeans-plus-plus: hand-made edge cases plus seeded random ones.

Coordinates are integers, so every squared distance and running sum is an exact integer. The
expected indices compare each running sum with u * S as exact Fractions. Random uniforms are
redrawn until u * S (and u0 * n) is at least 1e-6 away from every integer, so floating-point
rounding in a solution cannot flip a choice.
"""
import json
import random
from fractions import Fraction
from pathlib import Path

def fmt(v):
    """A value as YAML flow text: floats always carry a '.', strings are double-quoted."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        r = repr(v)
        if "e" in r and "." not in r.split("e")[0]:
            r = r.replace("e", ".0e", 1)
        return r
    if isinstance(v, str):
        return json.dumps(v)
    return "[" + ", ".join(fmt(x) for x in v) + "]"


def write_tests(path, header, visible, hidden):
    lines = ["# " + header, "visible:"]
    for args, expected in visible:
        lines += ["  - args: " + fmt(list(args)), "    expected: " + fmt(expected)]
    lines.append("hidden:")
    for args, expected in hidden:
        lines += ["  - args: " + fmt(list(args)), "    expected: " + fmt(expected)]
    path.write_text("\n".join(lines) + "\n")


def seed(points, k, uniforms):
    n = len(points)
    chosen = [int(Fraction(uniforms[0]) * n)]
    for u in uniforms[1:k]:
        d = [min(sum((a - b) ** 2 for a, b in zip(p, points[c])) for c in chosen) for p in points]
        threshold = Fraction(u) * sum(d)
        running = 0
        for i, di in enumerate(d):
            running += di
            if running > threshold:
                chosen.append(i)
                break
    return chosen


def safe(value):
    return abs(value - round(value)) > 1e-6


rnd = random.Random(1515)


def random_case(n, d, k, span, clusters=None):
    if clusters:
        centres = [[rnd.randint(-span, span) for _ in range(d)] for _ in range(clusters)]
        pts = [[float(max(-1000, min(1000, c + rnd.randint(-span // 20, span // 20)))) for c in rnd.choice(centres)] for _ in range(n)]
    else:
        pts = [[float(rnd.randint(-span, span)) for _ in range(d)] for _ in range(n)]
    assert len({tuple(p) for p in pts}) >= k
    while True:
        us = [round(rnd.random(), 6) for _ in range(k)]
        if not safe(us[0] * n):
            continue
        chosen, ok = [int(us[0] * n)], True
        for u in us[1:]:
            dist = [min(sum((a - b) ** 2 for a, b in zip(p, pts[c])) for c in chosen) for p in pts]
            if not safe(u * sum(dist)):
                ok = False
                break
            chosen = seed(pts, len(chosen) + 1, us[: len(chosen) + 1])
        if ok:
            return pts, k, us


visible = [
    ([[0.0], [1.0], [3.0], [7.0]], 2, [0.3, 0.5]),
    ([[0.0, 0.0], [0.0, 0.0], [3.0, 4.0], [6.0, 8.0]], 3, [0.1, 0.2, 0.9]),
    ([[5.0], [5.0], [9.0]], 2, [0.99, 0.0]),
]
hidden = [
    ([[4.0, -4.0]], 1, [0.7]),                                   # k = 1, one point
    ([[1.0], [2.0], [3.0]], 3, [0.0, 0.0, 0.0]),                 # u = 0 every time
    ([[1.0], [2.0], [3.0]], 3, [0.999999, 0.999999, 0.999999]),  # u close to 1
    ([[0.0], [0.0], [0.0], [10.0], [10.0], [20.0]], 3, [0.2, 0.4, 0.3]),  # duplicates never re-picked
    ([[-1000.0, 1000.0], [1000.0, -1000.0], [0.0, 0.0], [999.0, -999.0]], 3, [0.6, 0.55, 0.1]),
    ([[0.0], [1.0]], 2, [0.4, 0.5]),                            # the only other point
]
hidden.append(random_case(10, 1, 3, 20))
hidden.append(random_case(50, 2, 5, 100))
hidden.append(random_case(300, 3, 10, 1000, clusters=6))
hidden.append(random_case(1500, 4, 20, 1000, clusters=15))
hidden.append(random_case(600, 10, 30, 50))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, seed(*c)) for c in visible], [(c, seed(*c)) for c in hidden])
