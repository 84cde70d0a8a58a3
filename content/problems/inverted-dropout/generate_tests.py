"""Writes tests.yaml for inverted-dropout: hand-made edge cases plus seeded random ones.

Expected values by a plain loop: a unit survives iff u >= p (so it survives with probability
1 - p when u ~ U[0, 1)), survivors are divided by 1 - p, p = 1 gives zeros, and in evaluation
mode the input is returned unchanged (torch.nn.functional.dropout semantics).
"""
import random
from pathlib import Path

rnd = random.Random(404)


def dropout(x, u, p, training):
    if not training:
        return list(x)
    if p >= 1.0:
        return [0.0] * len(x)
    return [xi / (1.0 - p) if ui >= p else 0.0 for xi, ui in zip(x, u)]


def fmt(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def random_case(n, p, training=True):
    x = [round(rnd.gauss(0, 3), 4) for _ in range(n)]
    u = [round(rnd.random(), 6) for _ in range(n)]
    return x, u, p, training


visible = [
    ([1.0, 2.0, 3.0, 4.0], [0.9, 0.1, 0.5, 0.7], 0.5, True),
    ([1.0, -2.0, 0.5], [0.3, 0.2, 0.95], 0.25, False),
    ([2.0, -4.0, 6.0], [0.2, 0.19999, 0.8], 0.2, True),
]
hidden = [
    ([], [], 0.5, True),                                  # empty
    ([7.5], [0.0], 0.0, True),                            # p = 0: identity even at u = 0
    ([1.0, -1.0, 3.0], [0.0, 0.5, 0.999999], 1.0, True),  # p = 1: all dropped, no division by zero
    ([1.0, -1.0, 3.0], [0.0, 0.5, 0.999999], 1.0, False), # p = 1 in eval: identity
    ([-3.0, 0.0, 8.0, 1e300], [0.75, 0.75, 0.7499999, 0.9], 0.75, True),  # u == p keeps; huge value
    ([0.1, 0.2], [0.5, 0.4], 0.9, True),                   # heavy dropout, all dropped
]
hidden.append(random_case(10, 0.1))
hidden.append(random_case(50, 0.5))
hidden.append(random_case(200, 0.8))
hidden.append(random_case(300, 0.3, training=False))
hidden.append(random_case(2000, 0.2))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(dropout(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(dropout(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(dropout(*case))
