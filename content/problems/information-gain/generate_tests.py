"""Writes tests.yaml for information-gain: hand-made edge cases plus seeded random ones.

Expected values: for every attribute value, the matching labels are collected by a scan of the
whole list, and entropies are summed term by term with math.fsum and math.log2.
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


def entropy(labels):
    n = len(labels)
    return -math.fsum(labels.count(c) / n * math.log2(labels.count(c) / n) for c in set(labels))


def gain(feature, labels):
    n = len(labels)
    conditional = math.fsum(
        feature.count(v) / n * entropy([y for f, y in zip(feature, labels) if f == v]) for v in set(feature)
    )
    return entropy(labels) - conditional


rnd = random.Random(1818)


def random_case(n, values, classes, dependence):
    vals = [f"v{i}" for i in range(values)]
    cls = [f"c{i}" for i in range(classes)]
    feature = [rnd.choice(vals) for _ in range(n)]
    labels = [cls[int(f[1:]) % classes] if rnd.random() < dependence else rnd.choice(cls) for f in feature]
    return feature, labels


visible = [
    (["monthly", "monthly", "yearly", "yearly"], ["leave", "leave", "stay", "stay"]),
    (["a", "a", "b", "b"], ["yes", "no", "yes", "no"]),
    (["x", "x", "x", "y"], ["0", "0", "1", "1"]),
]
hidden = [
    (["solo"], ["yes"]),                                          # one item: 0
    (["p", "q", "r"], ["same", "same", "same"]),                  # pure labels: 0
    (["u1", "u2", "u3", "u4"], ["a", "b", "c", "d"]),             # unique attribute values: IG = H(Y) = 2
    (["k", "k", "k", "k"], ["a", "b", "a", "c"]),                 # one attribute value: 0
    (["A", "a", "A", "a"], ["Yes", "yes", "Yes", "yes"]),         # case-sensitive strings
    (["east", "west", "east", "north", "west", "east"], ["1", "0", "1", "0", "1", "0"]),
]
hidden.append(random_case(30, 3, 2, 0.5))
hidden.append(random_case(200, 5, 3, 0.3))
hidden.append(random_case(2000, 10, 4, 0.8))
hidden.append(random_case(8000, 40, 6, 0.1))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, gain(*c)) for c in visible], [(c, gain(*c)) for c in hidden])
