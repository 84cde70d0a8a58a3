"""Writes tests.yaml for rmsprop-steps: hand-made edge cases plus seeded random ones.

Expected values follow torch.optim.RMSprop.step (no momentum, no weight decay) with plain loops:
square_avg = alpha * square_avg + (1 - alpha) * g^2; centred: grad_avg likewise and
avg = sqrt(square_avg - grad_avg^2) + eps, else avg = sqrt(square_avg) + eps; p -= lr * g / avg.
The centred variance is formed from fractions.Fraction copies of the two averages, so the
subtraction itself adds no rounding.
"""
import math
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(1111)


def rmsprop(params, grads, lr, alpha, eps, centered):
    p = list(params)
    sq = [0.0] * len(p)
    ga = [0.0] * len(p)
    for grad in grads:
        for i, g in enumerate(grad):
            sq[i] = alpha * sq[i] + (1 - alpha) * g * g
            if centered:
                ga[i] = alpha * ga[i] + (1 - alpha) * g
                avg = math.sqrt(float(Fraction(sq[i]) - Fraction(ga[i]) ** 2)) + eps
            else:
                avg = math.sqrt(sq[i]) + eps
            p[i] -= lr * g / avg
    return p


def fmt(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def random_case(n, steps, lr, alpha, eps, centered, scale=1.0, bias=0.0):
    params = [round(rnd.uniform(-2, 2), 4) for _ in range(n)]
    grads = [[round(bias + rnd.gauss(0, scale), 6) for _ in range(n)] for _ in range(steps)]
    return params, grads, lr, alpha, eps, centered


visible = [
    ([1.0], [[2.0]], 0.01, 0.99, 1e-8, False),
    ([1.0, -1.0], [[1.0, -3.0], [1.0, 0.5]], 0.1, 0.9, 1e-8, False),
    ([0.0, 0.0], [[1.0, 2.0], [3.0, -2.0]], 0.1, 0.5, 1e-8, True),
]
hidden = [
    ([0.5], [], 0.01, 0.99, 1e-8, True),                         # no steps
    ([0.5, 1.5], [[0.0, 0.0], [0.0, 0.0]], 0.01, 0.99, 1e-8, False),  # zero gradients: nothing moves
    ([2.0], [[1e-6], [2e-6], [-1e-6]], 0.01, 0.99, 1e-8, False),  # tiny gradients: eps placement matters
    ([2.0], [[1e-6], [2e-6], [-1e-6]], 0.01, 0.99, 1e-8, True),
    ([1.0, 1.0], [[4.0, 100.0]] * 3, 0.001, 0.9, 1e-8, False),     # constant gradients
    ([0.0], [[1.0], [1.0], [1.0]], 0.01, 0.99, 0.5, False),         # large eps
    ([3.0], [[1000.0], [-1000.0], [500.0]], 0.1, 0.0, 1e-8, False),  # alpha = 0: sign-like steps
]
hidden.append(random_case(5, 10, 0.01, 0.99, 1e-8, False))
hidden.append(random_case(20, 30, 0.001, 0.9, 1e-6, True, scale=2.0, bias=1.0))
hidden.append(random_case(100, 50, 0.01, 0.99, 1e-8, True, scale=1e-3))
hidden.append(random_case(200, 20, 0.05, 0.95, 1e-8, False, scale=10.0))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(rmsprop(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(rmsprop(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(rmsprop(*case))
