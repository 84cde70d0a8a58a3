"""Writes tests.yaml for kl-js-divergence: hand-made edge cases plus seeded random ones.

Expected values: the inputs are normalised with exact fractions.Fraction arithmetic; each term
p_k * log(p_k / q_k) is evaluated as p_k * (log(num) - log(den)) of the exact ratio, terms with
p_k = 0 are skipped, and sums use math.fsum. JS uses the exact midpoint M = (P + Q) / 2.
"""
import math
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(1717)


def flog(fr):
    return math.log(fr.numerator) - math.log(fr.denominator)


def kl(a, b):
    return math.fsum(float(x) * flog(x / y) for x, y in zip(a, b) if x > 0)


def kl_js(p, q):
    sp, sq = sum(Fraction(v) for v in p), sum(Fraction(v) for v in q)
    P = [Fraction(v) / sp for v in p]
    Q = [Fraction(v) / sq for v in q]
    M = [(x + y) / 2 for x, y in zip(P, Q)]
    return [kl(P, Q), 0.5 * kl(P, M) + 0.5 * kl(Q, M)]


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def random_case(n, zero_rate=0.0, scale=1.0):
    p = [0.0 if rnd.random() < zero_rate else round(rnd.uniform(0.01, 1) * scale, 4) for _ in range(n)]
    if not any(p):
        p[0] = 1.0
    q = [round(rnd.uniform(0.01, 1) * scale, 4) for _ in range(n)]
    return p, q


visible = [
    ([0.5, 0.5], [0.9, 0.1]),
    ([1.0, 0.0], [0.5, 0.5]),
    ([2.0, 6.0, 2.0], [1.0, 1.0, 1.0]),
]
hidden = [
    ([1.0], [3.0]),                                   # one outcome: both 0
    ([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]),               # identical: both 0
    ([1.0, 2.0, 3.0], [10.0, 20.0, 30.0]),            # same after normalising
    ([0.0, 0.0, 1.0], [0.25, 0.25, 0.5]),             # zeros in p
    ([1.0, 0.0], [1e-12, 1.0]),                       # nearly disjoint: large KL, JS near ln 2
    ([1e-300, 1.0], [1.0, 1.0]),                      # a subnormal-scale probability
]
hidden.append(random_case(5))
hidden.append(random_case(20, zero_rate=0.3))
hidden.append(random_case(200, zero_rate=0.1, scale=100.0))
hidden.append(random_case(1000, zero_rate=0.5))
hidden.append(random_case(3000))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(kl_js(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(kl_js(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(kl_js(*case))
