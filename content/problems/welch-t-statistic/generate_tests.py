"""Writes tests.yaml for welch-t-statistic: hand-made samples plus seeded random ones.

Expected values are computed with exact rational arithmetic from the (decimal) inputs: means,
sample variances with divisor n - 1, then t and the Welch-Satterthwaite degrees of freedom. Only
the final square root is taken in floating point.
"""
import json
import math
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(1947)


def welch(a, b):
    fa, fb = [Fraction(x) for x in a], [Fraction(x) for x in b]
    na, nb = len(fa), len(fb)
    ma, mb = sum(fa) / na, sum(fb) / nb
    va = sum((x - ma) ** 2 for x in fa) / (na - 1)
    vb = sum((x - mb) ** 2 for x in fb) / (nb - 1)
    se2 = va / na + vb / nb
    t = float(ma - mb) / math.sqrt(float(se2))  # se2 > 0 by the constraints
    df = se2 ** 2 / ((va / na) ** 2 / (na - 1) + (vb / nb) ** 2 / (nb - 1))
    return [t, float(df)]


def sample(n, mu, sd, decimals=3):
    return [round(rnd.gauss(mu, sd), decimals) for _ in range(n)]


visible = [
    ([12.0, 14.0, 11.0, 15.0, 13.0], [15.0, 19.0, 14.0, 18.0, 16.0, 20.0]),
    ([1.0, 2.0, 3.0], [1.0, 2.0, 3.0, 4.0, 5.0]),
    ([0.5, 0.5, 0.5], [0.0, 1.0]),                      # one constant sample: df = nb - 1
]
hidden = [
    ([1.0, 2.0], [3.0, 4.0]),                           # smallest samples
    ([5.0, 7.0], [5.0, 7.0, 5.0, 7.0]),                 # equal means: t = 0
    ([-3.0, -1.0, -2.0], [2.0, 2.0, 2.0, 2.0]),         # constant b, negative values
    ([1000000.1, 1000000.2, 1000000.3, 1000000.4], [1000000.3, 1000000.5, 1000000.7]),   # large offset
    ([1000000.25, 1000000.5, 999999.75], [-1000000.0, -999999.0]),
    ([0.001, 0.002, 0.0015, 0.0012], [0.01, 0.011, 0.0095]),   # small values
]
hidden += [(sample(8, 10, 2), sample(12, 11, 5)), (sample(40, 0, 1), sample(25, 0.3, 0.2)),
           (sample(300, 100, 15), sample(500, 101, 30)),
           (sample(3000, 1e5, 0.5, 4), sample(2000, 1e5 + 0.05, 0.7, 4))]   # big offset, small spread

lines = ["# Written by generate_tests.py beside this file (exact fractions, one final square root).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for a, b in cases:
        lines += [f"  - args: [{json.dumps(a)}, {json.dumps(b)}]", f"    expected: {json.dumps(welch(a, b))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
