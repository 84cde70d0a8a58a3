"""Writes tests.yaml for vae-negative-elbo: hand-made cases plus seeded random ones.

Expected losses: z from the reparameterisation, decoder logits by plain loops, the Bernoulli
negative log-likelihood as log(1 + e^{-|l|}) + max(l, 0) - x l, and the closed-form KL; the
terms of each example are added with math.fsum.
"""
import json
import math
import random
from pathlib import Path

rnd = random.Random(2013)


def loss(x, mu, logvar, eps, w, c):
    out = []
    for xi, m, lv, e in zip(x, mu, logvar, eps):
        z = [m[j] + math.exp(0.5 * lv[j]) * e[j] for j in range(len(m))]
        terms = []
        for p in range(len(c)):
            l = c[p] + sum(w[p][j] * z[j] for j in range(len(z)))
            terms.append(math.log1p(math.exp(-abs(l))) + max(l, 0.0) - xi[p] * l)
        for j in range(len(m)):
            terms.append(0.5 * (m[j] ** 2 + math.exp(lv[j]) - 1 - lv[j]))
        out.append(math.fsum(terms))
    return out


def mat(rows, cols, lo, hi):
    return [[round(rnd.uniform(lo, hi), 4) for _ in range(cols)] for _ in range(rows)]


def random_case(b, p, j, wscale=1.0):
    x = [[rnd.randint(0, 1) for _ in range(p)] for _ in range(b)]
    eps = [[round(rnd.gauss(0, 1), 4) for _ in range(j)] for _ in range(b)]
    return x, mat(b, j, -2, 2), mat(b, j, -4, 2), eps, mat(p, j, -wscale, wscale), mat(1, p, -1, 1)[0]


LN_QUARTER = math.log(0.25)
visible = [
    ([[1, 0]], [[0.6, -0.8]], [[round(LN_QUARTER, 6), 0.0]], [[1.0, -0.5]], [[1.0, 0.0], [0.0, 1.0]], [0.0, 0.0]),
    ([[1]], [[0.0]], [[0.0]], [[0.0]], [[1.0]], [0.0]),
    ([[0, 1, 1], [1, 1, 0]], [[0.5], [-1.0]], [[-1.0], [0.5]], [[0.3], [-1.2]],
     [[2.0], [-1.0], [0.5]], [[0.1, 0.2, -0.3]][0]),
]
hidden = [
    ([[0]], [[0.0]], [[0.0]], [[2.0]], [[0.0]], [[0.0]][0]),               # decoder ignores z: BCE = ln 2
    ([[1, 1]], [[3.0, -3.0]], [[-6.0, 4.0]], [[0.0, 0.0]], [[0.0, 0.0], [0.0, 0.0]], [0.0, 0.0]),
    ([[1, 0]], [[0.0]], [[0.0]], [[1.0]], [[800.0], [800.0]], [0.0, 0.0]),    # logits +800: the wrong pixel costs 800
    ([[0, 1]], [[0.0]], [[0.0]], [[-1.0]], [[900.0], [900.0]], [0.0, 0.0]),   # logits -900
    ([[1, 0, 1]], [[0.2, 0.1]], [[-20.0, -20.0]], [[5.0, -5.0]], [[1.0, 1.0], [1.0, -1.0], [0.5, 0.5]], [0.0, 0.0, 0.0]),  # tiny variance
]
hidden += [random_case(1, 1, 1), random_case(2, 3, 2), random_case(4, 10, 3), random_case(8, 64, 8, 2.0), random_case(16, 196, 16, 3.0)]

lines = ["# Written by generate_tests.py beside this file (stable Bernoulli NLL + closed-form KL, math.fsum).",
         "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for case in cases:
        lines += [f"  - args: [{', '.join(json.dumps(a) for a in case)}]", f"    expected: {json.dumps(loss(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
