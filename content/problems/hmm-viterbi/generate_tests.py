"""Writes tests.yaml for hmm-viterbi: hand-made models plus seeded random ones.

Expected paths come from a plain-Python log-space Viterbi with the statement's tie rule. Random
cases are regenerated until every maximisation has a clear winner (gap above 1e-7), so rounding
cannot decide them; short random cases are also checked against brute force over all paths.
"""
import itertools
import json
import math
import random
from pathlib import Path

rnd = random.Random(1967)
NEG = float("-inf")


def lg(p):
    return math.log(p) if p > 0 else NEG


def viterbi(start, trans, emit, obs, need_gap=False):
    n = len(start)
    delta = [lg(start[j]) + lg(emit[j][obs[0]]) for j in range(n)]
    back = []
    for o in obs[1:]:
        new, ptr = [], []
        for j in range(n):
            cands = [delta[i] + lg(trans[i][j]) for i in range(n)]
            best = max(range(n), key=lambda i: (cands[i], -i))
            if need_gap and cands[best] > NEG:
                others = [c for i, c in enumerate(cands) if i != best]
                if others and cands[best] - max(others) < 1e-7:
                    return None
            new.append(cands[best] + lg(emit[j][o]))
            ptr.append(best)
        delta = new
        back.append(ptr)
    last = max(range(n), key=lambda j: (delta[j], -j))
    if need_gap:
        others = [d for j, d in enumerate(delta) if j != last]
        if others and delta[last] - max(others) < 1e-7:
            return None
    path = [last]
    for ptr in reversed(back):
        path.append(ptr[path[-1]])
    return path[::-1]


def brute(start, trans, emit, obs):
    n = len(start)
    best, arg = NEG, None
    for path in itertools.product(range(n), repeat=len(obs)):
        s = lg(start[path[0]]) + lg(emit[path[0]][obs[0]])
        for t in range(1, len(obs)):
            s += lg(trans[path[t - 1]][path[t]]) + lg(emit[path[t]][obs[t]])
        if s > best:
            best, arg = s, list(path)
    return arg


def dist(k, zero_rate=0.0):
    w = [0.0 if rnd.random() < zero_rate else rnd.random() + 0.01 for _ in range(k)]
    if sum(w) == 0:
        w[rnd.randrange(k)] = 1.0
    s = sum(w)
    return [round(x / s, 6) for x in w]


def random_case(n, m, t, zero_rate=0.0):
    while True:
        start = dist(n)
        trans = [dist(n, zero_rate) for _ in range(n)]
        emit = [dist(m, zero_rate / 2) for _ in range(n)]
        obs = [rnd.randrange(m) for _ in range(t)]
        path = viterbi(start, trans, emit, obs, need_gap=True)
        if path is None:
            continue
        score = lg(start[path[0]]) + lg(emit[path[0]][obs[0]]) + sum(
            lg(trans[path[i - 1]][path[i]]) + lg(emit[path[i]][obs[i]]) for i in range(1, t))
        if score == NEG:
            continue  # the statement guarantees a path of positive probability
        if n ** t <= 5000:
            assert brute(start, trans, emit, obs) == path
        return start, trans, emit, obs


visible = [
    ([0.7, 0.3], [[0.4, 0.6], [0.8, 0.2]], [[0.7, 0.3], [0.4, 0.6]], [0, 1]),
    ([0.5, 0.5], [[0.9, 0.1], [0.1, 0.9]], [[0.8, 0.2], [0.2, 0.8]], [0, 0, 1, 1, 1, 0]),
    ([0.5, 0.5], [[0.5, 0.5], [0.5, 0.5]], [[0.5, 0.5], [0.5, 0.5]], [1, 0, 1]),   # all paths tie
]
hidden = [
    ([1.0], [[1.0]], [[0.2, 0.8]], [1, 1, 0]),                                     # one state
    ([0.6, 0.4], [[0.5, 0.5], [0.5, 0.5]], [[0.9, 0.1], [0.1, 0.9]], [1]),        # T = 1
    ([0.0, 1.0], [[0.0, 1.0], [1.0, 0.0]], [[1.0, 0.0], [0.0, 1.0]], [1, 0, 1]),  # zeros force the path
    ([0.4, 0.4, 0.2], [[0.3, 0.3, 0.4], [0.3, 0.3, 0.4], [0.1, 0.1, 0.8]],
     [[0.9, 0.1], [0.9, 0.1], [0.2, 0.8]], [0, 0]),                            # states 0 and 1 tie exactly
]
hidden += [random_case(2, 3, 4), random_case(3, 4, 6, 0.2), random_case(4, 5, 5),
           random_case(5, 8, 40, 0.3), random_case(8, 12, 300, 0.2)]
# Long sequences: the best path's probability is far below the smallest double (about 1e-1000
# and smaller), so a probability-space Viterbi underflows to 0 everywhere.
hidden.append(random_case(6, 10, 1500, 0.1))
hidden.append(random_case(10, 20, 3000, 0.1))

lines = ["# Written by generate_tests.py beside this file (log-space Viterbi, brute force on short cases).",
         "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for start, trans, emit, obs in cases:
        lines += [f"  - args: [{json.dumps(start)}, {json.dumps(trans)}, {json.dumps(emit)}, {json.dumps(obs)}]",
                  f"    expected: {json.dumps(viterbi(start, trans, emit, obs))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
