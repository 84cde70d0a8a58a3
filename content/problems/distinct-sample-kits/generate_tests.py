"""Writes tests.yaml for distinct-sample-kits. Expected answers enumerate all 2^n bitmasks,
sort each chosen selection and keep the distinct ones (a set of tuples), independent of the
backtracking reference. The count is cross-checked against prod(multiplicity + 1)."""
import json
import random
from collections import Counter
from pathlib import Path

rnd = random.Random(12)


def expected(vials):
    n = len(vials)
    kits = set()
    for mask in range(1 << n):
        kits.add(tuple(sorted(vials[i] for i in range(n) if mask >> i & 1)))
    count = 1
    for m in Counter(vials).values():
        count *= m + 1
    assert len(kits) == count
    return [list(k) for k in sorted(kits, key=lambda k: (len(k), k))]


visible = [[4, 9, 4], [-1, 2], [7, 7, 7]]
hidden = [
    [],
    [0],
    [3, 3],
    [5, -5, 0],
    [2, 1, 2, 1],
    [-10, 10, -10, 10, -10],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -1, -2],      # all distinct: 4096 kits
    [6] * 12,                                      # one code: 13 kits
    [rnd.randint(-3, 3) for _ in range(10)],
    [rnd.randint(-10, 10) for _ in range(11)],
    [rnd.randint(0, 2) for _ in range(12)],
]

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for vials in group:
        lines += [f"  - args: [{json.dumps(vials, separators=(',', ':'))}]",
                  f"    expected: {json.dumps(expected(vials), separators=(',', ':'))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
