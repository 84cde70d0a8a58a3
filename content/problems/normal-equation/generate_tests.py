"""Writes tests.yaml for normal-equation: hand-made edge cases plus seeded random ones.

Expected coefficients are exact: the inputs are short decimals, so A^T A and A^T y are built
with Fractions and the system is solved by exact Gauss-Jordan elimination, then converted to
float. Random cases use independent uniform features, which keeps A^T A well conditioned.
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


def solve_exact(features, targets):
    rows = [[Fraction(1)] + [Fraction(v) for v in x] for x in features]
    ys = [Fraction(v) for v in targets]
    p = len(rows[0])
    m = [[sum(r[a] * r[c] for r in rows) for c in range(p)] + [sum(r[a] * y for r, y in zip(rows, ys))] for a in range(p)]
    for col in range(p):
        pivot = next(r for r in range(col, p) if m[r][col] != 0)
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(p):
            if r != col and m[r][col] != 0:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col])]
    return [float(m[r][p] / m[r][r]) for r in range(p)]


rnd = random.Random(1111)


def random_case(n, d, scale, noise, decimals=3):
    w = [rnd.uniform(-5, 5) for _ in range(d)]
    b = rnd.uniform(-50, 50)
    xs = [[round(rnd.uniform(-scale, scale), decimals) for _ in range(d)] for _ in range(n)]
    ys = [round(b + sum(wi * xi for wi, xi in zip(w, x)) + rnd.gauss(0, noise), decimals) for x in xs]
    return xs, ys


visible = [
    ([[1.0], [2.0], [3.0]], [3.0, 5.0, 7.0]),
    ([[0.0], [1.0], [2.0], [3.0]], [1.0, 3.0, 2.0, 4.0]),
    ([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 0.0]], [3.0, 4.0, 6.0, 1.0]),
]
hidden = [
    ([[5.0], [-5.0]], [10.0, 0.0]),                          # n = d + 1: exact interpolation
    ([[2.0], [4.0], [6.0]], [-7.0, -7.0, -7.0]),             # constant target: zero slope
    ([[-1.0, 2.0], [3.0, -4.0], [0.5, 0.5], [10.0, 1.0], [-2.0, -3.0]], [1.0, 2.0, 3.0, 4.0, 5.0]),
    ([[1000.0], [-1000.0], [500.0], [0.0]], [999.0, -1000.0, 1.0, 2.0]),
]
hidden.append(random_case(10, 1, 10.0, 1.0))
hidden.append(random_case(30, 3, 5.0, 0.5))
hidden.append(random_case(100, 5, 100.0, 10.0))
hidden.append(random_case(300, 10, 1.0, 0.01, decimals=4))
hidden.append(random_case(1000, 4, 1000.0, 50.0, decimals=2))
hidden.append(random_case(12, 10, 3.0, 0.0))              # nearly square system, no noise

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, solve_exact(*c)) for c in visible], [(c, solve_exact(*c)) for c in hidden])
