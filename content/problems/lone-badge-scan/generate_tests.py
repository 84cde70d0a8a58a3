"""Writes tests.yaml for lone-badge-scan. The lone value is planted by construction and confirmed
by counting occurrences with a dictionary (independent of the bit-counting references)."""
import json
import random
from collections import Counter
from pathlib import Path

rnd = random.Random(333)
LOW, HIGH = -2**31, 2**31 - 1


def expected(scans):
    counts = Counter(scans)
    once = [v for v, c in counts.items() if c == 1]
    assert len(once) == 1 and all(c in (1, 3) for c in counts.values()), scans
    return once[0]


def build(lone, staff):
    scans = [lone] + [v for v in staff for _ in range(3)]
    rnd.shuffle(scans)
    return scans


def distinct(k, low, high, avoid):
    values = set()
    while len(values) < k:
        v = rnd.randint(low, high)
        if v != avoid:
            values.add(v)
    return list(values)


visible = [[5, 9, 5, 5], [-4, 7, 7, -4, 12, 7, -4], [-1]]
hidden = [
    [0],
    [2147483647],
    [-2147483648],
    build(0, [1, -1]),
    build(-2147483648, [2147483647, -1, 0]),
    build(2147483647, [-2147483648, 1]),
    build(-7, [7, -8, 8]),
    build(6, [3, 5, 12, 9]),
    build(rnd.randint(-50, 50), distinct(10, -50, 50, None)),
    build(rnd.randint(LOW, HIGH), distinct(300, LOW, HIGH, None)),
    build(-123456789, distinct(2000, -10**5, 10**5, -123456789)),
    build(rnd.randint(-10**5, 10**5), distinct(4000, -10**5, 10**5, None)),
]
# Make sure the lone value of the random cases is not also a staff value.
hidden = [s for s in hidden if len([v for v, c in Counter(s).items() if c == 1]) == 1]


def text(value):
    return json.dumps(value, separators=(",", ":") if len(value) > 300 else (", ", ": "))


out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for scans in group:
        out += [f"  - args: [{text(scans)}]", f"    expected: {expected(scans)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
