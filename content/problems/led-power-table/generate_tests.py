"""Writes tests.yaml for led-power-table. Expected values are computed by repeatedly clearing the
lowest set bit of each number (x &= x - 1, Kernighan's method) and counting the steps, which is
independent of the table recurrence in the references; bin(x).count("1") confirms it."""
import json
from pathlib import Path


def popcount(x):
    steps = 0
    while x:
        x &= x - 1
        steps += 1
    return steps


def expected(n):
    table = [popcount(i) for i in range(n + 1)]
    assert table == [bin(i).count("1") for i in range(n + 1)]
    return table


visible = [5, 0, 8]
hidden = [1, 2, 3, 7, 16, 31, 32, 100, 255, 1023, 4097, 20000]

out = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in (("visible", visible), ("hidden", hidden)):
    if name == "hidden":
        out.append("hidden:")
    for n in group:
        sep = (",", ":") if n > 300 else (", ", ": ")
        out += [f"  - args: [{n}]", f"    expected: {json.dumps(expected(n), separators=sep)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(out) + "\n")
