"""Writes tests.yaml for rotated-shelf-search: hand-made cases and seeded random rotations with
targets that are present (at the ends, at the rotation point, anywhere) or absent. Expected
values come from a linear scan (list.index), independent of the binary-search reference."""
import json
import random
from pathlib import Path

rnd = random.Random(36)


def expected(codes, target):
    return codes.index(target) if target in codes else -1


def rotated(n, low, high):
    values = sorted(rnd.sample(range(low, high), n))
    r = rnd.randrange(n)
    return values[r:] + values[:r]


visible = [([40, 55, 70, 3, 12, 21], 12), ([40, 55, 70, 3, 12, 21], 41), ([8], 8)]
hidden = [
    ([8], 9),
    ([5, 1], 1),
    ([5, 1], 5),
    ([1, 5], 5),
    ([2, 3, 4, 5, 1], 1),
    ([6, 1, 2, 3, 4, 5], 6),
    ([1, 2, 3, 4, 5, 6, 7], 7),
    ([1000000000, -1000000000, 0], -1000000000),
    ([3, 4, 5, 1, 2], 0),
]
for n in (3, 10, 57, 300, 1500):
    codes = rotated(n, -10**6, 10**6)
    for target in (rnd.choice(codes), codes[0], codes[-1], rnd.randint(-10**6, 10**6)):
        hidden.append((codes, target))
    hidden.append((codes, min(codes)))
big = rotated(8000, -10**5, 10**5)
hidden.append((big, big[rnd.randrange(8000)]))


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for codes, target in group:
        lines += [f"  - args: {emit([codes, target])}", f"    expected: {expected(codes, target)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
