"""Writes tests.yaml for ucb1-arm-sequence: hand-made reward tables plus seeded random ones.

The expected sequence is simulated round by round, recomputing every arm's pull count and reward
sum from the history so far (quadratic but obviously correct). Random cases are regenerated until
at every decision the best score beats every score from a different (sum, pulls) pair by more
than 1e-9, so the choice cannot depend on rounding; arms with identical (sum, pulls) tie exactly
and go to the smaller index.
"""
import json
import math
import random
from pathlib import Path

rnd = random.Random(2002)


def simulate(rewards, c, need_gap=False):
    k = len(rewards[0]) if rewards else 0
    history = []  # (arm, reward)
    for t, row in enumerate(rewards):
        pulls = [sum(1 for a, _ in history if a == arm) for arm in range(k)]
        sums = [sum(r for a, r in history if a == arm) for arm in range(k)]
        if 0 in pulls:
            arm = pulls.index(0)
        else:
            n = len(history)
            scores = [sums[a] / pulls[a] + c * math.sqrt(math.log(n) / pulls[a]) for a in range(k)]
            arm = max(range(k), key=lambda a: (scores[a], -a))
            if need_gap:
                for b in range(k):
                    if (sums[b], pulls[b]) != (sums[arm], pulls[arm]) and scores[arm] - scores[b] < 1e-9:
                        return None
        history.append((arm, row[arm]))
    return [a for a, _ in history]


def random_case(t, means, c):
    while True:
        rewards = [[1 if rnd.random() < m else 0 for m in means] for _ in range(t)]
        path = simulate(rewards, c, need_gap=True)
        if path is not None:
            return rewards, c


visible = [
    ([[1, 0], [0, 1], [1, 1], [0, 0], [1, 0]], 1.4142135623730951),
    ([[0, 0, 0]] * 5, 1.0),
    ([[1, 0], [1, 0], [1, 0], [1, 0]], 0.0),
]
hidden = [
    ([[1]] * 4, 2.0),                                   # one arm
    ([[0, 1, 1, 1]] * 2, 1.0),                          # fewer rounds than arms
    ([[0, 0], [0, 0], [1, 1], [1, 1], [1, 1], [1, 1]], 0.5),   # ties between identical arms
    ([[1, 1, 0]] * 8, 0.0),                             # c = 0: greedy, ties by index
    ([[0, 1]] * 10, 100.0),                             # huge c: almost round robin
]
hidden += [random_case(30, [0.2, 0.5, 0.8], 1.4142135623730951), random_case(200, [0.1, 0.12, 0.3, 0.35], 1.0),
           random_case(800, [0.5, 0.55, 0.6, 0.4, 0.45], 0.7), random_case(1500, [0.05 * i for i in range(1, 9)], 1.4142135623730951),
           random_case(3000, [0.3, 0.31, 0.32, 0.33], 0.3)]

lines = ["# Written by generate_tests.py beside this file (round-by-round simulation from the history).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for rewards, c in cases:
        lines += [f"  - args: [{json.dumps(rewards, separators=(',', ':'))}, {c!r}]",
                  f"    expected: {json.dumps(simulate(rewards, c), separators=(',', ':'))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
