"""Writes tests.yaml for attention: hand-made edge cases plus seeded random ones.

Expected values come from plain loops: dot products with math.fsum, a row softmax shifted by
the row's maximum, and weighted sums with math.fsum. The "large" cases put every key near one
big common vector, so a row's scores are huge (far past where exp overflows, or far below where
it underflows to 0) while differing from each other by amounts of order 1.
"""
import math
import random
from pathlib import Path

rnd = random.Random(17)


def attention(q, k, v):
    scale = math.sqrt(len(q[0]))
    out = []
    for qi in q:
        scores = [math.fsum(a * b for a, b in zip(qi, kj)) / scale for kj in k]
        top = max(scores)
        e = [math.exp(s - top) for s in scores]
        total = math.fsum(e)
        w = [x / total for x in e]
        out.append([math.fsum(wj * vj[t] for wj, vj in zip(w, v)) for t in range(len(v[0]))])
    return out


def matrix(rows, cols, sigma=1.0, decimals=4):
    return [[round(rnd.gauss(0, sigma), decimals) for _ in range(cols)] for _ in range(rows)]


def random_case(n_q, n_k, d_k, d_v, sigma=1.0):
    return matrix(n_q, d_k, sigma), matrix(n_k, d_k, sigma), matrix(n_k, d_v)


def large_case(n_q, n_k, d_k, d_v, sign):
    # Keys = a common vector c plus small offsets; queries point along sign * c, so every score
    # is about sign * |q| |c| / sqrt(d_k) (thousands, where e^709 already overflows) and the offsets decide the weights.
    c = [round(rnd.uniform(30, 60), 1) * rnd.choice([-1, 1]) for _ in range(d_k)]
    q = [[round(sign * x * rnd.uniform(0.8, 1.2), 3) for x in c] for _ in range(n_q)]
    k = [[round(x + rnd.gauss(0, 0.02), 3) for x in c] for _ in range(n_k)]
    return q, k, matrix(n_k, d_v)


def fmt(m):
    return "[" + ", ".join("[" + ", ".join(repr(float(x)) for x in row) + "]" for row in m) + "]"


x = matrix(6, 4)  # self-attention: queries, keys and values are the same rows
visible = [
    ([[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3, 4]]),
    ([[1000]], [[10], [10.001], [9]], [[1, 0], [0, 1], [5, 5]]),  # scores 10000, 10001, 9000
    ([[0.5, -1, 2, 0], [1, 1, 1, 1]], [[1, 0, 0.5, -1], [-2, 1, 0, 0.25], [0, 0, 3, 1]], [[1, -1, 0.5], [0, 2, -3]] + [[4, 0.25, 1]]),
]
hidden = [
    ([[0.5]], [[-2.0]], [[7.25]]),                                   # smallest: one key
    ([[300, -400], [-1e3, 1e3]], [[250, 100]], [[1, -1, 2]]),       # one key, huge scores: its value row
    ([[0, 0, 0], [1, 2, 3]], [[0, 0, 0]] * 4, [[1, 2], [3, 4], [5, 6], [-1, 0]]),  # equal scores: mean of values
    ([[-1000], [1000]], [[20], [20.002], [19.999]], [[1], [2], [3]]),  # row 1 underflows naively, row 2 overflows
    (x, x, x),
]
hidden.append(random_case(1, 5, 3, 2))
hidden.append(random_case(4, 7, 8, 3, sigma=3.0))
hidden.append(random_case(64, 64, 16, 8))
hidden.append(large_case(3, 6, 4, 3, 1))
hidden.append(large_case(5, 8, 3, 5, -1))
hidden.append(large_case(4, 10, 16, 2, 1))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for q, k, v in visible:
    lines += [f"  - args: [{fmt(q)}, {fmt(k)}, {fmt(v)}]", f"    expected: {fmt(attention(q, k, v))}"]
lines.append("hidden:")
for q, k, v in hidden:
    lines += [f"  - args: [{fmt(q)}, {fmt(k)}, {fmt(v)}]", f"    expected: {fmt(attention(q, k, v))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for q, k, v in hidden[-3:]:  # show the score range and spread of the large cases
        s = [[math.fsum(a * b for a, b in zip(qi, kj)) / math.sqrt(len(qi)) for kj in k] for qi in q]
        print([(round(min(r)), round(max(r) - min(r), 2)) for r in s])
