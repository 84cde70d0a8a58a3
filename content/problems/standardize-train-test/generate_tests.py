"""Writes tests.yaml for standardize-train-test: hand-made edge cases plus seeded random ones.

Expected values: per-column mean and population variance with math.fsum (two passes), a zero
standard deviation replaced by 1, then the test rows transformed value by value.
"""
import math
import json
import random
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


def expected(train, test):
    m = len(train)
    stats = []
    for column in zip(*train):
        mu = math.fsum(column) / m
        sd = math.sqrt(math.fsum((v - mu) ** 2 for v in column) / m)
        stats.append((mu, sd if sd > 0 else 1.0))
    return [[(v - mu) / sd for v, (mu, sd) in zip(row, stats)] for row in test]


rnd = random.Random(808)


def random_case(m, t, d, scale, decimals=3, constant_cols=0):
    shift = [rnd.uniform(-scale, scale) for _ in range(d)]
    spread = [rnd.uniform(0.1, 1.0) * scale for _ in range(d)]
    const = set(rnd.sample(range(d), constant_cols))
    def row():
        return [round(shift[j] if j in const else rnd.gauss(shift[j], spread[j]), decimals) for j in range(d)]
    return [row() for _ in range(m)], [row() for _ in range(t)]


visible = [
    ([[1.0, 10.0], [3.0, 10.0], [5.0, 10.0]], [[3.0, 10.0], [7.0, 12.0]]),
    ([[-2.0], [2.0]], [[0.0], [1.0], [-4.0]]),
    ([[4.0, -1.0]], [[4.0, -1.0], [5.0, 0.0]]),
]
hidden = [
    ([[1.0, 2.0], [3.0, 4.0]], []),                              # no test rows
    ([[5.0]], [[5.0]]),                                          # one value
    ([[0.0], [0.0], [0.0], [1.0]], [[1.0], [-1.0]]),             # skewed column
    ([[1e6, -1e6], [-1e6, 1e6], [1e6, 1e6]], [[0.0, 0.0], [1e6, -1e6]]),
    ([[2.5, 7.0, -3.0], [2.5, 8.0, -3.0]], [[2.5, 7.5, -3.0], [0.0, 0.0, 0.0]]),  # two constant columns
]
hidden.append(random_case(5, 3, 2, 10.0))
hidden.append(random_case(40, 20, 5, 100.0, constant_cols=1))
hidden.append(random_case(200, 100, 10, 1.0, decimals=5))
hidden.append(random_case(1000, 100, 4, 1e5, decimals=1, constant_cols=2))
hidden.append(random_case(1200, 300, 3, 0.01, decimals=6))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, expected(*c)) for c in visible], [(c, expected(*c)) for c in hidden])
