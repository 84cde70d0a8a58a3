"""Writes tests.yaml for cross-entropy-logits: hand-made edge cases plus seeded random ones.

Expected values: for each row, log-sum-exp with math.fsum after shifting by the row maximum,
then the smoothed loss (1 - eps) * (lse - z_t) + eps * mean_k (lse - z_k), averaged with fsum.
This is torch.nn.functional.cross_entropy(logits, targets, label_smoothing=eps), reduction 'mean'.
"""
import math
import random
from pathlib import Path

rnd = random.Random(101)


def loss(logits, targets, eps):
    per_row = []
    for z, t in zip(logits, targets):
        m = max(z)
        lse = m + math.log(math.fsum(math.exp(v - m) for v in z))
        nll = lse - z[t]
        smooth = math.fsum(lse - v for v in z) / len(z)
        per_row.append((1 - eps) * nll + eps * smooth)
    return math.fsum(per_row) / len(per_row)


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def random_case(n, c, scale, eps):
    logits = [[round(rnd.gauss(0, scale), 4) for _ in range(c)] for _ in range(n)]
    targets = [rnd.randrange(c) for _ in range(n)]
    return logits, targets, eps


visible = [
    ([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], [0, 1], 0.0),
    ([[1000.0, 0.0], [0.0, 1000.0]], [1, 1], 0.0),
    ([[2.0, 1.0, 0.1]], [2], 0.1),
]
hidden = [
    ([[0.0]], [0], 0.0),                                      # one class: loss 0
    ([[3.0, 3.0, 3.0, 3.0]], [2], 0.0),                       # equal logits: log 4
    ([[-1e4, 1e4, 0.0]], [0], 0.0),                           # target far below: 2e4
    ([[-1e4, 1e4, 0.0]], [1], 0.25),                          # smoothing with huge logits
    ([[5.0, -5.0], [5.0, -5.0], [-5.0, 5.0]], [0, 0, 0], 1.0),  # eps = 1: uniform target
    ([[-700.5, -800.25, -750.0]], [0], 0.0),                  # all very negative
]
hidden.append(random_case(4, 3, 1.0, 0.0))
hidden.append(random_case(10, 7, 5.0, 0.1))
hidden.append(random_case(32, 10, 30.0, 0.05))
hidden.append(random_case(40, 20, 200.0, 0.2))
hidden.append(random_case(150, 30, 3.0, 0.0))
hidden.append(random_case(80, 40, 1000.0, 0.3))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(loss(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(loss(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(loss(*case))
