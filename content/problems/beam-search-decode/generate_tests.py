"""Writes tests.yaml for beam-search-decode: hand-made tables plus seeded random ones.

Every score is a multiple of 1/64 of small magnitude, so all sums are exact in binary floating
point and ties are real ties. The expected beams come from a direct simulation that builds the
full candidate list at every step and sorts it by (-score, sequence); small cases are also checked
against the exhaustive best sequence when the beam is wide enough to be exact.
"""
import itertools
import json
import random
from pathlib import Path

rnd = random.Random(1976)


def beam(start, trans, width, length):
    beams = [((), 0.0)]
    for step in range(length):
        cands = []
        for seq, score in beams:
            for tok in range(len(start)):
                add = start[tok] if step == 0 else trans[seq[-1]][tok]
                cands.append((seq + (tok,), score + add))
        cands.sort(key=lambda c: (-c[1], c[0]))
        beams = cands[:width]
    return [list(seq) for seq, _ in beams]


def exhaustive_best(start, trans, length):
    best = None
    for seq in itertools.product(range(len(start)), repeat=length):
        s = start[seq[0]] + sum(trans[a][b] for a, b in zip(seq, seq[1:]))
        if best is None or (-s, seq) < best:
            best = (-s, seq)
    return list(best[1])


def q(x):
    return round(x * 64) / 64


def random_case(v, width, length, spread=6.0, coarse=False):
    step = 0.5 if coarse else 1 / 64   # coarse values create many exact ties
    def val():
        return -round(rnd.uniform(0, spread) / step) * step
    start = [val() for _ in range(v)]
    trans = [[val() for _ in range(v)] for _ in range(v)]
    return start, trans, width, length


visible = [
    ([-0.75, -1.0, -2.0], [[-1.0, -1.25, -1.0], [-3.0, -0.125, -3.0], [-1.0, -1.0, -1.0]], 2, 2),
    ([-0.75, -1.0, -2.0], [[-1.0, -1.25, -1.0], [-3.0, -0.125, -3.0], [-1.0, -1.0, -1.0]], 1, 2),
    ([-1.0, -1.0], [[-1.0, -1.0], [-1.0, -1.0]], 3, 3),
]
hidden = [
    ([-0.5], [[-0.25]], 4, 5),                        # one token: a single beam
    ([-2.0, -0.5, -1.0], [[-1.0, -1.0, -1.0]] * 3, 5, 1),   # length 1: sort the start scores
    ([-1.0, -1.0, -3.0], [[-2.0, -0.5, -0.5], [-0.5, -2.0, -0.5], [-0.5, -0.5, -2.0]], 2, 3),
    ([-0.25, -4.0], [[-8.0, -8.0], [-0.125, -0.125]], 1, 3),  # greedy trap: width 1 keeps token 0
    ([-0.25, -4.0], [[-8.0, -8.0], [-0.125, -0.125]], 2, 3),  # width 2 recovers via token 1
    ([-1.0, -1.0, -1.0], [[-1.0] * 3] * 3, 10, 3),     # everything ties: lexicographic order
]
for case in (random_case(4, 3, 4), random_case(5, 30, 3)):
    hidden.append(case)
hidden.append(random_case(6, 4, 6, coarse=True))
hidden.append(random_case(20, 5, 15))
hidden.append(random_case(40, 8, 30, coarse=True))
# Large case: 50 tokens, 40 steps. Enumerating the 50^40 sequences is impossible; the beam does
# 40 steps of 10 * 50 candidates.
hidden.append(random_case(50, 10, 40))

# Sanity: with a beam as wide as the number of sequences, the first beam is the exact optimum.
s, t, _, l = random_case(4, 64, 3)
assert beam(s, t, 64, l)[0] == exhaustive_best(s, t, l)

lines = ["# Written by generate_tests.py beside this file (full candidate lists, dyadic scores).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for start, trans, width, length in cases:
        lines += [f"  - args: [{json.dumps(start)}, {json.dumps(trans)}, {width}, {length}]",
                  f"    expected: {json.dumps(beam(start, trans, width, length))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
