"""Writes tests.yaml for layer-norm-forward: hand-made edge cases plus seeded random ones.

Expected values use exact rational arithmetic for the mean and the biased variance
(fractions.Fraction of the input doubles), so they do not suffer from cancellation; only the
final square root and products are done in floating point. Matches torch.nn.functional.layer_norm
over the last dimension.
"""
import math
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(202)


def layer_norm(x, gamma, beta, eps):
    out = []
    for row in x:
        d = len(row)
        fr = [Fraction(v) for v in row]
        mean = sum(fr) / d
        var = sum((v - mean) ** 2 for v in fr) / d
        inv = 1.0 / math.sqrt(float(var + Fraction(eps)))
        out.append([float(v - mean) * inv * g + b for v, g, b in zip(fr, gamma, beta)])
    return out


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def random_case(n, d, offset, spread, eps=1e-5, affine=True):
    x = [[round(offset + rnd.gauss(0, spread), 4) for _ in range(d)] for _ in range(n)]
    gamma = [round(rnd.uniform(0.5, 2.0), 3) if affine else 1.0 for _ in range(d)]
    beta = [round(rnd.uniform(-1, 1), 3) if affine else 0.0 for _ in range(d)]
    return x, gamma, beta, eps


visible = [
    ([[1.0, 2.0, 3.0, 4.0]], [1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 0.0, 0.0], 1e-5),
    ([[2.0, 2.0, 2.0], [0.0, 3.0, -3.0]], [2.0, 0.5, 1.0], [0.1, 0.0, -1.0], 1e-5),
    ([[100000000.0, 100000002.0]], [1.0, 1.0], [0.0, 0.0], 0.0),
]
hidden = [
    ([[5.0]], [3.0], [0.25], 1e-5),                                 # one feature: beta
    ([[-7.5, -7.5, -7.5, -7.5]], [1.0, 2.0, 3.0, 4.0], [1.0, 0.0, -1.0, 2.0], 1e-5),  # constant row
    ([[1.0, -1.0]], [1.0, 1.0], [0.0, 0.0], 1.0),                   # eps comparable to variance
    ([[1e-3, -1e-3, 2e-3]], [1.0, 1.0, 1.0], [0.0, 0.0, 0.0], 1e-5),  # tiny spread: eps dominates
    ([[1e8 + 0.5, 1e8 - 0.25, 1e8 + 1.75, 1e8 - 2.0]], [1.0, -1.0, 0.5, 2.0], [0.0, 0.0, 0.0, 0.0], 1e-5),
]
hidden.append(random_case(3, 5, 0.0, 1.0))
hidden.append(random_case(8, 16, -3.0, 10.0, eps=1e-6))
hidden.append(random_case(16, 64, 0.0, 0.5, eps=1e-3, affine=False))
hidden.append(random_case(6, 32, 1e8, 1.0))
hidden.append(random_case(5, 20, -5e7, 3.0, eps=1e-12))
hidden.append(random_case(32, 64, 2.0, 4.0))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(layer_norm(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(layer_norm(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(layer_norm(*case))
