"""Writes tests.yaml for adam-step: hand-made edge cases plus seeded random ones.

Expected values follow torch.optim.Adam's own order of operations (single-tensor path, no
weight decay): m.lerp_(g, 1 - beta1); v = beta2 * v + (1 - beta2) * g * g;
param -= (lr / bc1) * m / (sqrt(v) / sqrt(bc2) + eps). This equals the textbook
m_hat / (sqrt(v_hat) + eps) form up to rounding.
"""
import math
import random
from pathlib import Path

BETA1, BETA2, EPS = 0.9, 0.999, 1e-8
rnd = random.Random(5)


def adam(params, grads, m, v, t, lr):
    new_m = [mi + (1 - BETA1) * (g - mi) for mi, g in zip(m, grads)]
    new_v = [BETA2 * vi + (1 - BETA2) * g * g for vi, g in zip(v, grads)]
    step_size = lr / (1 - BETA1 ** t)
    root_bc2 = math.sqrt(1 - BETA2 ** t)
    new_p = [p - step_size * mi / (math.sqrt(vi) / root_bc2 + EPS) for p, mi, vi in zip(params, new_m, new_v)]
    return [new_p, new_m, new_v]


def random_case(n, t, lr, scale):
    # m and v come from t - 1 earlier Adam steps on random gradients, as in real training.
    params = [round(rnd.uniform(-3, 3), 6) for _ in range(n)]
    m, v = [0.0] * n, [0.0] * n
    for _ in range(min(t - 1, 50)):
        g = [rnd.gauss(0, scale) for _ in range(n)]
        m = [BETA1 * a + (1 - BETA1) * b for a, b in zip(m, g)]
        v = [BETA2 * a + (1 - BETA2) * b * b for a, b in zip(v, g)]
    grads = [round(rnd.gauss(0, scale), 9) for _ in range(n)]
    m = [float(f"{x:.10g}") for x in m]  # shorter numbers, same kind of state
    v = [float(f"{x:.10g}") for x in v]
    return params, grads, m, v, t, lr


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


visible = [
    ([1.0, -2.0], [0.5, -0.1], [0.0, 0.0], [0.0, 0.0], 1, 0.1),
    ([0.5, 0.25, -1.5], [0.2, -0.4, 0.0], [0.1, -0.05, 0.02], [0.01, 0.004, 0.0009], 3, 0.01),
    ([2.0, -0.5, 0.75, 0.0], [-1.5, 0.25, 3.0, -0.02], [-0.4, 0.1, 0.0, 0.01], [0.5, 0.02, 0.0, 0.0004], 10, 0.002),
]
hidden = [
    ([0.0], [0.0], [0.0], [0.0], 1, 0.001),                                   # nothing moves
    ([1.0, 1.0], [1e-9, -3e-9], [0.0, 0.0], [0.0, 0.0], 1, 0.01),             # eps dominates the denominator
    ([0.3], [0.0], [1e-6], [1e-14], 5, 0.001),                                # zero gradient, tiny v
    ([3.0, -7.0], [1e6, -2.5e5], [5e5, 0.0], [1e11, 4e10], 7, 0.05),          # huge gradients
    ([-1.25, 2.5, 0.0], [-0.3, 0.7, 2.0], [0.02, 0.05, -0.1], [0.003, 0.001, 0.02], 2, 1.0),
    ([10.0, -10.0], [0.01, -0.02], [0.005, -0.01], [1e-4, 3e-4], 1000000, 0.001),  # bias corrections are 1
]
hidden.append(random_case(5, 4, 0.001, 1.0))
hidden.append(random_case(20, 37, 0.0003, 0.1))
hidden.append(random_case(50, 12, 0.01, 10.0))
hidden.append(random_case(8, 250, 0.1, 1e-3))
hidden.append(random_case(500, 100, 0.001, 1.0))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(adam(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(adam(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
