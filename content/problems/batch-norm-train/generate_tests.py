"""Writes tests.yaml for batch-norm-train: hand-made edge cases plus seeded random ones.

Expected values: per feature column, the batch mean and the sum of squared deviations are
computed exactly with fractions.Fraction; the output uses the biased variance, the running
variance the unbiased one, exactly as torch.nn.functional.batch_norm(training=True) does.
"""
import math
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(303)


def batch_norm(x, gamma, beta, rmean, rvar, momentum, eps):
    n, d = len(x), len(x[0])
    y = [[0.0] * d for _ in range(n)]
    new_mean, new_var = [], []
    for j in range(d):
        col = [Fraction(row[j]) for row in x]
        mean = sum(col) / n
        sq = sum((v - mean) ** 2 for v in col)
        inv = 1.0 / math.sqrt(float(sq / n + Fraction(eps)))
        for i in range(n):
            y[i][j] = float(col[i] - mean) * inv * gamma[j] + beta[j]
        new_mean.append((1 - momentum) * rmean[j] + momentum * float(mean))
        new_var.append((1 - momentum) * rvar[j] + momentum * float(sq / (n - 1)))
    return y + [new_mean, new_var]


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def random_case(n, d, offset, spread, momentum=0.1, eps=1e-5):
    x = [[round(offset + rnd.gauss(0, spread), 4) for _ in range(d)] for _ in range(n)]
    gamma = [round(rnd.uniform(0.5, 2.0), 3) for _ in range(d)]
    beta = [round(rnd.uniform(-1, 1), 3) for _ in range(d)]
    rmean = [round(rnd.uniform(-1, 1), 3) for _ in range(d)]
    rvar = [round(rnd.uniform(0.5, 2), 3) for _ in range(d)]
    return x, gamma, beta, rmean, rvar, momentum, eps


visible = [
    ([[1.0, 2.0], [3.0, 6.0]], [1.0, 1.0], [0.0, 0.0], [0.0, 0.0], [1.0, 1.0], 0.1, 1e-5),
    ([[0.0], [1.0], [2.0], [5.0]], [2.0], [0.5], [1.0], [4.0], 0.5, 1e-5),
    ([[4.0, -1.0, 0.0], [4.0, 1.0, 0.0], [4.0, 3.0, 0.0]], [1.0, 1.0, 3.0], [0.0, 0.0, -2.0], [0.0, 0.0, 0.0], [1.0, 1.0, 1.0], 0.1, 1e-5),
]
hidden = [
    ([[-3.0], [3.0]], [1.0], [0.0], [0.0], [0.0], 1.0, 0.0),            # momentum 1: stats replaced
    ([[2.5, 7.0], [2.5, -7.0]], [1.0, 1.0], [0.0, 0.0], [9.0, -9.0], [3.0, 3.0], 0.0, 1e-5),  # momentum 0: frozen stats
    ([[1e-3], [-1e-3], [0.0]], [1.0], [0.0], [0.0], [1.0], 0.1, 1e-5),  # eps dominates
    ([[1e8 + 1], [1e8 - 1], [1e8 + 3], [1e8 - 3]], [1.5], [0.25], [1e8], [10.0], 0.01, 1e-5),  # large offset
    ([[-5.0, 5.0]] * 5, [2.0, 2.0], [1.0, -1.0], [0.3, 0.4], [0.7, 0.8], 0.2, 1e-3),  # constant columns
]
hidden.append(random_case(2, 3, 0.0, 1.0))
hidden.append(random_case(8, 6, 3.0, 2.0, momentum=0.3))
hidden.append(random_case(32, 16, -1.0, 0.1, eps=1e-3))
hidden.append(random_case(64, 32, 0.0, 10.0, momentum=0.05))
hidden.append(random_case(16, 8, 5e7, 2.0))
hidden.append(random_case(96, 16, 1.0, 1.0, momentum=0.9, eps=1e-8))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(batch_norm(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(batch_norm(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(batch_norm(*case))
