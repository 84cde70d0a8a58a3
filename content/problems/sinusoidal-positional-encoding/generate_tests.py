"""Writes tests.yaml for sinusoidal-positional-encoding.

Expected values by the formula of "Attention Is All You Need", with the frequency written as
exp(-(2i/d) ln 10000) and evaluated with math.sin / math.cos: PE[pos][2i] = sin(pos * w_i),
PE[pos][2i+1] = cos(pos * w_i). For odd d the last column is a sine.
"""
import math
from pathlib import Path


def pe(n, d):
    table = []
    for pos in range(n):
        row = []
        for col in range(d):
            w = math.exp(-(2 * (col // 2) / d) * math.log(10000.0))
            row.append(math.sin(pos * w) if col % 2 == 0 else math.cos(pos * w))
        table.append(row)
    return table


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


visible = [(3, 4), (2, 2), (4, 6)]
hidden = [(0, 8), (1, 1), (1, 16), (5, 1), (7, 3), (10, 5), (50, 16), (64, 24), (20, 64), (200, 4), (24, 96)]

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(pe(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(pe(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(pe(*case))
