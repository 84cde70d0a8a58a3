"""Writes tests.yaml for nucleus-filter: hand-made distributions plus seeded random ones.

Random probabilities are multiples of 2^-20 that sum to exactly 1, so every prefix sum is exact
in binary floating point and the ">= p" test has one answer. Expected values use exact fractions.
"""
import json
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(1904)
UNIT = 2 ** 20


def nucleus(probs, p):
    order = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
    kept, total = [], Fraction(0)
    for i in order:
        kept.append(i)
        total += Fraction(probs[i])
        if total >= Fraction(p):
            break
    out = [0.0] * len(probs)
    for i in kept:
        out[i] = float(Fraction(probs[i]) / total)
    return out


def dyadic_probs(n, ties=False):
    cuts = sorted(rnd.sample(range(1, UNIT), n - 1))
    counts = [b - a for a, b in zip([0] + cuts, cuts + [UNIT])]
    if ties:  # make a few values equal, keeping the total
        for _ in range(n // 4):
            i, j = rnd.sample(range(n), 2)
            both = counts[i] + counts[j]
            counts[i], counts[j] = both // 2, both - both // 2
    return [c / UNIT for c in counts]


def random_case(n, ties=False, exact_boundary=False):
    probs = dyadic_probs(n, ties)
    if exact_boundary:  # p equal to a prefix sum
        order = sorted(probs, reverse=True)
        p = sum(order[: rnd.randint(1, n - 1)])
    else:
        p = round(rnd.uniform(0.3, 0.97), 4)
    return probs, p


visible = [
    ([0.563, 0.207, 0.126, 0.076, 0.028], 0.9),
    ([0.25, 0.5, 0.125, 0.125], 0.75),          # 0.5 + 0.25 reaches 0.75 exactly: two tokens
    ([0.125, 0.375, 0.125, 0.375], 0.3),        # tie between the 0.375 tokens: smaller index first
]
hidden = [
    ([1.0], 0.3),
    ([0.5, 0.5], 1.0),                          # p = 1 keeps everything with positive mass
    ([0.5, 0.25, 0.25, 0.0], 1.0),              # zero-probability token stays 0
    ([0.25, 0.25, 0.25, 0.25], 0.25),           # one token, the first of four ties
    ([0.25, 0.25, 0.25, 0.25], 0.2500001),      # just above a prefix sum: two tokens
    ([0.0625, 0.9375], 0.01),                   # tiny p: only the top token
]
hidden += [random_case(5), random_case(20, ties=True), random_case(50, exact_boundary=True),
           random_case(300, ties=True, exact_boundary=True), random_case(3000)]

lines = ["# Written by generate_tests.py beside this file (dyadic probabilities, exact fractions).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for probs, p in cases:
        lines += [f"  - args: [{json.dumps(probs)}, {p!r}]", f"    expected: {json.dumps(nucleus(probs, p))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
