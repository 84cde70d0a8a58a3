"""Writes tests.yaml for lora-forward: hand-made cases plus seeded random ones.

Expected outputs: merge the adapter into the weight first, W = W0 + (alpha / r) * B @ A, with
plain loops and exact fractions of the (decimal) inputs, then y = x @ W^T, rounded to a float at
the end. That is a different evaluation order from the two-matmul form in the reference solution.
"""
import json
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(2021)


def lora(x, w0, a, b, alpha):
    d, k, r = len(w0), len(w0[0]), len(a)
    s = Fraction(alpha) / r
    F = Fraction
    w = [[F(w0[i][j]) + s * sum(F(b[i][t]) * F(a[t][j]) for t in range(r)) for j in range(k)] for i in range(d)]
    return [[float(sum(F(row[j]) * w[i][j] for j in range(k))) for i in range(d)] for row in x]


def mat(rows, cols, scale=1.0):
    return [[round(rnd.gauss(0, scale), 3) for _ in range(cols)] for _ in range(rows)]


def random_case(n, k, d, r, alpha):
    return mat(n, k), mat(d, k, 0.5), mat(r, k, 0.5), mat(d, r, 0.5), alpha


visible = [
    ([[1.0, 1.0]], [[1.0, 0.0], [0.0, 1.0]], [[0.5, -1.0]], [[1.0], [2.0]], 2.0),
    ([[1.0, 2.0, 3.0], [0.0, -1.0, 1.0]], [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]],
     [[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]], [[0.0, 0.0], [0.0, 0.0]], 16.0),   # B = 0: the base layer
    ([[2.0, -1.0]], [[0.5, 0.5]], [[1.0, 1.0], [1.0, -1.0]], [[0.25, 0.5]], 4.0),
]
hidden = [
    ([[3.0]], [[2.0]], [[1.0]], [[1.0]], 1.0),                  # all sizes 1
    ([[0.0, 0.0]], [[1.0, 2.0], [3.0, 4.0]], [[1.0, 1.0]], [[5.0], [6.0]], 8.0),   # zero input
    ([[1.0, 0.0], [0.0, 1.0]], [[0.0, 0.0]], [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], [[1.0, 1.0, 1.0]], 3.0),
    ([[1.5, -2.0, 0.5]], [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], [[1.0, -1.0, 2.0]] * 4, [[0.5] * 4, [-0.5] * 4], 32.0),
    ([[1.0, 1.0]], [[1.0, 1.0]], [[1.0, 1.0]], [[1.0]], 0.0),    # alpha = 0 disables the adapter
]
hidden += [random_case(2, 4, 3, 2, 4.0), random_case(5, 8, 6, 4, 8.0), random_case(8, 16, 12, 8, 16.0),
           random_case(12, 32, 24, 16, 32.0), random_case(16, 48, 40, 8, 16.0)]

lines = ["# Written by generate_tests.py beside this file (merged weight, exact fractions).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for x, w0, a, b, alpha in cases:
        args = f"[{json.dumps(x)}, {json.dumps(w0)}, {json.dumps(a)}, {json.dumps(b)}, {alpha!r}]"
        lines += [f"  - args: {args}", f"    expected: {json.dumps(lora(x, w0, a, b, alpha))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
