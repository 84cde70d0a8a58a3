"""Writes tests.yaml for linreg-gd-step: hand-made edge cases plus seeded random ones.

Expected values are exact: inputs are short decimals, so residuals, gradients and updates are
computed with Fractions straight from the formulas, then converted to float.
"""
import json
import random
from fractions import Fraction as F
from pathlib import Path

def fmt(v):
    """A value as YAML flow text: floats always carry a '.', strings are double-quoted."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        r = repr(v)
        if "e" in r and "." not in r.split("e")[0]:
            r = r.replace("e", ".0e", 1)
        return r
    if isinstance(v, str):
        return json.dumps(v)
    return "[" + ", ".join(fmt(x) for x in v) + "]"


def write_tests(path, header, visible, hidden):
    lines = ["# " + header, "visible:"]
    for args, expected in visible:
        lines += ["  - args: " + fmt(list(args)), "    expected: " + fmt(expected)]
    lines.append("hidden:")
    for args, expected in hidden:
        lines += ["  - args: " + fmt(list(args)), "    expected: " + fmt(expected)]
    path.write_text("\n".join(lines) + "\n")


def step(features, targets, weights, bias, lr):
    n = len(targets)
    errors = [sum(F(w) * F(v) for w, v in zip(weights, x)) + F(bias) - F(y) for x, y in zip(features, targets)]
    grad_b = sum(errors) / n
    grad_w = [sum(e * F(x[j]) for e, x in zip(errors, features)) / n for j in range(len(weights))]
    return [float(F(bias) - F(lr) * grad_b)] + [float(F(w) - F(lr) * g) for w, g in zip(weights, grad_w)]


rnd = random.Random(1212)


def random_case(n, d, scale, lr, decimals=3):
    xs = [[round(rnd.uniform(-scale, scale), decimals) for _ in range(d)] for _ in range(n)]
    ys = [round(rnd.uniform(-scale, scale) * 3, decimals) for _ in range(n)]
    w = [round(rnd.uniform(-2, 2), decimals) for _ in range(d)]
    return xs, ys, w, round(rnd.uniform(-5, 5), decimals), lr


visible = [
    ([[1.0], [2.0]], [2.0, 4.0], [0.0], 0.0, 0.1),
    ([[1.0, 2.0], [3.0, 4.0]], [5.0, 11.0], [1.0, 2.0], 0.0, 0.5),
    ([[0.0], [2.0]], [0.0, 0.0], [1.0], 1.0, 0.25),
]
hidden = [
    ([[3.0]], [-1.0], [2.0], 0.5, 1.0),                          # one sample, large step
    ([[0.0, 0.0], [0.0, 0.0]], [4.0, -4.0], [7.0, -7.0], 0.0, 0.3),  # zero features: weights stay
    ([[1.0, -1.0], [-1.0, 1.0], [2.0, 2.0]], [0.0, 0.0, 0.0], [0.0, 0.0], 0.0, 0.9),  # all zero: nothing moves
    ([[1000.0, -1000.0], [-1000.0, 1000.0]], [1000.0, -1000.0], [1.0, 1.0], -1000.0, 0.001),
    ([[0.5], [1.5], [-2.5]], [1.0, 2.0, 3.0], [-1.0], 2.0, 0.01),
]
hidden.append(random_case(10, 2, 5.0, 0.1))
hidden.append(random_case(100, 5, 10.0, 0.01))
hidden.append(random_case(250, 20, 1.0, 0.5, decimals=4))
hidden.append(random_case(2000, 3, 1000.0, 1e-6, decimals=1))
hidden.append(random_case(50, 8, 2.0, 1.0))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, step(*c)) for c in visible], [(c, step(*c)) for c in hidden])
