"""Writes tests.yaml for sgd-momentum: hand-made edge cases plus seeded random ones.

Expected values follow torch.optim.SGD.step (dampening 0, maximize False) literally, with a
None buffer before the first step: d = g + wd * p; buf = d on the first step, else
mu * buf + d; d = d + mu * buf if nesterov else buf (only when mu != 0); p = p - lr * d.
"""
import random
from pathlib import Path

rnd = random.Random(1010)


def sgd(params, grads, lr, mu, wd, nesterov):
    p = list(params)
    buf = None
    for grad in grads:
        d = [g + wd * x if wd != 0 else g for g, x in zip(grad, p)]
        if mu != 0:
            buf = list(d) if buf is None else [mu * b + di for b, di in zip(buf, d)]
            d = [di + mu * b for di, b in zip(d, buf)] if nesterov else list(buf)
        p = [x - lr * di for x, di in zip(p, d)]
    return p


def fmt(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def random_case(n, steps, lr, mu, wd, nesterov, scale=1.0):
    params = [round(rnd.uniform(-2, 2), 4) for _ in range(n)]
    grads = [[round(rnd.gauss(0, scale), 4) for _ in range(n)] for _ in range(steps)]
    return params, grads, lr, mu, wd, nesterov


visible = [
    ([1.0], [[1.0], [1.0], [1.0]], 0.1, 0.9, 0.0, False),
    ([1.0], [[1.0], [1.0], [1.0]], 0.1, 0.9, 0.0, True),
    ([2.0, -1.0], [[0.5, 0.0], [-0.5, 1.0]], 0.5, 0.5, 0.1, False),
]
hidden = [
    ([3.0, -3.0], [], 0.1, 0.9, 0.1, True),                         # no steps: unchanged
    ([], [[], []], 0.1, 0.9, 0.0, False),                            # no parameters
    ([1.0, 2.0], [[0.3, -0.4], [0.1, 0.1]], 0.2, 0.0, 0.0, False),   # plain SGD
    ([1.0, 2.0], [[0.3, -0.4], [0.1, 0.1]], 0.2, 0.0, 0.0, True),    # nesterov without momentum: plain SGD
    ([5.0], [[0.0]] * 4, 0.1, 0.5, 0.2, False),                      # zero gradients, weight decay only
    ([1.0, -1.0], [[1.0, -1.0], [-1.0, 1.0]] * 5, 0.05, 0.99, 0.0, True),  # oscillating gradients
]
hidden.append(random_case(3, 5, 0.01, 0.9, 0.0, False))
hidden.append(random_case(10, 20, 0.1, 0.9, 1e-4, True))
hidden.append(random_case(50, 30, 0.05, 0.8, 5e-4, False, scale=3.0))
hidden.append(random_case(100, 40, 0.001, 0.95, 0.01, True, scale=10.0))
hidden.append(random_case(200, 25, 0.3, 0.5, 0.0, False, scale=0.1))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(sgd(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(sgd(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(sgd(*case))
