"""Writes tests.yaml for reverse-carriage-blocks: hand-made cases, seeded random ones and large
ones. Expected values come from slicing the plain list of values (reverse each full block of k,
keep the short tail), independent of the pointer-relinking reference."""
import json
import random
from pathlib import Path

rnd = random.Random(71)


def expected(values, k):
    out = []
    full = len(values) - len(values) % k
    for i in range(0, full, k):
        out += values[i : i + k][::-1]
    return out + values[full:]


visible = [([11, 12, 13, 14, 15, 16, 17, 18], 3), ([4, 8, 15, 16], 2), ([5, 6, 7], 4)]
hidden = [
    ([], 1),
    ([], 3),
    ([9], 1),
    ([9], 2),
    ([1, 2], 2),
    ([1, 2, 3, 4, 5], 1),
    ([1, 2, 3, 4, 5], 5),
    ([1, 2, 3, 4, 5, 6], 3),
    ([-1000000000, 0, 1000000000, 7, 7], 2),
    ([rnd.randint(-50, 50) for _ in range(23)], 4),
    ([rnd.randint(-10**9, 10**9) for _ in range(300)], 7),
    ([rnd.randint(0, 999) for _ in range(1000)], 1000),
    ([rnd.randint(0, 999) for _ in range(1000)], 999),
    ([rnd.randint(0, 99) for _ in range(12000)], 37),
    ([rnd.randint(0, 99) for _ in range(5000)], 100000),
]


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for values, k in group:
        lines += [f"  - args: {emit([values, k])}", f"    expected: {emit(expected(values, k))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
