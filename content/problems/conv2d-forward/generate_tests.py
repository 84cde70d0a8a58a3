"""Writes tests.yaml for conv2d-forward: hand-made edge cases plus seeded random ones.

Expected values by the definition, with plain loops and math.fsum: for every output position
the sum over input channels and kernel offsets of weight * input, reading 0 outside the image
(zero padding). No kernel flip: torch.nn.functional.conv2d computes a cross-correlation.
"""
import math
import random
from pathlib import Path

rnd = random.Random(505)


def conv2d(x, weight, bias, kh, kw, stride, padding):
    c_in, h, w = len(x), len(x[0]), len(x[0][0])
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (w + 2 * padding - kw) // stride + 1

    def at(c, r, q):
        r -= padding
        q -= padding
        return x[c][r][q] if 0 <= r < h and 0 <= q < w else 0.0

    out = []
    for o, k in enumerate(weight):
        plane = []
        for i in range(h_out):
            row = []
            for j in range(w_out):
                terms = [k[c * kh * kw + di * kw + dj] * at(c, i * stride + di, j * stride + dj)
                         for c in range(c_in) for di in range(kh) for dj in range(kw)]
                row.append(math.fsum(terms) + bias[o])
            plane.append(row)
        out.append(plane)
    return out


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def random_case(c_in, h, w, c_out, kh, kw, stride, padding, integer=False):
    val = (lambda: float(rnd.randint(-3, 3))) if integer else (lambda: round(rnd.gauss(0, 1), 3))
    x = [[[val() for _ in range(w)] for _ in range(h)] for _ in range(c_in)]
    weight = [[val() for _ in range(c_in * kh * kw)] for _ in range(c_out)]
    bias = [round(rnd.uniform(-1, 1), 3) for _ in range(c_out)]
    return x, weight, bias, kh, kw, stride, padding


visible = [
    ([[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]], [[1.0, 0.0, 0.0, -1.0]], [0.0], 2, 2, 1, 0),
    ([[[1.0, 2.0], [3.0, 4.0]], [[0.5, 0.5], [0.5, 0.5]]],
     [[1.0, 1.0], [2.0, -1.0]], [0.0, 10.0], 1, 1, 1, 0),
    ([[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]], [[0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0, 1.0, 0.0]], [0.0], 3, 3, 2, 1),
]
hidden = [
    ([[[2.5]]], [[-2.0]], [1.0], 1, 1, 1, 0),                                  # 1x1 everything
    ([[[1.0, 2.0], [3.0, 4.0]]], [[1.0, 2.0, 3.0, 4.0]], [0.5], 2, 2, 1, 0),     # kernel = image
    ([[[1.0, 2.0], [3.0, 4.0]]], [[1.0, 2.0, 3.0, 4.0]], [0.0], 2, 2, 1, 1),     # padding 1: 3x3 output
    ([[[1.0, 2.0, 3.0, 4.0, 5.0]]], [[1.0, -1.0]], [0.0], 1, 2, 2, 0),         # 1 row, stride drops the last column
    ([[[float(i * 7 + j) for j in range(7)] for i in range(7)]], [[1.0] * 9, [0.0] * 4 + [1.0] + [0.0] * 4], [0.0, -1.0], 3, 3, 3, 2),
    ([[[1.0, 0.0, 2.0]]], [[1.0, 2.0, 3.0]], [0.0], 1, 3, 1, 2),               # padding wider than needed
]
hidden.append(random_case(2, 5, 5, 3, 3, 3, 1, 1, integer=True))
hidden.append(random_case(3, 6, 8, 2, 2, 3, 2, 0))
hidden.append(random_case(1, 9, 4, 4, 4, 1, 1, 2))
hidden.append(random_case(4, 12, 12, 3, 5, 5, 2, 2))
hidden.append(random_case(3, 16, 16, 4, 3, 3, 1, 1))
hidden.append(random_case(8, 10, 7, 2, 3, 2, 3, 1))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(conv2d(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(conv2d(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(conv2d(*case))
