"""Writes tests.yaml for logistic-loss-grad: hand-made edge cases plus seeded random ones.

Expected values use Python's decimal module with 60 significant digits: z, e^z, log(1 + e^z)
and sigma(z) are evaluated directly from their definitions (no stability tricks are needed at
that precision and exponent range), summed, and rounded to float at the end.
"""
import json
import random
from decimal import Decimal, getcontext
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

getcontext().prec = 60
getcontext().Emax = 999999
getcontext().Emin = -999999


def expected(features, labels, weights, bias):
    n = len(labels)
    loss = Decimal(0)
    grads = [Decimal(0)] * (len(weights) + 1)
    for x, y in zip(features, labels):
        z = sum(Decimal(w) * Decimal(v) for w, v in zip(weights, x)) + Decimal(bias)
        ez = z.exp()
        loss += (1 + ez).ln() - y * z
        r = ez / (1 + ez) - y
        grads[0] += r
        for j, v in enumerate(x):
            grads[j + 1] += r * Decimal(v)
    return [float(loss / n)] + [float(g / n) for g in grads]


rnd = random.Random(1313)


def random_case(n, d, wscale, xscale=1.0, decimals=3):
    xs = [[round(rnd.gauss(0, xscale), decimals) for _ in range(d)] for _ in range(n)]
    w = [round(rnd.gauss(0, wscale), decimals) for _ in range(d)]
    b = round(rnd.gauss(0, wscale), decimals)
    z = [sum(a * c for a, c in zip(w, x)) + b for x in xs]
    labels = [1 if rnd.random() < 0.5 + (0.3 if zi > 0 else -0.3) else 0 for zi in z]
    return xs, labels, w, b


visible = [
    ([[0.0]], [1], [0.0], 0.0),
    ([[1000.0]], [0], [1.0], 0.0),
    ([[1.0, 2.0], [-1.0, 0.0]], [1, 0], [0.5, -0.25], 0.1),
]
hidden = [
    ([[1000.0]], [1], [1.0], 0.0),                      # confident and right: loss ~ e^-1000
    ([[-1000.0]], [1], [1.0], 0.0),                     # confident and wrong the other way
    ([[1.0], [1.0]], [0, 1], [1e5], -1.0),              # |z| near 1e5
    ([[50.0, -20.0], [-30.0, 40.0], [1.0, 1.0]], [0, 1, 1], [-3.0, 4.0], 0.0),  # z = -230, 250, 1
    ([[0.0, 0.0, 0.0]], [0], [5.0, -5.0, 1.0], 0.0),    # all-zero features
    ([[2.0], [3.0], [4.0]], [1, 1, 1], [0.0], 40.0),    # sigma rounds to 1 but the loss is tiny
]
hidden.append(random_case(10, 2, 1.0))
hidden.append(random_case(200, 5, 3.0))
hidden.append(random_case(1000, 10, 100.0, decimals=2))   # many saturated scores
hidden.append(random_case(300, 20, 0.5, xscale=2.0))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, expected(*c)) for c in visible], [(c, expected(*c)) for c in hidden])
