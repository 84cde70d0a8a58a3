"""Writes tests.yaml for bayes-sequential-posterior: hand-made cases plus seeded random ones.

Expected posteriors are computed in log space: each hypothesis accumulates log prior plus the sum
of log-likelihoods (math.fsum), hypotheses with a zero factor are eliminated, and the result is
normalised once at the end with log-sum-exp. (The reference solution instead renormalises after
every observation.)
"""
import json
import re
import math
import random
from pathlib import Path

rnd = random.Random(1763)


def posterior(prior, like, obs):
    logs = []
    for h in range(len(prior)):
        factors = [prior[h]] + [like[h][o] for o in obs]
        logs.append(None if min(factors) == 0 else math.fsum(math.log(f) for f in factors))
    m = max(x for x in logs if x is not None)
    w = [0.0 if x is None else math.exp(x - m) for x in logs]
    s = math.fsum(w)
    return [x / s for x in w]


def dist(k, zero_rate=0.0):
    w = [0.0 if rnd.random() < zero_rate else rnd.random() + 0.05 for _ in range(k)]
    if sum(w) == 0:
        w[0] = 1.0
    s = sum(w)
    return [round(x / s, 5) for x in w]


def random_case(h, e, t, zero_rate=0.0):
    while True:
        prior = dist(h)
        like = [dist(e, zero_rate) for _ in range(h)]
        truth = rnd.randrange(h)
        weights = like[truth]
        obs = rnd.choices(range(e), weights, k=t) if sum(weights) > 0 else []
        # the evidence must have positive probability under some hypothesis with positive prior
        if any(prior[k] > 0 and all(like[k][o] > 0 for o in obs) for k in range(h)):
            return prior, like, obs


visible = [
    ([0.01, 0.99], [[0.1, 0.9], [0.95, 0.05]], [1]),            # disease test: one positive
    ([0.01, 0.99], [[0.1, 0.9], [0.95, 0.05]], [1, 1]),         # two independent positives
    ([0.5, 0.5], [[0.5, 0.5], [0.2, 0.8]], [0, 0, 1]),          # fair coin vs biased coin
]
hidden = [
    ([1.0], [[0.3, 0.7]], [0, 1, 1]),                          # one hypothesis
    ([0.2, 0.3, 0.5], [[0.1, 0.9], [0.5, 0.5], [0.9, 0.1]], []),  # no evidence: the prior
    ([0.5, 0.5], [[0.0, 1.0], [0.5, 0.5]], [1, 1, 0]),          # an impossible observation eliminates h0
    ([0.0, 0.6, 0.4], [[0.9, 0.1], [0.5, 0.5], [0.4, 0.6]], [0, 0, 0]),  # zero prior stays zero
    ([0.5, 0.5], [[0.5, 0.5], [0.5, 0.5]], [0] * 50),           # identical hypotheses: nothing changes
    ([0.5, 0.5], [[0.6, 0.4], [0.4, 0.6]], [0, 1] * 1500),      # balanced evidence, products near 1e-1900
]
hidden += [random_case(3, 2, 10), random_case(5, 4, 100, 0.1), random_case(10, 6, 1000),
           random_case(20, 10, 5000, 0.05)]

lines = ["# Written by generate_tests.py beside this file (log-space accumulation, one final normalisation).",
         "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for prior, like, obs in cases:
        lines += [f"  - args: [{json.dumps(prior)}, {json.dumps(like)}, {json.dumps(obs, separators=(',', ':'))}]",
                  f"    expected: {json.dumps(posterior(prior, like, obs))}"]
# Give every exponent-form number a decimal point ("1e-08" -> "1.0e-08") so YAML reads it as a float.
text = re.sub(r"(?<![\w.])(-?\d+)e([-+]\d+)", r"\1.0e\2", "\n".join(lines) + "\n")
Path(__file__).with_name("tests.yaml").write_text(text)
