"""Writes tests.yaml for pool2d-forward: hand-made edge cases plus seeded random ones.

Expected values by plain loops over each window, reading the padded image: padded cells never
win a max (torch.nn.MaxPool2d pads with -inf) and count as zeros in an average whose divisor is
always kernel * kernel (torch.nn.AvgPool2d, count_include_pad=True, ceil_mode=False).
"""
import math
import random
from pathlib import Path

rnd = random.Random(606)


def pool(x, k, s, p, mode):
    h, w = len(x), len(x[0])
    out = []
    for top in range(-p, h + p - k + 1, s):
        row = []
        for left in range(-p, w + p - k + 1, s):
            cells = [x[r][c] for r in range(top, top + k) for c in range(left, left + k) if 0 <= r < h and 0 <= c < w]
            row.append(max(cells) if mode == "max" else math.fsum(cells) / (k * k))
        out.append(row)
    return out


def fmt(x):
    if isinstance(x, str):
        return '"' + x + '"'
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def random_case(h, w, k, s, p, mode, negative=False):
    lo, hi = (-10.0, -1.0) if negative else (-5.0, 5.0)
    x = [[round(rnd.uniform(lo, hi), 3) for _ in range(w)] for _ in range(h)]
    return x, k, s, p, mode


grid = [[1.0, 3.0, 2.0, 0.0], [5.0, 4.0, -1.0, 6.0], [0.0, 2.0, 8.0, 1.0], [7.0, -3.0, 1.0, 1.0]]
visible = [
    (grid, 2, 2, 0, "max"),
    (grid, 2, 2, 0, "avg"),
    ([[1.0, 2.0], [3.0, 4.0]], 2, 1, 1, "avg"),
]
hidden = [
    ([[-4.5]], 1, 1, 0, "max"),                                    # single pixel
    ([[-1.0, -2.0], [-3.0, -4.0]], 2, 1, 1, "max"),                # all negative: padding must not win
    ([[-1.0, -2.0], [-3.0, -4.0]], 2, 1, 1, "avg"),
    ([[1.0, 2.0, 3.0, 4.0, 5.0]], 1, 2, 0, "avg"),                 # kernel 1, stride 2
    ([[float(i * 5 + j) for j in range(5)] for i in range(5)], 3, 2, 1, "max"),
    ([[float(i * 5 + j) for j in range(5)] for i in range(5)], 3, 2, 1, "avg"),
    ([[2.0] * 6 for _ in range(5)], 2, 3, 0, "avg"),              # stride > kernel: gaps, last row dropped
]
hidden.append(random_case(7, 9, 3, 1, 1, "max", negative=True))
hidden.append(random_case(8, 8, 4, 2, 2, "avg"))
hidden.append(random_case(16, 12, 2, 2, 0, "max"))
hidden.append(random_case(15, 20, 5, 3, 2, "avg"))
hidden.append(random_case(32, 32, 3, 2, 1, "max"))
hidden.append(random_case(30, 25, 4, 4, 1, "avg", negative=True))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(pool(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(pool(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(pool(*case))
