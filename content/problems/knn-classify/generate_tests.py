"""Writes tests.yaml for knn-classify: hand-made edge cases plus seeded random ones.

For every query, each training index is ranked by (squared distance, index) through a plain
selection of the k smallest, and the vote counts every label, keeping the highest count and
the smallest label among equals. Integer-coordinate cases make distance ties exact; real-valued
cases are clear of near-ties at the k-th neighbour.
"""
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


def predict(train, labels, queries, k):
    out = []
    for q in queries:
        d2 = [sum((a - b) ** 2 for a, b in zip(p, q)) for p in train]
        chosen, left = [], list(range(len(train)))
        for _ in range(k):
            best = min(left, key=lambda i: (d2[i], i))
            chosen.append(best)
            left.remove(best)
        counts = {}
        for i in chosen:
            counts[labels[i]] = counts.get(labels[i], 0) + 1
        top = max(counts.values())
        out.append(min(label for label, c in counts.items() if c == top))
    return out


rnd = random.Random(1414)


def integer_case(m, q, d, k, span, classes):
    train = [[float(rnd.randint(-span, span)) for _ in range(d)] for _ in range(m)]
    labels = [rnd.choice(classes) for _ in range(m)]
    queries = [[float(rnd.randint(-span, span)) for _ in range(d)] for _ in range(q)]
    return train, labels, queries, k


def real_case(m, q, d, k, classes):
    centres = {c: [rnd.uniform(-10, 10) for _ in range(d)] for c in classes}
    labels = [rnd.choice(classes) for _ in range(m)]
    train = [[round(rnd.gauss(centres[c][t], 4.0), 4) for t in range(d)] for c in labels]
    queries = []
    while len(queries) < q:
        cand = [round(rnd.uniform(-12, 12), 4) for _ in range(d)]
        d2 = sorted(sum((a - b) ** 2 for a, b in zip(p, cand)) for p in train)
        if k == m or d2[k] - d2[k - 1] > 1e-6:  # the k-th neighbour is unambiguous
            queries.append(cand)
    return train, labels, queries, k


visible = [
    ([[0.0, 0.0], [1.0, 0.0], [5.0, 5.0], [6.0, 5.0]], [1, 1, 2, 2], [[0.5, 0.5], [5.0, 4.0]], 3),
    ([[0.0], [2.0], [-2.0], [4.0]], [7, 3, 3, 7], [[0.0]], 2),
    ([[1.0], [2.0], [3.0]], [4, 5, 6], [[10.0]], 3),
]
hidden = [
    ([[3.0, 3.0]], [-5], [[0.0, 0.0], [3.0, 3.0]], 1),                       # one point
    ([[0.0], [0.0], [0.0], [0.0]], [9, 8, 8, 9], [[1.0]], 2),                # all equidistant: lowest indices
    ([[0.0], [0.0], [0.0], [0.0]], [9, 8, 8, 9], [[1.0]], 3),
    ([[1.0], [-1.0], [2.0], [-2.0]], [1000000000, -1000000000, 5, 5], [[0.0]], 2),  # tie: smaller label
    ([[1.0], [-1.0], [2.0], [-2.0]], [4, 2, 2, 4], [[0.0]], 4),              # k = m, full tie
    ([[10000.0, -10000.0], [-10000.0, 10000.0], [0.0, 0.0]], [1, 2, 3], [[9999.0, -9999.0], [-1.0, 1.0]], 1),
]
hidden.append(integer_case(20, 10, 1, 3, 5, [0, 1]))
hidden.append(integer_case(60, 30, 2, 4, 3, [0, 1, 2]))
hidden.append(integer_case(200, 60, 2, 6, 4, [-3, 10, 7, 2]))
hidden.append(real_case(300, 80, 3, 5, [0, 1, 2]))
hidden.append(real_case(1000, 100, 5, 7, [1, 2, 3, 4, 5]))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, predict(*c)) for c in visible], [(c, predict(*c)) for c in hidden])
