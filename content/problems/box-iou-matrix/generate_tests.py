"""Writes tests.yaml for box-iou-matrix: hand-made edge cases plus seeded random ones.

Expected values with exact rational arithmetic (fractions.Fraction of the input coordinates):
intersection width = max(0, min(x2) - max(x1)), likewise for the height, area = width * height,
IoU = inter / (area1 + area2 - inter), and 0 when the union is 0 (torchvision.ops.box_iou would
give NaN there; this problem fixes it to 0).
"""
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(1919)


def iou(a, b):
    a = [Fraction(v) for v in a]
    b = [Fraction(v) for v in b]
    w = max(Fraction(0), min(a[2], b[2]) - max(a[0], b[0]))
    h = max(Fraction(0), min(a[3], b[3]) - max(a[1], b[1]))
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return float(inter / union) if union > 0 else 0.0


def matrix(b1, b2):
    return [[iou(a, b) for b in b2] for a in b1]


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def random_boxes(n, size=100.0, integer=False):
    boxes = []
    for _ in range(n):
        x, y = rnd.uniform(0, size), rnd.uniform(0, size)
        w, h = rnd.uniform(0, size / 3), rnd.uniform(0, size / 3)
        box = [x, y, x + w, y + h]
        boxes.append([float(round(v)) for v in box] if integer else [round(v, 3) for v in box])
    return boxes


visible = [
    ([[10.0, 10.0, 50.0, 50.0]], [[20.0, 20.0, 60.0, 60.0]]),
    ([[0.0, 0.0, 2.0, 2.0], [0.0, 0.0, 1.0, 1.0]], [[1.0, 1.0, 3.0, 3.0], [0.0, 0.0, 2.0, 2.0], [5.0, 5.0, 6.0, 6.0]]),
    ([[0.0, 0.0, 4.0, 2.0]], [[2.0, 0.0, 6.0, 2.0], [4.0, 0.0, 5.0, 2.0]]),
]
hidden = [
    ([], [[0.0, 0.0, 1.0, 1.0]]),                                   # no boxes on one side
    ([[0.0, 0.0, 1.0, 1.0], [2.0, 2.0, 3.0, 3.0]], []),             # rows of length 0
    ([[1.5, 1.5, 1.5, 1.5]], [[1.5, 1.5, 1.5, 1.5], [0.0, 0.0, 3.0, 3.0]]),  # degenerate boxes: 0
    ([[-5.0, -5.0, 5.0, 5.0]], [[-1.0, -1.0, 1.0, 1.0], [-5.0, -5.0, 5.0, 5.0]]),  # negative coordinates, containment, identity
    ([[0.0, 0.0, 1e6, 1e6]], [[0.0, 0.0, 1.0, 1.0]]),               # tiny inside huge
    ([[0.0, 0.0, 1.0, 1.0]], [[1.0, 0.0, 2.0, 1.0], [0.0, 1.0, 1.0, 2.0], [1.0, 1.0, 2.0, 2.0]]),  # touching edges and corner
]
hidden.append((random_boxes(3, integer=True), random_boxes(4, integer=True)))
hidden.append((random_boxes(10, size=20.0), random_boxes(10, size=20.0)))
hidden.append((random_boxes(40), random_boxes(25)))
hidden.append((random_boxes(60, size=10.0), random_boxes(60, size=10.0)))
hidden.append((random_boxes(1, size=5.0), random_boxes(200, size=5.0)))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(matrix(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(matrix(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible:
        print(matrix(*case))
