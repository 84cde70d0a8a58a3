"""Writes tests.yaml for top-k-sampling-probs: hand-made logits plus seeded random ones.

Expected values: the threshold is the k-th largest logit found by sorting a copy; kept tokens get
exp((z - max) / T) normalised with math.fsum, the rest 0.
"""
import json
import math
import random
from pathlib import Path

rnd = random.Random(77)


def top_k(logits, k, temperature):
    threshold = sorted(logits, reverse=True)[k - 1]
    m = max(logits)
    w = [math.exp((z - m) / temperature) if z >= threshold else 0.0 for z in logits]
    s = math.fsum(w)
    return [x / s for x in w]


visible = [
    ([2.0, 1.0, 0.5, -1.0], 2, 1.0),
    ([2.0, 1.0, 0.5, -1.0], 2, 0.5),
    ([3.0, 1.0, 1.0, 0.0], 2, 1.0),      # tie at the boundary: both 1.0 logits stay
]
hidden = [
    ([5.0], 1, 1.0),
    ([0.0, 0.0, 0.0, 0.0], 1, 1.0),     # everything ties with the first
    ([1.0, 2.0, 3.0], 3, 2.0),          # k = n: plain softmax with temperature
    ([1000.0, 999.0, -1000.0], 2, 1.0), # large logits: shift by the maximum
    ([-5.0, -3.0, -4.0, -3.0], 1, 0.7), # the maximum appears twice
    ([0.3, -0.2, 0.9, 0.1], 2, 100.0),  # high temperature flattens the kept pair
    ([0.3, -0.2, 0.9, 0.1], 3, 0.01),   # very low temperature: nearly one-hot
]
for n in (10, 50, 1000, 5000):
    logits = [round(rnd.gauss(0, 3), 3) for _ in range(n)]
    if n >= 50:
        logits += [logits[0]] * 3      # planted duplicates
        rnd.shuffle(logits)
    hidden.append((logits, rnd.randint(1, min(n, 60)), round(rnd.uniform(0.2, 2.0), 2)))

lines = ["# Written by generate_tests.py beside this file (sorted threshold, math.exp).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for logits, k, t in cases:
        lines += [f"  - args: [{json.dumps(logits)}, {k}, {t!r}]",
                  f"    expected: {json.dumps(top_k(logits, k, t))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
