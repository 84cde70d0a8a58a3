"""Writes tests.yaml for mlp-backprop-w1: hand-made edge cases plus seeded random ones.

Expected values: the chain rule written out per entry with plain loops and math.fsum,
dL/dW1[i][j] = (1/N) sum_s x[s][i] * [z1[s][j] > 0] * sum_c (p[s][c] - [c == y_s]) * W2[j][c].
On every case without a pre-activation exactly at 0 the result is also checked against
central finite differences of the loss (computed with a stable log-sum-exp).
"""
import math
import random
from pathlib import Path

rnd = random.Random(1313)


def forward(x, w1, b1, w2, b2):
    z1 = [[math.fsum([b1[j]] + [x[s][i] * w1[i][j] for i in range(len(w1))]) for j in range(len(b1))] for s in range(len(x))]
    z2 = [[math.fsum([b2[c]] + [max(z1[s][j], 0.0) * w2[j][c] for j in range(len(b1))]) for c in range(len(b2))] for s in range(len(x))]
    return z1, z2


def loss(x, y, w1, b1, w2, b2):
    _, z2 = forward(x, w1, b1, w2, b2)
    total = []
    for row, t in zip(z2, y):
        m = max(row)
        total.append(m + math.log(math.fsum(math.exp(v - m) for v in row)) - row[t])
    return math.fsum(total) / len(x)


def grad(x, y, w1, b1, w2, b2):
    n, d, h, k = len(x), len(w1), len(b1), len(b2)
    z1, z2 = forward(x, w1, b1, w2, b2)
    probs = []
    for row in z2:
        m = max(row)
        e = [math.exp(v - m) for v in row]
        tot = math.fsum(e)
        probs.append([v / tot for v in e])
    back = [[0.0 if z1[s][j] <= 0 else math.fsum((probs[s][c] - (1.0 if c == y[s] else 0.0)) * w2[j][c] for c in range(k))
             for j in range(h)] for s in range(n)]
    return [[math.fsum(x[s][i] * back[s][j] for s in range(n)) / n for j in range(h)] for i in range(d)]


def check_fd(case, g):
    x, y, w1, b1, w2, b2 = case
    step = 1e-6
    for i in range(len(w1)):
        for j in range(len(b1)):
            old = w1[i][j]
            w1[i][j] = old + step
            up = loss(x, y, w1, b1, w2, b2)
            w1[i][j] = old - step
            down = loss(x, y, w1, b1, w2, b2)
            w1[i][j] = old
            fd = (up - down) / (2 * step)
            assert abs(fd - g[i][j]) <= 1e-5 * max(1.0, abs(g[i][j])), (fd, g[i][j])


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def mat(r, c, s):
    return [[round(rnd.gauss(0, s), 4) for _ in range(c)] for _ in range(r)]


def random_case(n, d, h, k, scale=1.0, wscale=0.5):
    return (mat(n, d, scale), [rnd.randrange(k) for _ in range(n)], mat(d, h, wscale),
            [round(rnd.gauss(0, 0.1), 4) for _ in range(h)], mat(h, k, wscale), [round(rnd.gauss(0, 0.1), 4) for _ in range(k)])


visible = [
    ([[1.0, 2.0]], [0], [[1.0, -1.0], [0.5, 1.0]], [0.0, 0.0], [[1.0, 0.0], [0.0, 1.0]], [0.0, 0.0]),
    ([[1.0], [-1.0]], [1, 0], [[2.0]], [0.0], [[1.0, -1.0]], [0.0, 0.0]),
    ([[1.0, 1.0]], [1], [[1.0, 2.0], [-1.0, 1.0]], [0.0, -3.0], [[1.0, 0.0], [0.0, 1.0]], [0.0, 0.0]),
]
hidden = [
    ([[2.0]], [0], [[1.0]], [0.0], [[3.0]], [0.0]),                                   # one class: gradient 0
    ([[1.0, -1.0]], [0], [[1.0, 1.0], [1.0, -1.0]], [0.0, 0.5], [[1.0, 2.0], [-1.0, 0.5]], [0.0, 0.0]),  # z1 = 0 exactly
    ([[0.0, 0.0], [0.0, 0.0]], [0, 1], [[1.0, 1.0], [1.0, 1.0]], [1.0, -1.0], [[1.0, -1.0], [2.0, 0.0]], [0.0, 0.0]),  # x = 0
    ([[3.0], [3.0]], [0, 0], [[10.0]], [0.0], [[100.0, -100.0]], [0.0, 0.0]),          # huge logits, right class
    ([[3.0], [3.0]], [1, 1], [[10.0]], [0.0], [[100.0, -100.0]], [0.0, 0.0]),          # huge logits, wrong class
    ([[1.0, 2.0, 3.0]], [2], [[-1.0, -2.0], [-1.0, -2.0], [-1.0, -2.0]], [0.0, 0.0], [[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]], [0.0, 0.0, 0.0]),  # dead ReLUs
]
hidden.append(random_case(4, 3, 5, 3))
hidden.append(random_case(16, 8, 10, 4, scale=2.0))
hidden.append(random_case(32, 10, 16, 10))
hidden.append(random_case(64, 20, 32, 5, scale=1.0, wscale=0.3))
hidden.append(random_case(8, 5, 6, 7, scale=5.0, wscale=2.0))

tie_cases = [visible[2], hidden[1], hidden[2]]
for case in visible + hidden:
    g = grad(*case)
    if case not in tie_cases and len(case[0]) <= 16:
        check_fd(case, g)

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(grad(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(grad(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(grad(*case))
