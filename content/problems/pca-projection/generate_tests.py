"""Writes tests.yaml for pca-projection: hand-made edge cases plus seeded random ones.

Expected scores come from a plain-Python pipeline: column means, the covariance matrix by
explicit sums (math.fsum), a cyclic Jacobi eigen-decomposition iterated to full precision
(each eigenpair is checked by its residual), eigenvalues sorted in decreasing order, the sign
convention, and explicit dot products. Random data sets are redrawn until the eigenvalue gaps
and the lead-coordinate gaps required by the statement hold.
"""
import math
import json
import random
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


def jacobi(matrix):
    d = len(matrix)
    a = [row[:] for row in matrix]
    v = [[1.0 if i == j else 0.0 for j in range(d)] for i in range(d)]
    total = sum(x * x for row in a for x in row)
    for _ in range(100):
        off = sum(a[p][q] ** 2 for p in range(d) for q in range(p + 1, d))
        if off <= 1e-32 * total:
            break
        for p in range(d):
            for q in range(p + 1, d):
                if a[p][q] == 0:
                    continue
                theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                t = (1 if theta >= 0 else -1) / (abs(theta) + math.sqrt(theta * theta + 1))
                c = 1 / math.sqrt(t * t + 1)
                s = t * c
                for r in range(d):
                    a[r][p], a[r][q] = c * a[r][p] - s * a[r][q], s * a[r][p] + c * a[r][q]
                for r in range(d):
                    a[p][r], a[q][r] = c * a[p][r] - s * a[q][r], s * a[p][r] + c * a[q][r]
                for r in range(d):
                    v[r][p], v[r][q] = c * v[r][p] - s * v[r][q], s * v[r][p] + c * v[r][q]
    values = [a[i][i] for i in range(d)]
    vectors = [[v[r][j] for r in range(d)] for j in range(d)]
    scale = max(1.0, max(abs(x) for x in values))
    for lam, vec in zip(values, vectors):  # residual check of every eigenpair
        for r in range(d):
            assert abs(sum(matrix[r][c] * vec[c] for c in range(d)) - lam * vec[r]) < 1e-9 * scale
    return values, vectors


def analyse(data, k):
    n, d = len(data), len(data[0])
    mean = [math.fsum(row[j] for row in data) / n for j in range(d)]
    centred = [[row[j] - mean[j] for j in range(d)] for row in data]
    cov = [[math.fsum(r[a] * r[b] for r in centred) / (n - 1) for b in range(d)] for a in range(d)]
    values, vectors = jacobi(cov)
    order = sorted(range(d), key=lambda j: -values[j])
    comps, ok = [], True
    top = max(abs(values[order[0]]), 1e-300)
    for idx in range(min(k, d - 1)):  # gaps after each of the top k eigenvalues
        ok &= values[order[idx]] - values[order[idx + 1]] > 1e-3 * top
    for j in order[:k]:
        vec = vectors[j]
        mags = sorted((abs(x) for x in vec), reverse=True)
        if len(mags) > 1 and mags[0] - mags[1] < 1e-3:
            ok = False
        lead = max(range(d), key=lambda r: abs(vec[r]))
        comps.append([x if vec[lead] > 0 else -x for x in vec])
    scores = [[math.fsum(a * b for a, b in zip(row, c)) for c in comps] for row in centred]
    return scores, ok


def project(data, k):
    scores, ok = analyse(data, k)
    assert ok, "test case violates the uniqueness guarantees"
    return scores


rnd = random.Random(1616)


def random_case(n, d, k, decimals=3):
    while True:
        basis = []
        while len(basis) < d:  # Gram-Schmidt on Gaussian vectors: a random rotation
            g = [rnd.gauss(0, 1) for _ in range(d)]
            for b in basis:
                dot = sum(x * y for x, y in zip(g, b))
                g = [x - dot * y for x, y in zip(g, b)]
            norm = math.sqrt(sum(x * x for x in g))
            if norm > 1e-3:
                basis.append([x / norm for x in g])
        scales = sorted((rnd.uniform(0.5, 20) for _ in range(d)), reverse=True)
        offset = [rnd.uniform(-100, 100) for _ in range(d)]
        data = []
        for _ in range(n):
            z = [rnd.gauss(0, s) for s in scales]
            data.append([round(offset[j] + sum(z[c] * basis[c][j] for c in range(d)), decimals) for j in range(d)])
        if analyse(data, k)[1]:
            return data, k


visible = [
    ([[0.0, 0.0], [2.0, 0.0], [0.0, 1.0], [2.0, 1.0]], 2),
    ([[2.0, 1.0], [-2.0, -1.0], [4.0, 2.0], [-4.0, -2.0]], 1),
    ([[1.0, 5.0], [3.0, 5.0], [5.0, 5.0]], 1),
]
hidden = [
    ([[3.0], [-1.0]], 1),                                     # n = 2, d = 1
    ([[-7.0], [-7.5], [-9.0], [100.0]], 1),                   # one feature, negative values
    ([[0.0, -3.0], [0.0, 3.0], [1.0, 0.0], [-1.0, 0.0]], 2),  # the second feature varies most
    ([[1000.0, -600.0, 0.0], [-1000.0, 700.0, 1.0], [0.0, 0.0, -1.0], [500.0, -400.0, 0.0]], 2),
]
hidden.append(random_case(10, 2, 1))
hidden.append(random_case(30, 3, 2))
hidden.append(random_case(100, 5, 3))
hidden.append(random_case(200, 8, 8))
hidden.append(random_case(500, 6, 2, decimals=2))
hidden.append(random_case(60, 4, 4))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, project(*c)) for c in visible], [(c, project(*c)) for c in hidden])
