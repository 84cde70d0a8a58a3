"""Writes tests.yaml for confusion-matrix: hand-made edge cases plus seeded random ones.

Expected matrices are filled cell by cell: C[i][j] counts the pairs equal to
(labels[i], labels[j]), a direct reading of the definition.
"""
import json
import random
from collections import Counter
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


def matrix(y_true, y_pred, labels):
    pairs = Counter(zip(y_true, y_pred))
    return [[pairs[(a, b)] for b in labels] for a in labels]


rnd = random.Random(303)


def random_case(n, codes, listed, accuracy):
    y_true = [rnd.choice(codes) for _ in range(n)]
    y_pred = [t if rnd.random() < accuracy else rnd.choice(codes) for t in y_true]
    labels = rnd.sample(codes, listed)
    return y_true, y_pred, labels


visible = [
    ([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2], [0, 1, 2]),
    ([7, -1, 7, 5], [-1, -1, 7, 7], [7, -1]),
    ([3, 3], [3, 3], [9, 3]),
]
hidden = [
    ([], [], [1, 2]),                                       # no photos
    ([5], [5], [5]),                                        # one label, one photo
    ([1, 2, 3], [4, 5, 6], [1, 2, 3]),                      # every prediction unlisted
    ([0, 1, 0, 1], [1, 0, 1, 0], [1, 0]),                   # order of labels is not sorted
    ([2147483647, -2147483648, 0], [-2147483648, -2147483648, 0], [0, -2147483648, 2147483647]),
    ([10, 20, 30, 10, 20, 30], [20, 30, 10, 10, 20, 30], [30, 20, 10]),
]
hidden.append(random_case(50, [0, 1, 2, 3], 4, 0.5))
hidden.append(random_case(300, list(range(-5, 6)), 8, 0.6))
hidden.append(random_case(800, [rnd.randint(-10**9, 10**9) for _ in range(30)], 25, 0.7))
hidden.append(random_case(2500, list(range(200)), 100, 0.3))
hidden.append(random_case(4000, list(range(60)), 40, 0.5))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, matrix(*c)) for c in visible], [(c, matrix(*c)) for c in hidden])
