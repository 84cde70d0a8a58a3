"""Writes tests.yaml for roc-auc: hand-made edge cases plus seeded random ones.

Expected values are exact fractions turned into floats. Small and medium cases count every
(positive, negative) pair directly; the large case (integer scores 0..99) counts pairs through a
histogram of scores, which is checked against the pair count on the medium cases first.
"""
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(2024)


def auc_pairs(labels, scores):
    pos = [s for y, s in zip(labels, scores) if y == 1]
    neg = [s for y, s in zip(labels, scores) if y == 0]
    twice = 0  # twice the number of wins, so a tie adds 1 and a win 2
    for p in pos:
        for q in neg:
            twice += 2 if p > q else 1 if p == q else 0
    return Fraction(twice, 2 * len(pos) * len(neg))


def auc_histogram(labels, scores):
    pos, neg = {}, {}
    for y, s in zip(labels, scores):
        table = pos if y == 1 else neg
        table[s] = table.get(s, 0) + 1
    twice = 0
    for p, count in pos.items():
        below = sum(c for q, c in neg.items() if q < p)
        twice += count * (2 * below + neg.get(p, 0))
    return Fraction(twice, 2 * sum(pos.values()) * sum(neg.values()))


def fmt(values):
    return "[" + ", ".join(repr(float(x)) for x in values) + "]"


def random_case(n, tie_decimals=None, positive_rate=0.5, shift=0.8):
    labels = [1 if rnd.random() < positive_rate else 0 for _ in range(n)]
    labels[0], labels[1] = 1, 0  # both classes always present
    rnd.shuffle(labels)
    scores = []
    for y in labels:
        s = rnd.gauss(shift if y == 1 else 0.0, 1.0)
        scores.append(round(s, tie_decimals) if tie_decimals is not None else round(s, 9))
    return labels, scores


visible = [
    ([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]),
    ([1, 0, 1, 0, 1], [0.9, 0.5, 0.5, 0.2, 0.7]),
    ([1, 0], [0.3, 0.3]),
]
hidden = [
    ([0, 1], [1.0, 2.0]),                                   # smallest, perfect
    ([0, 1], [2.0, 1.0]),                                   # smallest, perfectly wrong
    ([1, 0, 0, 0, 0], [7.0] * 5),                           # every pair tied
    ([1, 1, 1, 1, 0], [0.2, 0.9, 0.4, 0.4, 0.4]),           # a single negative, ties with it
    ([0, 1, 0, 1, 1, 0], [-1e15, 1e15, -3.5, -2.0, -3.5, 0.0]),  # negative and huge scores
    ([1, 0, 1, 0], [0.5 + 1e-12, 0.5, 0.5, 0.5 - 1e-12]),   # values that differ by 1e-12 are not ties
]
hidden.append(random_case(40, tie_decimals=0, positive_rate=0.3))
hidden.append(random_case(200, tie_decimals=1, positive_rate=0.5))
hidden.append(random_case(500, positive_rate=0.1, shift=1.5))
hidden.append(random_case(1000, tie_decimals=2, positive_rate=0.6, shift=-0.3))

# Large case: 34,000 points with integer scores 0..99, about half positive. A pair-by-pair
# count makes about 2.9e8 comparisons, far beyond the time limit in Python, and a P x N array
# of comparison results (one byte each) alone exceeds the 256 MB memory limit.
n = 34000
big_labels = [1 if rnd.random() < 0.5 else 0 for _ in range(n)]
big_scores = [min(99, max(0, int(rnd.gauss(55 if y == 1 else 45, 18)))) for y in big_labels]

for labels, scores in visible + hidden:
    assert auc_histogram(labels, scores) == auc_pairs(labels, scores)

lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for labels, scores in visible:
    lines += [f"  - args: [{labels}, {fmt(scores)}]", f"    expected: {float(auc_pairs(labels, scores))!r}"]
lines.append("hidden:")
for labels, scores in hidden:
    lines += [f"  - args: [{labels}, {fmt(scores)}]", f"    expected: {float(auc_pairs(labels, scores))!r}"]
compact_labels = "[" + ",".join(map(str, big_labels)) + "]"
compact_scores = "[" + ",".join(map(str, big_scores)) + "]"
lines += [f"  - args: [{compact_labels}, {compact_scores}]", f"    expected: {float(auc_histogram(big_labels, big_scores))!r}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
