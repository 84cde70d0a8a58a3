"""Writes tests.yaml for mutual-information-table: hand-made edge cases plus seeded random ones.

Expected values: I(X;Y) = H(X) + H(Y) - H(X,Y), each entropy in bits computed from the integer
counts as log2(N) - (1/N) sum c log2 c (empty cells skipped) with math.fsum, a different route
from the direct log-ratio formula. Results within 1e-15 of 0 are written as 0.
"""
import math
import random
from pathlib import Path

rnd = random.Random(1818)


def entropy(counts):
    n = sum(counts)
    return math.log2(n) - math.fsum(c * math.log2(c) for c in counts if c > 0) / n


def mi(table):
    rows = [sum(r) for r in table]
    cols = [sum(r[j] for r in table) for j in range(len(table[0]))]
    cells = [c for r in table for c in r]
    value = entropy(rows) + entropy(cols) - entropy(cells)
    return 0.0 if abs(value) < 1e-15 else max(value, 0.0)


def random_table(r, k, hi, dependence=0.0, zero_rate=0.0):
    t = []
    for i in range(r):
        row = []
        for j in range(k):
            if rnd.random() < zero_rate:
                row.append(0)
            else:
                boost = 1 + dependence * (1 if (i * k // r) == j else 0)
                row.append(int(rnd.randint(0, hi) * boost))
        t.append(row)
    if sum(map(sum, t)) == 0:
        t[0][0] = 1
    return t


visible = [
    [[10, 0], [0, 10]],
    [[5, 5], [5, 5]],
    [[3, 1], [1, 3]],
]
hidden = [
    [[7]],                                    # 1 x 1: 0
    [[4, 0, 2]],                              # one row: X is constant
    [[0, 0], [0, 9]],                         # a single non-empty cell
    [[2, 4], [3, 6]],                         # independent but unequal marginals: exactly 0
    [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]],   # 2 bits
    [[0, 0, 0], [5, 0, 5], [0, 10, 0]],       # an empty row
    [[10**12, 1], [1, 10**12]],               # huge counts
]
hidden.append(random_table(3, 3, 20))
hidden.append(random_table(5, 4, 100, dependence=3.0))
hidden.append(random_table(20, 20, 1000, dependence=1.0, zero_rate=0.2))
hidden.append(random_table(60, 50, 10**6, dependence=0.5))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for t in visible:
    lines += [f"  - args: [{t}]", f"    expected: {mi(t)!r}"]
lines.append("hidden:")
for t in hidden:
    lines += [f"  - args: [{t}]", f"    expected: {mi(t)!r}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    print([mi(t) for t in visible + hidden])
