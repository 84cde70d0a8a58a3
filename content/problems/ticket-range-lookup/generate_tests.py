"""Writes tests.yaml for ticket-range-lookup: hand-made cases and seeded random sorted logs with
long runs of equal minutes. Expected values come from a linear scan, independent of the
binary-search reference."""
import json
import random
from pathlib import Path

rnd = random.Random(909)


def expected(stamps, target):
    hits = [i for i, v in enumerate(stamps) if v == target]
    return [hits[0], hits[-1]] if hits else [-1, -1]


def log(n, low, high):
    return sorted(rnd.randint(low, high) for _ in range(n))


visible = [([3, 5, 5, 5, 8, 9], 5), ([3, 5, 5, 5, 8, 9], 6), ([], 0)]
hidden = [
    ([7], 7),
    ([7], 8),
    ([7, 7, 7, 7, 7, 7, 7], 7),
    ([1, 2, 3], 1),
    ([1, 2, 3], 3),
    ([1, 2, 3], 0),
    ([1, 2, 3], 4),
    ([-1000000000, -1000000000, 1000000000, 1000000000], 1000000000),
    ([-1000000000, -1000000000, 1000000000, 1000000000], -1000000000),
    ([2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 6], 4),
]
for n, span in ((20, 5), (100, 30), (1000, 100), (5000, 10)):
    stamps = log(n, -span, span)
    hidden.append((stamps, rnd.choice(stamps)))
    hidden.append((stamps, rnd.randint(-span - 2, span + 2)))
big = [0] * 30000
hidden.append((big, 0))


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for stamps, target in group:
        lines += [f"  - args: {emit([stamps, target])}", f"    expected: {expected(stamps, target)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
