"""Writes tests.yaml for oob-vote: hand-made edge cases plus seeded random ones.

Expected votes: for every point and every tree, membership in the bootstrap sample is checked
by scanning the sample list; the vote keeps the highest count and the smallest label among
equals, and -1 when no tree left the point out.
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


def expected(draws, predictions):
    n = len(predictions[0])
    out = []
    for i in range(n):
        labels = [predictions[b][i] for b in range(len(draws)) if i not in draws[b]]
        if not labels:
            out.append(-1)
            continue
        top = max(labels.count(l) for l in labels)
        out.append(min(l for l in labels if labels.count(l) == top))
    return out


rnd = random.Random(1919)


def random_case(n, trees, classes, accuracy):
    truth = [rnd.randrange(classes) for _ in range(n)]
    draws = [[rnd.randrange(n) for _ in range(n)] for _ in range(trees)]
    preds = [[t if rnd.random() < accuracy else rnd.randrange(classes) for t in truth] for _ in range(trees)]
    return draws, preds


visible = [
    ([[0, 0, 1], [1, 2, 2], [2, 0, 2]], [[1, 0, 0], [1, 1, 1], [0, 2, 0]]),
    ([[1, 1], [1, 1], [0, 1]], [[3, 5], [4, 5], [9, 9]]),
    ([[0, 0, 0, 0]], [[1, 1, 0, 2]]),
]
hidden = [
    ([[0]], [[7]]),                                              # one point, always in bag
    ([[0, 1, 2], [2, 1, 0]], [[1, 1, 1], [2, 2, 2]]),            # no repeats: nothing is out of bag
    ([[0, 0], [0, 0], [0, 0]], [[5, 1000000], [5, 0], [6, 0]]),  # point 1 out of bag everywhere
    ([[1, 1, 1], [2, 2, 2], [0, 0, 0], [1, 1, 1]], [[2, 0, 1], [0, 2, 1], [1, 1, 0], [2, 0, 1]]),
    ([[3, 3, 3, 3], [3, 3, 3, 3]], [[4, 3, 2, 1], [1, 2, 3, 4]]),  # two-way ties everywhere
]
hidden.append(random_case(5, 3, 2, 0.7))
hidden.append(random_case(20, 10, 3, 0.6))
hidden.append(random_case(100, 25, 4, 0.5))
hidden.append(random_case(400, 30, 2, 0.8))
hidden.append(random_case(30, 100, 5, 0.3))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, expected(*c)) for c in visible], [(c, expected(*c)) for c in hidden])
