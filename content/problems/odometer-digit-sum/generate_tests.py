"""Writes tests.yaml for odometer-digit-sum: hand-made cases, seeded random ones and long ones.
Expected values come from Python's big integers: read each digit list as an integer, add, and
write the sum back least significant digit first, independent of the carry-propagation reference."""
import json
import random
import sys
from pathlib import Path

rnd = random.Random(1001)
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)


def to_int(digits):
    return int("".join(str(d) for d in reversed(digits)))


def to_digits(number):
    return [int(c) for c in reversed(str(number))]


def expected(a, b):
    return to_digits(to_int(a) + to_int(b))


def number(length):
    if length == 1:
        return [rnd.randint(0, 9)]
    return [rnd.randint(0, 9) for _ in range(length - 1)] + [rnd.randint(1, 9)]


visible = [([7, 0, 9], [5, 9]), ([0], [4, 3]), ([9, 9, 9], [1])]
hidden = [
    ([0], [0]),
    ([5], [5]),
    ([1], [9, 9, 9, 9]),
    ([9, 9], [9, 9]),
    ([0, 0, 1], [0, 0, 9]),
    ([3, 2, 1], [6, 7, 8]),
    (number(12), number(3)),
    (number(40), number(40)),
    (number(500), number(499)),
    ([9] * 3000, [1]),
    (number(12000), number(9000)),
    ([9] * 5000, [9] * 5000),
]


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for a, b in group:
        lines += [f"  - args: {emit([a, b])}", f"    expected: {emit(expected(a, b))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
