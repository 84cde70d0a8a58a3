"""Writes tests.yaml for class-prf-report: hand-made edge cases plus seeded random ones.

Expected values come from exact fractions: per-class counts by a plain loop over a k x k
confusion table, then precision, recall and F1 as Fractions, converted to float at the end.
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


def report(y_true, y_pred, k):
    table = [[0] * k for _ in range(k)]
    for t, p in zip(y_true, y_pred):
        table[t][p] += 1
    rows = []
    for c in range(k):
        tp = table[c][c]
        col = sum(table[r][c] for r in range(k))
        row = sum(table[c])
        p = Fraction(tp, col) if col else Fraction(0)
        r = Fraction(tp, row) if row else Fraction(0)
        f = 2 * p * r / (p + r) if p + r else Fraction(0)
        rows.append([p, r, f])
    macro = [sum(row[j] for row in rows) / k for j in range(3)]
    return [[float(x) for x in row] for row in rows + [macro]]


rnd = random.Random(202)


def random_case(n, k, accuracy):
    y_true = [rnd.randrange(k) for _ in range(n)]
    y_pred = [t if rnd.random() < accuracy else rnd.randrange(k) for t in y_true]
    return y_true, y_pred, k


visible = [
    ([0, 0, 1, 1, 1], [0, 1, 1, 1, 0], 2),
    ([0, 1, 2, 2], [0, 2, 2, 2], 4),
    ([1, 1, 1], [0, 0, 0], 2),
]
hidden = [
    ([0], [0], 1),                       # one class, one sample
    ([2], [0], 3),                       # one sample, wrong
    ([0, 1, 2, 3], [0, 1, 2, 3], 4),     # perfect
    ([0, 0, 0, 0], [0, 0, 0, 0], 5),     # four classes never occur nor are predicted
    ([0, 1, 0, 1, 0, 1], [1, 0, 1, 0, 1, 0], 2),  # always wrong
    ([0, 0, 0, 0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2),  # rare class never predicted
    ([0, 0, 1, 2, 2, 2], [0, 2, 2, 2, 1, 0], 3),
]
hidden.append(random_case(30, 3, 0.6))
hidden.append(random_case(200, 7, 0.5))
hidden.append(random_case(2000, 20, 0.7))
hidden.append(random_case(8000, 100, 0.4))
skewed_true = [0 if rnd.random() < 0.9 else rnd.randrange(1, 6) for _ in range(5000)]
skewed_pred = [t if rnd.random() < 0.8 else 0 for t in skewed_true]
hidden.append((skewed_true, skewed_pred, 6))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, report(*c)) for c in visible], [(c, report(*c)) for c in hidden])
