"""Writes tests.yaml for minmax-scale-range: hand-made edge cases plus seeded random ones.

Expected values: per column, the minimum and maximum by a plain scan, then the linear map
with exact Fraction arithmetic (inputs are finite decimals), converted to float at the end.
"""
import json
import random
from fractions import Fraction
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


def expected(data, low, high):
    out = [[0.0] * len(data[0]) for _ in data]
    for j in range(len(data[0])):
        col = [Fraction(row[j]) for row in data]
        lo, hi = min(col), max(col)
        for i, v in enumerate(col):
            out[i][j] = float(Fraction(low) if hi == lo else Fraction(low) + (v - lo) * (Fraction(high) - Fraction(low)) / (hi - lo))
    return out


rnd = random.Random(909)


def random_case(n, d, scale, low, high, decimals=3, constant_cols=0):
    const = set(rnd.sample(range(d), constant_cols))
    base = [round(rnd.uniform(-scale, scale), decimals) for _ in range(d)]
    data = [[base[j] if j in const else round(rnd.uniform(-scale, scale), decimals) for j in range(d)] for _ in range(n)]
    return data, low, high


visible = [
    ([[0.0, 5.0], [5.0, 5.0], [10.0, 5.0]], 0.0, 1.0),
    ([[2.0], [4.0], [8.0]], -1.0, 1.0),
    ([[-3.0, 1.0], [7.0, 0.0]], 10.0, 20.0),
]
hidden = [
    ([[42.0]], 0.0, 1.0),                                   # one value
    ([[1.0, 2.0, 3.0]], -5.0, 5.0),                         # one row: everything constant
    ([[0.1], [0.1], [0.1]], -1.0, 1.0),                     # constant, non-integer
    ([[-1e6, 1e6], [1e6, -1e6], [0.0, 0.0]], -1000.0, 1000.0),
    ([[1.0], [1.0 + 1e-6], [1.0 + 2e-6]], 0.0, 1.0),        # tiny spread
    ([[3.0, -2.0], [3.0, -2.0], [4.0, -2.0]], 0.5, 0.75),
]
hidden.append(random_case(10, 3, 10.0, 0.0, 1.0, decimals=1))
hidden.append(random_case(100, 6, 1000.0, -1.0, 1.0, constant_cols=2))
hidden.append(random_case(300, 6, 1.0, -3.5, 2.25, decimals=5))
hidden.append(random_case(1000, 3, 1e6, -1000.0, 1000.0, decimals=0, constant_cols=1))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, expected(*c)) for c in visible], [(c, expected(*c)) for c in hidden])
