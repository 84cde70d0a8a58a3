"""Writes tests.yaml for log-likelihood-batch: hand-made queries plus seeded random ones.

Expected values: for small counts (n or k up to 300) the pmf is evaluated exactly with integers
and fractions (math.comb, factorials) and the logarithm is taken of the exact value (through
numerator and denominator logs, so nothing underflows); larger counts use math.lgamma. Normal
densities use the closed form directly.
"""
import json
import math
import random
import re
from fractions import Fraction
from pathlib import Path

rnd = random.Random(1733)


def log_fraction(f):
    return math.log(f.numerator) - math.log(f.denominator)


def log_prob(kind, prm, x):
    if kind == "binomial":
        n, p = int(prm[0]), prm[1]
        k = int(x)
        if n <= 300:
            fp = Fraction(p)
            return log_fraction(math.comb(n, k) * fp ** k * (1 - fp) ** (n - k))
        return (math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
                + k * math.log(p) + (n - k) * math.log1p(-p))
    if kind == "poisson":
        lam, k = prm[0], int(x)
        if k <= 300:
            return k * math.log(lam) - lam - math.log(math.factorial(k))
        return k * math.log(lam) - lam - math.lgamma(k + 1)
    mu, sigma = prm
    return -0.5 * math.log(2 * math.pi) - math.log(sigma) - (x - mu) ** 2 / (2 * sigma ** 2)


def random_query():
    kind = rnd.choice(["binomial", "poisson", "normal"])
    if kind == "binomial":
        n = rnd.choice([rnd.randint(1, 50), rnd.randint(100, 300), rnd.randint(1000, 10 ** 6)])
        p = round(rnd.uniform(0.001, 0.999), 4)
        k = min(n, max(0, int(rnd.gauss(n * p, 3 * math.sqrt(n * p * (1 - p)) + 1))))
        return kind, [float(n), p], float(k)
    if kind == "poisson":
        lam = round(10 ** rnd.uniform(-2, 6), 4)
        k = max(0, int(rnd.gauss(lam, 3 * math.sqrt(lam) + 1)))
        return kind, [lam], float(k)
    mu, sigma = round(rnd.uniform(-100, 100), 3), round(10 ** rnd.uniform(-3, 3), 5)
    return kind, [mu, sigma], round(rnd.gauss(mu, 4 * sigma), 4)


def batch(queries):
    return [q[0] for q in queries], [q[1] for q in queries], [q[2] for q in queries]


visible = [
    batch([("binomial", [10.0, 0.3], 3.0), ("poisson", [2.0], 3.0), ("normal", [10.0, 2.0], 12.0)]),
    batch([("binomial", [1000.0, 0.002], 3.0), ("poisson", [2.0], 0.0)]),
    batch([("binomial", [1000000.0, 0.5], 500000.0), ("poisson", [1000.0], 1000.0), ("normal", [0.0, 1.0], 40.0)]),
]
hidden = [
    batch([("binomial", [1.0, 0.25], 0.0), ("binomial", [1.0, 0.25], 1.0)]),      # Bernoulli
    batch([("binomial", [50.0, 0.999], 50.0), ("binomial", [50.0, 0.001], 50.0)]),  # extreme tails
    batch([("binomial", [300.0, 0.5], 0.0), ("binomial", [300.0, 0.5], 300.0)]),    # 0.5^300 ~ 5e-91
    batch([("binomial", [1000000.0, 0.000001], 0.0), ("binomial", [1000000.0, 0.3], 1000000.0)]),
    batch([("poisson", [0.01], 0.0), ("poisson", [0.01], 5.0), ("poisson", [1000000.0], 0.0)]),
    batch([("poisson", [900000.5], 901234.0), ("poisson", [3.5], 170.0), ("poisson", [3.5], 171.0)]),  # 171! overflows a double
    batch([("normal", [0.0, 0.001], 0.0), ("normal", [-5.0, 1000.0], 5000.0), ("normal", [1.0, 1e-3], 1.05)]),
]
hidden += [batch([random_query() for _ in range(n)]) for n in (10, 100, 500, 1500)]

lines = ["# Written by generate_tests.py beside this file (exact fractions for small counts, lgamma for large).",
         "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for kinds, prms, xs in cases:
        expected = [log_prob(k, p, x) for k, p, x in zip(kinds, prms, xs)]
        lines += [f"  - args: [{json.dumps(kinds)}, {json.dumps(prms)}, {json.dumps(xs)}]", f"    expected: {json.dumps(expected)}"]
# Give every exponent-form number a decimal point ("1e-06" -> "1.0e-06") so YAML reads it as a float.
text = re.sub(r"(?<![\w.])(-?\d+)e([-+]\d+)", r"\1.0e\2", "\n".join(lines) + "\n")
Path(__file__).with_name("tests.yaml").write_text(text)
