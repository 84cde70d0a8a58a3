"""Writes tests.yaml for the softmax problem: seeded inputs, expected values from math.exp."""
import math
import random
from pathlib import Path


def softmax(z):
    m = max(z)
    e = [math.exp(x - m) for x in z]
    s = sum(e)
    return [x / s for x in e]


def fmt(values):
    return "[" + ", ".join(repr(float(x)) for x in values) + "]"


rnd = random.Random(7)
visible = [[1, 2, 3], [1000, 1000], [-2, 0, 0.5, -7]]
hidden = [[0.0], [-5, 0, 5], [1e4, -1e4, 0], [3.5] * 6]
hidden += [[round(rnd.uniform(-50, 50), 3) for _ in range(rnd.randint(2, 12))] for _ in range(8)]
lines = ["# Expected values computed with Python's math module (generate_tests.py beside this file).", "visible:"]
for z in visible:
    lines += [f"  - args: [{fmt(z)}]", f"    expected: {fmt(softmax(z))}"]
lines.append("hidden:")
for z in hidden:
    lines += [f"  - args: [{fmt(z)}]", f"    expected: {fmt(softmax(z))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
