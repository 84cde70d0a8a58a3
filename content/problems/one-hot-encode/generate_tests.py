"""Writes tests.yaml for one-hot-encode: hand-made edge cases plus seeded random ones.

Expected rows: each column's categories come from a set of the training values sorted with
Python's default (code point) string order; each test value is compared with every category.
"""
import json
import random
import string
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


def encode(train, test):
    cats = [sorted(set(row[j] for row in train)) for j in range(len(train[0]))]
    return [[1 if row[j] == c else 0 for j in range(len(row)) for c in cats[j]] for row in test]


rnd = random.Random(1010)
ALPHABET = string.ascii_letters + string.digits + " -_."


def vocabulary(size):
    words = set()
    while len(words) < size:
        words.add("".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 6))))
    return sorted(words)


def random_case(m, t, c, sizes, unseen_rate):
    vocabs = [vocabulary(s) for s in sizes[:c]]
    train = [[rnd.choice(v[: max(1, len(v) * 3 // 4)]) for v in vocabs] for _ in range(m)]
    test = [[rnd.choice(v) if rnd.random() > unseen_rate else "zz" + rnd.choice(v) for v in vocabs] for _ in range(t)]
    return train, test


visible = [
    ([["petrol", "suv"], ["diesel", "van"], ["petrol", "van"]], [["diesel", "suv"], ["electric", "van"]]),
    ([["b"], ["B"], ["a"], ["b"]], [["a"], ["B"]]),
    ([["10"], ["9"], ["100"]], [["9"], ["09"]]),
]
hidden = [
    ([["x", "y"]], []),                                          # no test rows
    ([["only"]], [["only"], ["ONLY"], [""]]),                    # one category
    ([[""], ["a"], [" "]], [[" "], [""], ["a"]]),                # empty string and a space
    ([["b", "1"], ["a", "1"], ["c", "2"]], [["c", "3"], ["q", "1"], ["a", "2"]]),
    ([["Zebra"], ["apple"], ["Apple"], ["zebra"], ["_"]], [["_"], ["Zebra"], ["apple"]]),
    ([["red", "s", "yes"], ["red", "m", "no"]], [["red", "m", "no"], ["blue", "xl", "maybe"]]),
]
hidden.append(random_case(20, 10, 2, [3, 5], 0.1))
hidden.append(random_case(200, 60, 4, [8, 2, 15, 4], 0.2))
hidden.append(random_case(1500, 150, 3, [40, 60, 25], 0.15))
hidden.append(random_case(800, 80, 6, [5, 10, 3, 7, 2, 12], 0.05))

write_tests(Path(__file__).with_name("tests.yaml"), "Written by generate_tests.py beside this file.",
            [(c, encode(*c)) for c in visible], [(c, encode(*c)) for c in hidden])
