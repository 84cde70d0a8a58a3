"""Writes tests.yaml for ddpm-forward-noising: hand-made cases plus seeded random ones.

Expected values: for each example, recompute alpha-bar from scratch as
exp(fsum(log1p(-beta_s) for s = 1..t)), a sum of logarithms rather than the running product used
by the reference solution, then take the two square roots.
"""
import json
import re
import math
import random
from pathlib import Path

rnd = random.Random(2020)


def alpha_bar(t, T, b0, b1):
    logs = []
    for s in range(1, t + 1):
        beta = b0 if T == 1 else b0 + (b1 - b0) * (s - 1) / (T - 1)
        logs.append(math.log1p(-beta))
    return math.exp(math.fsum(logs))


def noise(x0, eps, ts, T, b0, b1):
    out = []
    for row, e, t in zip(x0, eps, ts):
        ab = alpha_bar(t, T, b0, b1)
        out.append([math.sqrt(ab) * a + math.sqrt(1 - ab) * b for a, b in zip(row, e)])
    return out


def random_case(batch, dim, T, b0, b1, t_choices=None):
    x0 = [[round(rnd.uniform(-1, 1), 4) for _ in range(dim)] for _ in range(batch)]
    eps = [[round(rnd.gauss(0, 1), 4) for _ in range(dim)] for _ in range(batch)]
    ts = [rnd.choice(t_choices) if t_choices else rnd.randint(1, T) for _ in range(batch)]
    return x0, eps, ts, T, b0, b1


visible = [
    ([[1.0]], [[0.5]], [2], 2, 0.2, 0.2),
    ([[1.0, -1.0], [0.5, 0.0]], [[0.0, 0.0], [1.0, -1.0]], [1, 3], 3, 0.1, 0.3),
    ([[0.2, -0.4, 0.9]], [[1.5, 0.3, -0.7]], [1000], 1000, 1e-4, 0.02),
]
hidden = [
    ([[0.7]], [[-0.3]], [1], 1, 0.05, 0.5),             # T = 1: beta_1 = beta_start
    ([[1.0]], [[1.0]], [1], 1000, 1e-4, 0.02),          # first step of the DDPM schedule
    ([[1.0, 0.0]], [[0.0, 1.0]], [500], 1000, 1e-4, 0.02),
    ([[0.3, 0.3]], [[0.3, 0.3]], [4], 4, 0.25, 0.25),   # constant schedule
    ([[1.0]] * 3, [[0.0]] * 3, [1, 2, 3], 3, 0.5, 0.9),  # same image, three times
    ([[-1.0, 1.0]], [[2.0, -2.0]], [10], 10, 0.0001, 0.9999),
]
hidden += [random_case(4, 3, 10, 0.01, 0.2), random_case(16, 8, 1000, 1e-4, 0.02),
           random_case(32, 16, 1000, 1e-4, 0.02, [1, 2, 999, 1000]), random_case(64, 16, 4000, 1e-5, 0.01)]

lines = ["# Written by generate_tests.py beside this file (alpha-bar recomputed per example as a sum of logs).",
         "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for case in cases:
        lines += [f"  - args: [{', '.join(json.dumps(a) for a in case)}]", f"    expected: {json.dumps(noise(*case))}"]
# Give every exponent-form number a decimal point ("1e-08" -> "1.0e-08") so YAML reads it as a float.
text = re.sub(r"(?<![\w.])(-?\d+)e([-+]\d+)", r"\1.0e\2", "\n".join(lines) + "\n")
Path(__file__).with_name("tests.yaml").write_text(text)
