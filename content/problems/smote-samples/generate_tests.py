"""Writes tests.yaml for smote-samples: hand-made edge cases plus seeded random ones.

Neighbour lists are built by sorting the other indices on the key (squared distance, index)
with exact arithmetic (integer or short decimal coordinates); synthetic points are computed
with Fractions and converted to float. Real-valued cases are clear of near-ties at the k-th
neighbour boundary and between ranks.
"""
import json
import random
from fractions import Fraction as F
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


def neighbour_list(points, i, k):
    d2 = {j: sum((F(a) - F(b)) ** 2 for a, b in zip(points[j], points[i])) for j in range(len(points)) if j != i}
    return sorted(d2, key=lambda j: (d2[j], j))[:k]


def synth(points, k, bases, ranks, gaps):
    out = []
    for i, r, g in zip(bases, ranks, gaps):
        j = neighbour_list(points, i, k)[r]
        out.append([float(F(a) + F(g) * (F(b) - F(a))) for a, b in zip(points[i], points[j])])
    return out


rnd = random.Random(2222)


def random_case(n, d, k, t, span, integer):
    while True:
        pts = [[float(rnd.randint(-span, span)) if integer else round(rnd.uniform(-span, span), 3) for _ in range(d)] for _ in range(n)]
        if integer:
            break
        ok = True
        for i in range(n):  # real coordinates: distances must be clearly apart
            d2 = sorted(sum((a - b) ** 2 for a, b in zip(pts[j], pts[i])) for j in range(n) if j != i)
            if any(abs(u - v) < 1e-6 for u, v in zip(d2, d2[1:])):
                ok = False
                break
        if ok:
            break
    bases = [rnd.randrange(n) for _ in range(t)]
    ranks = [rnd.randrange(k) for _ in range(t)]
    gaps = [round(rnd.random(), 6) for _ in range(t)]
    return pts, k, bases, ranks, gaps


visible = [
    ([[0.0, 0.0], [4.0, 0.0], [0.0, 2.0]], 1, [0, 1], [0, 0], [0.5, 0.25]),
    ([[1.0], [3.0], [-1.0], [3.0]], 3, [0, 0, 0], [0, 1, 2], [0.5, 0.5, 0.5]),
    ([[5.0, 5.0], [5.0, 5.0]], 1, [1], [0], [0.9]),
]
hidden = [
    ([[0.0], [10.0]], 1, [0, 1], [0, 0], [0.0, 0.999999]),                   # two points, gap 0 and near 1
    ([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]], 4, [0, 0, 0, 0], [0, 1, 2, 3], [0.5, 0.5, 0.5, 0.5]),  # four-way tie
    ([[2.0], [2.0], [2.0], [7.0]], 3, [3, 3, 3, 0], [0, 1, 2, 2], [0.2, 0.4, 0.6, 0.3]),
    ([[10000.0, -10000.0], [-10000.0, 10000.0], [9999.0, -9999.0]], 2, [0, 1, 2], [1, 0, 1], [0.75, 0.1, 0.5]),
    ([[-3.0, -4.0], [3.0, 4.0], [0.0, 0.0]], 2, [2, 2], [0, 1], [0.5, 0.5]),  # equidistant pair from the base
]
hidden.append(random_case(8, 2, 3, 10, 5, True))
hidden.append(random_case(40, 3, 5, 60, 3, True))
hidden.append(random_case(100, 4, 7, 200, 100, False))
hidden.append(random_case(300, 10, 10, 400, 50, False))
hidden.append(random_case(25, 1, 24, 50, 4, True))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, synth(*c)) for c in visible], [(c, synth(*c)) for c in hidden])
