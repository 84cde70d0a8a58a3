"""Writes tests.yaml for gan-bce-losses: hand-made logits plus seeded random ones.

Expected values use exact-ish reference formulas: for a logit l, -ln sigmoid(l) is computed as
log1p(exp(-l)) when l >= 0 and -l + log1p(exp(l)) otherwise (a different split from the
reference solution's max(l, 0) form), and the means use math.fsum.
"""
import json
import re
import math
import random
from pathlib import Path

rnd = random.Random(2014)


def neg_log_sigmoid(l):
    return math.log1p(math.exp(-l)) if l >= 0 else -l + math.log1p(math.exp(l))


def losses(real, fake):
    d = math.fsum(neg_log_sigmoid(l) for l in real) / len(real) + math.fsum(neg_log_sigmoid(-l) for l in fake) / len(fake)
    g = math.fsum(neg_log_sigmoid(l) for l in fake) / len(fake)
    return [d, g]


LOGIT_08, LOGIT_03 = math.log(0.8 / 0.2), math.log(0.3 / 0.7)
visible = [
    ([round(LOGIT_08, 12)], [round(LOGIT_03, 12)]),
    ([0.0, 0.0], [0.0]),
    ([2.0, 3.0, -1.0], [-2.0, 0.5]),
]
hidden = [
    ([1000.0], [-1000.0]),            # a perfect discriminator: D loss 0, G loss 1000
    ([-1000.0], [1000.0]),            # a fooled discriminator: D loss 2000, G loss 0
    ([50.0, -50.0], [40.0, -40.0]),
    ([1e-8], [-1e-8]),                # tiny logits
    ([-745.5, 745.5], [709.9, -709.9]),   # exp would overflow or underflow around here
    ([3.0] * 5, [-4.0] * 7),          # different batch sizes
]
for n, m, scale in ((4, 4, 2.0), (30, 20, 5.0), (500, 700, 20.0), (5000, 5000, 3.0)):
    hidden.append(([round(rnd.gauss(1.0, scale), 4) for _ in range(n)], [round(rnd.gauss(-1.0, scale), 4) for _ in range(m)]))

lines = ["# Written by generate_tests.py beside this file (stable -log sigmoid, math.fsum).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for real, fake in cases:
        lines += [f"  - args: [{json.dumps(real)}, {json.dumps(fake)}]", f"    expected: {json.dumps(losses(real, fake))}"]
# Give every exponent-form number a decimal point ("1e-08" -> "1.0e-08") so YAML reads it as a float.
text = re.sub(r"(?<![\w.])(-?\d+)e([-+]\d+)", r"\1.0e\2", "\n".join(lines) + "\n")
Path(__file__).with_name("tests.yaml").write_text(text)
