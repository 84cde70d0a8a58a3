"""Writes tests.yaml for non-max-suppression: hand-made edge cases plus seeded random ones.

Expected values by the textbook greedy loop in plain Python with exact IoUs
(fractions.Fraction): visit boxes by score descending, index ascending; keep a box unless its
IoU with an already kept box is strictly greater than the threshold. Random cases are redrawn if
any IoU (in floating point) lies within 1e-9 of the threshold, so floating-point IoUs cannot flip a decision; the
hand-made cases with IoU exactly equal to the threshold use small integers, where the floating
computation is exact.
"""
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(2020)


def iou(a, b):
    a = [Fraction(v) for v in a]
    b = [Fraction(v) for v in b]
    w = max(Fraction(0), min(a[2], b[2]) - max(a[0], b[0]))
    h = max(Fraction(0), min(a[3], b[3]) - max(a[1], b[1]))
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else Fraction(0)


def greedy(boxes, scores, thr):
    t = Fraction(thr)
    keep = []
    for i in sorted(range(len(scores)), key=lambda i: (-scores[i], i)):
        if all(iou(boxes[i], boxes[k]) <= t for k in keep):
            keep.append(i)
    return keep


def fmt(x):
    if isinstance(x, list):
        return "[" + ", ".join(fmt(y) for y in x) + "]"
    return repr(x) if isinstance(x, int) else repr(float(x))


def clustered_case(n, clusters, thr, integer_scores=False, size=200.0):
    centres = [(rnd.uniform(0, size), rnd.uniform(0, size), rnd.uniform(10, 40)) for _ in range(clusters)]
    boxes, scores = [], []
    for _ in range(n):
        cx, cy, s = rnd.choice(centres)
        x = cx + rnd.gauss(0, s / 6)
        y = cy + rnd.gauss(0, s / 6)
        w = s * rnd.uniform(0.7, 1.3)
        h = s * rnd.uniform(0.7, 1.3)
        boxes.append([round(x, 2), round(y, 2), round(x + w, 2), round(y + h, 2)])
        scores.append(float(rnd.randint(1, 20)) / 20 if integer_scores else round(rnd.random(), 4))
    return boxes, scores, thr


def float_iou(a, b):
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def safe(case):
    boxes, _, thr = case
    n = len(boxes)
    return all(abs(float_iou(boxes[i], boxes[j]) - thr) > 1e-9 for i in range(n) for j in range(i + 1, n))


def random_case(n, clusters, thr, integer_scores=False):
    while True:
        case = clustered_case(n, clusters, thr, integer_scores)
        if safe(case):
            return case


visible = [
    ([[0.0, 0.0, 10.0, 10.0], [1.0, 1.0, 11.0, 11.0], [20.0, 20.0, 30.0, 30.0]], [0.9, 0.8, 0.7], 0.5),
    ([[0.0, 0.0, 4.0, 1.0], [0.0, 0.0, 2.0, 1.0]], [0.6, 0.9], 0.5),
    ([[0.0, 0.0, 2.0, 2.0], [0.0, 0.0, 2.0, 2.0], [5.0, 5.0, 6.0, 6.0]], [0.5, 0.5, 0.5], 0.3),
]
hidden = [
    ([], [], 0.5),                                                       # nothing
    ([[3.0, 3.0, 4.0, 4.0]], [0.1], 0.5),                                # one box
    ([[0.0, 0.0, 4.0, 1.0], [0.0, 0.0, 2.0, 1.0]], [0.9, 0.6], 0.49),    # IoU 0.5 > 0.49: suppressed
    ([[0.0, 0.0, 1.0, 1.0]] * 4, [0.2, 0.7, 0.7, 0.1], 0.9),             # identical boxes, tied scores
    ([[0.0, 0.0, 1.0, 1.0]] * 3, [0.2, 0.7, 0.7], 1.0),                  # threshold 1: IoU 1 is not > 1, all kept
    ([[0.0, 0.0, 10.0, 10.0], [6.0, 0.0, 16.0, 10.0], [12.0, 0.0, 22.0, 10.0]], [0.9, 0.8, 0.7], 0.2),  # chain: C survives because B was removed
    ([[0.0, 0.0, 1.0, 1.0], [1.0, 0.0, 2.0, 1.0]], [-1.0, -2.0], 0.0),  # touching boxes, threshold 0, negative scores
    ([[0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]], [0.3, 0.4], 0.0),    # degenerate boxes: IoU 0, both kept
]
hidden.append(random_case(10, 3, 0.5))
hidden.append(random_case(60, 8, 0.3, integer_scores=True))
hidden.append(random_case(200, 20, 0.7))
hidden.append(random_case(1000, 60, 0.5, integer_scores=True))

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for case in visible:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(greedy(*case))}"]
lines.append("hidden:")
for case in hidden:
    lines += [f"  - args: [{', '.join(fmt(a) for a in case)}]", f"    expected: {fmt(greedy(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    for case in visible + hidden[:8]:
        print(greedy(*case))
    print(len(greedy(*hidden[-1])))
