"""Writes tests.yaml for drop-from-end: hand-made cases, seeded random ones and large ones.
Expected values come from deleting index len - p of the plain list of values, independent of the
two-pointer reference."""
import json
import random
from pathlib import Path

rnd = random.Random(88)


def expected(values, p):
    out = values[:]
    del out[len(values) - p]
    return out


visible = [([21, 34, 55, 89, 144], 2), ([21, 34, 55, 89, 144], 5), ([7], 1)]
hidden = [
    ([7, 8], 1),
    ([7, 8], 2),
    ([3, 3, 3], 2),
    ([1, 2, 3, 4, 5, 6], 6),
    ([1, 2, 3, 4, 5, 6], 1),
    ([-1000000000, 1000000000, 0], 2),
]
for n in (10, 100, 1000):
    values = [rnd.randint(-10**9, 10**9) for _ in range(n)]
    hidden.append((values, rnd.randint(1, n)))
big = [rnd.randint(0, 999) for _ in range(6000)]
hidden += [(big, 6000), (big, 2345)]


def emit(args):
    text = json.dumps(args)
    return text if len(text) < 3000 else json.dumps(args, separators=(",", ":"))


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        lines.append("hidden:")
    for values, p in group:
        lines += [f"  - args: {emit([values, p])}", f"    expected: {emit(expected(values, p))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
