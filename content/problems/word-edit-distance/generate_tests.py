"""Writes tests.yaml for word-edit-distance: hand-made pairs plus seeded random ones.

The expected distance comes from the full (len(ref) + 1) x (len(hyp) + 1) Wagner-Fischer table.
For planted cases (a sequence with a known number of scattered edits) the table result is also
checked against the obvious upper bound.
"""
import json
import random
from pathlib import Path

rnd = random.Random(123)


def distance(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        table[i][0] = i
    for j in range(len(b) + 1):
        table[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1,
                              table[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    return table[len(a)][len(b)]


def corrupt(words, vocab, edits):
    out = list(words)
    for _ in range(edits):
        kind = rnd.randrange(3)
        if kind == 0 and out:
            out[rnd.randrange(len(out))] = rnd.choice(vocab)
        elif kind == 1 and out:
            del out[rnd.randrange(len(out))]
        else:
            out.insert(rnd.randint(0, len(out)), rnd.choice(vocab))
    return out


V = "yes no the a to of and in is it that for on with as was at by this we you".split()
visible = [
    ("the cat sat on the mat".split(), "the cat sat on mat".split()),
    ("turn the lights off".split(), "turn delights off please".split()),
    ([], "hello world".split()),
]
hidden = [
    ([], []),
    (["a"], ["a"]),
    (["a"], ["b"]),
    ("a b c".split(), []),
    ("a b a b a b".split(), "b a b a b a".split()),   # one deletion plus one insertion
    ("kitten sitting".split(), "sitting kitten".split()),
    ("x y z".split(), "X y z".split()),              # case-sensitive
]
for n, e in ((10, 3), (40, 12), (120, 60)):
    ref = [rnd.choice(V) for _ in range(n)]
    hyp = corrupt(ref, V, e)
    assert distance(ref, hyp) <= e
    hidden.append((ref, hyp))
# Large cases: 800 words each. The table has 640,000 cells; plain recursion without memoisation
# branches three ways at every mismatch.
ref = [rnd.choice(V) for _ in range(800)]
hidden.append((ref, corrupt(ref, V, 300)))
hidden.append(([rnd.choice(V[:5]) for _ in range(800)], [rnd.choice(V[5:10]) for _ in range(780)]))

lines = ["# Written by generate_tests.py beside this file (full Wagner-Fischer table).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for ref, hyp in cases:
        lines += [f"  - args: [{json.dumps(ref)}, {json.dumps(hyp)}]", f"    expected: {distance(ref, hyp)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
