"""Writes tests.yaml for entropy-bits: hand-made edge cases plus seeded random ones.

Expected values: exact probabilities as fractions.Fraction, each term -p log2 p evaluated from
the fraction (log2 of numerator minus log2 of denominator, so no rounding of p first), summed
with math.fsum. Empty bins are skipped.
"""
import math
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(1616)


def entropy(counts):
    total = sum(counts)
    terms = []
    for c in counts:
        if c > 0:
            p = Fraction(c, total)
            terms.append(-float(p) * (math.log2(c) - math.log2(total)))
    return math.fsum(terms)


visible = [[1, 1], [5, 0, 5, 10], [7]]
hidden = [
    [0, 0, 3, 0],                       # one occupied bin among empties
    [1] * 1024,                          # uniform: exactly 10 bits
    [1, 10**12],                         # extremely skewed
    [10**12, 10**12, 10**12],            # large equal counts: log2 3
    [0, 1, 0, 1, 0, 2],
    [2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1],
]
hidden.append([rnd.randint(0, 10) for _ in range(20)])
hidden.append([rnd.randint(0, 1000) for _ in range(500)])
hidden.append([rnd.randint(0, 10**9) for _ in range(2000)])
hidden.append([rnd.choice([0, 0, 0, rnd.randint(1, 50)]) for _ in range(5000)])
hidden.append([int(1000 * 0.5 ** k) for k in range(12)])

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for c in visible:
    lines += [f"  - args: [{c}]", f"    expected: {entropy(c)!r}"]
lines.append("hidden:")
for c in hidden:
    lines += [f"  - args: [{c}]", f"    expected: {entropy(c)!r}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    print([entropy(c) for c in visible])
