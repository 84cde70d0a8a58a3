"""Writes tests.yaml for power-iteration.

Each test matrix is built as A = Q diag(lambda) Q^T from a random orthogonal Q (Gram-Schmidt
on Gaussian vectors, in plain Python) and chosen eigenvalues with |lambda_2| <= 0.9 |lambda_1|,
so the expected answer is known by construction: lambda_1 and the first column of Q, with its
sign fixed so that its components sum to a positive number. The matrix is written with full
precision; each case is checked to have a small residual ||A v - lambda v|| and to satisfy the
stated guarantee |sum(v)| >= 0.1 sqrt(n).
"""
import math
import random
from pathlib import Path

rnd = random.Random(1515)


def orthonormal(n):
    basis = []
    while len(basis) < n:
        v = [rnd.gauss(0, 1) for _ in range(n)]
        for _ in range(2):  # re-orthogonalise for accuracy
            for b in basis:
                d = math.fsum(x * y for x, y in zip(v, b))
                v = [x - d * y for x, y in zip(v, b)]
        norm = math.sqrt(math.fsum(x * x for x in v))
        if norm > 1e-6:
            basis.append([x / norm for x in v])
    return basis  # rows are orthonormal vectors


def build(eigs, first=None):
    n = len(eigs)
    while True:
        q = orthonormal(n)
        if first is not None:
            q[0] = first
        v = q[0]
        if abs(sum(v)) >= 0.1 * math.sqrt(n) + 1e-9:
            break
    a = [[math.fsum(eigs[k] * q[k][i] * q[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
    a = [[(a[i][j] + a[j][i]) / 2 for j in range(n)] for i in range(n)]  # exactly symmetric
    v = q[0] if sum(q[0]) > 0 else [-x for x in q[0]]
    res = max(abs(math.fsum(a[i][j] * v[j] for j in range(n)) - eigs[0] * v[i]) for i in range(n))
    assert res < 1e-12 * max(1.0, abs(eigs[0])), res
    return a, [eigs[0]] + v


def random_eigs(n, lam1, ratio):
    rest = [lam1 * ratio * rnd.uniform(-1, 1) for _ in range(n - 2)]
    return [lam1, lam1 * ratio * rnd.choice([-1, 1])] + rest if n >= 2 else [lam1]


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


visible = [
    ([[2.0, 1.0], [1.0, 2.0]], [3.0, 1 / math.sqrt(2), 1 / math.sqrt(2)]),
    ([[4.0, 0.0, 0.0], [0.0, -6.0, 0.0], [0.0, 0.0, 1.0]], [-6.0, 0.0, 1.0, 0.0]),
    ([[1.0, 2.0], [2.0, -2.0]], None),
]
# Example 3: eigenvalues 2 and -3; dominant -3 with eigenvector (1, -2)/sqrt(5), sign flipped to sum > 0.
visible[2] = (visible[2][0], [-3.0, -1 / math.sqrt(5), 2 / math.sqrt(5)])
hidden = [
    ([[-3.5]], [-3.5, 1.0]),                                     # 1 x 1, negative
    ([[5.0, 0.0], [0.0, 0.0]], [5.0, 1.0, 0.0]),                 # singular matrix
    build([-10.0, 9.0, 1.0]),                                    # negative dominant, close second
    build([1e-3, -5e-4, 2e-4, 1e-4]),                            # tiny scale
    build([1e4, -9e3, 5e3, 1.0, 0.0]),                           # large scale, a zero eigenvalue
]
hidden.append(build(random_eigs(4, 7.0, 0.5)))
hidden.append(build(random_eigs(6, -2.0, 0.8)))
hidden.append(build(random_eigs(10, 50.0, 0.9)))
hidden.append(build(random_eigs(20, -1.0, 0.7)))
hidden.append(build(random_eigs(30, 3.0, 0.85)))
hidden.append(build(random_eigs(40, -100.0, 0.9)))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for a, exp in visible:
    lines += [f"  - args: [{fmt(a)}]", f"    expected: {fmt(exp)}"]
lines.append("hidden:")
for a, exp in hidden:
    lines += [f"  - args: [{fmt(a)}]", f"    expected: {fmt(exp)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
