"""Writes tests.yaml for cosine-top-k: hand-made cases plus seeded random ones.

Vectors have small integer entries, so the ranking is decided exactly: documents are sorted by
the exact rational value sign(dot) * dot^2 / (|q|^2 |d|^2) (the square of the cosine, keeping its
sign), then by index. Random cases are regenerated until every pair of mathematically different
cosines differs by more than 1e-9 in floating point, so rounding cannot change the answer.
"""
import json
import math
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(512)


def exact_key(q, d):
    q, d = [Fraction(a) for a in q], [Fraction(b) for b in d]
    dot = sum(a * b for a, b in zip(q, d))
    nq, nd = sum(a * a for a in q), sum(b * b for b in d)
    if nq == 0 or nd == 0 or dot == 0:
        return Fraction(0)
    return (1 if dot > 0 else -1) * dot * dot / (nq * nd)


def float_cos(q, d):
    dot = sum(a * b for a, b in zip(q, d))
    nq, nd = math.sqrt(sum(a * a for a in q)), math.sqrt(sum(b * b for b in d))
    return 0.0 if nq == 0 or nd == 0 else dot / (nq * nd)


def top_k(q, docs, k):
    keys = [exact_key(q, d) for d in docs]
    return sorted(range(len(docs)), key=lambda i: (-keys[i], i))[:k]


def well_separated(q, docs):
    pairs = sorted((exact_key(q, d), float_cos(q, d)) for d in docs)
    return all(a[0] == b[0] or b[1] - a[1] > 1e-9 for a, b in zip(pairs, pairs[1:]))


def random_case(n, dim, k, lo=-5, hi=5, dup_rate=0.1):
    while True:
        q = [float(rnd.randint(lo, hi)) for _ in range(dim)]
        docs = []
        for _ in range(n):
            u = rnd.random()
            if docs and u < dup_rate:
                src = rnd.choice(docs)
                docs.append([2.0 * x for x in src] if u < dup_rate / 2 else list(src))  # exact ties
            elif u < dup_rate + 0.02:
                docs.append([0.0] * dim)
            else:
                docs.append([float(rnd.randint(lo, hi)) for _ in range(dim)])
        if any(q) and well_separated(q, docs):
            return q, docs, k


visible = [
    ([0.6, 0.8], [[0.8, 0.6], [1.0, 0.0], [0.0, 1.0], [0.6, -0.8]], 2),
    ([1.0, 1.0], [[2.0, 2.0], [1.0, 0.0], [1.0, 1.0], [-3.0, -3.0]], 3),
    ([1.0, 0.0], [[0.0, 0.0], [0.0, 5.0], [-1.0, 0.0]], 3),
]
hidden = [
    ([3.0], [[2.0]], 1),                                   # one document
    ([0.0, 0.0], [[1.0, 2.0], [3.0, 4.0], [0.0, 0.0]], 2),   # zero query: everything is 0
    ([1.0, 2.0, 3.0], [[-1.0, -2.0, -3.0], [0.0, 0.0, 0.0], [3.0, 0.0, -1.0]], 3),  # -1, 0, 0
    ([1.0, 0.0], [[1.0, 0.0], [100.0, 0.0], [0.25, 0.0], [5.0, 5.0]], 4),  # scale does not matter
    ([2.0, -1.0], [[1.0, 1.0], [-1.0, 3.0], [4.0, -2.0]], 1),
]
hidden += [random_case(10, 3, 4), random_case(60, 5, 10), random_case(300, 8, 25),
           random_case(1000, 12, 50), random_case(1500, 16, 100, lo=-3, hi=3, dup_rate=0.2)]

lines = ["# Written by generate_tests.py beside this file (exact rational ranking of cosines).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for q, docs, k in cases:
        lines += [f"  - args: [{json.dumps(q)}, {json.dumps(docs)}, {k}]",
                  f"    expected: {json.dumps(top_k(q, docs, k))}"]
text = "\n".join(lines) + "\n"
Path(__file__).with_name("tests.yaml").write_text(text.replace(".0,", ",").replace(".0]", "]"))
