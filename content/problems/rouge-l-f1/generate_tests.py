"""Writes tests.yaml for rouge-l-f1: hand-made pairs plus seeded random ones.

The LCS length is computed by the textbook full-table dynamic programme; F1 is then an exact
fraction 2 * LCS / (|cand| + |ref|) turned into a float.
"""
import json
import random
from fractions import Fraction
from pathlib import Path

rnd = random.Random(2004)


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    return table[len(a)][len(b)]


def f1(cand, ref):
    a, b = cand.split(), ref.split()
    k = lcs(a, b)
    if k == 0:
        return 0.0
    p, r = Fraction(k, len(a)), Fraction(k, len(b))
    return float(2 * p * r / (p + r))


def words(n, vocab):
    return " ".join(rnd.choice(vocab) for _ in range(n))


def edited(text, vocab, rate):
    out = []
    for w in text.split():
        u = rnd.random()
        if u < rate / 3:
            continue
        out.append(rnd.choice(vocab) if u < 2 * rate / 3 else w)
        if u > 1 - rate / 3:
            out.append(rnd.choice(vocab))
    return " ".join(out)


V = ["w%d" % i for i in range(30)]
visible = [
    ("the cat sat on the mat", "the cat sat on the red mat"),
    ("on the mat the cat sat", "the cat sat on the red mat"),
    ("markets rallied after the vote", "after the vote markets rallied"),
]
hidden = [
    ("", "anything at all"),                    # empty candidate
    ("same", "same"),                            # identical, one token
    ("a b c", "d e f"),                          # nothing in common
    ("a a a a", "a"),                            # repeats: LCS 1
    ("x y x y x y", "y x y x y x"),              # shifted
    ("The cat", "the cat"),                      # case matters
    ("a b c d e f g h", "h g f e d c b a"),      # reversed: LCS 1
]
for n in (12, 60, 200):
    ref = words(n, V)
    hidden.append((edited(ref, V, 0.3), ref))
# Large case: two 600-token texts over a 4-word vocabulary that share much of their order but
# not all of it. The table has 360,000 cells; plain recursion without memoisation explores an
# exponential number of branches.
ref = words(600, V[:4])
hidden.append((edited(ref, V[:4], 0.5)[: 10 ** 6], ref))
hidden.append((words(600, V[:2]), words(600, V[2:4])))  # disjoint vocabularies: LCS 0, worst case for naive recursion

lines = ["# Written by generate_tests.py beside this file (full LCS table, exact fractions).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for cand, ref in cases:
        lines += [f"  - args: [{json.dumps(cand)}, {json.dumps(ref)}]", f"    expected: {f1(cand, ref)!r}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
