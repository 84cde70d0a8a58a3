"""Writes tests.yaml for corpus-bleu: hand-made corpora plus seeded random ones.

The expected score is computed by the textbook recipe: pool clipped n-gram matches and n-gram
totals over the corpus for n = 1..4, pool candidate and closest-reference lengths, then apply
the brevity penalty to the geometric mean.
"""
import json
import math
import random
from pathlib import Path

rnd = random.Random(4)


def ngram_counts(tokens, n):
    counts = {}
    for i in range(len(tokens) - n + 1):
        g = tuple(tokens[i:i + n])
        counts[g] = counts.get(g, 0) + 1
    return counts


def bleu(candidates, references):
    matches = [0] * 5
    totals = [0] * 5
    c = r = 0
    for cand, refs in zip(candidates, references):
        ct = cand.split()
        rts = [x.split() for x in refs]
        c += len(ct)
        best = None
        for rt in rts:  # closest length, the shorter one on a tie
            key = (abs(len(rt) - len(ct)), len(rt))
            if best is None or key < best:
                best = key
        r += best[1]
        for n in range(1, 5):
            cc = ngram_counts(ct, n)
            totals[n] += max(0, len(ct) - n + 1)
            for g, k in cc.items():
                most = 0
                for rt in rts:
                    most = max(most, ngram_counts(rt, n).get(g, 0))
                matches[n] += min(k, most)
    if c == 0 or any(matches[n] == 0 for n in range(1, 5)):
        return 0.0
    log_mean = sum(math.log(matches[n] / totals[n]) for n in range(1, 5)) / 4
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * math.exp(log_mean)


WORDS = "the a cat dog sat ran on mat red blue big small fast slowly over under".split()


def noisy_copy(ref):
    out = []
    for w in ref:
        u = rnd.random()
        if u < 0.1:
            continue  # drop
        out.append(rnd.choice(WORDS) if u < 0.25 else w)
        if rnd.random() < 0.05:
            out.append(rnd.choice(WORDS))
    return out


def random_corpus(m, max_len, max_refs):
    cands, refs = [], []
    for _ in range(m):
        base = [rnd.choice(WORDS) for _ in range(rnd.randint(1, max_len))]
        rs = [" ".join(noisy_copy(base) or base) for _ in range(rnd.randint(1, max_refs))]
        cands.append(" ".join(noisy_copy(base)))
        refs.append(rs)
    return cands, refs


visible = [
    (["the cat sat on the mat"], [["the cat sat on the red mat"]]),
    (["the cat sat on the mat", "a dog ran fast"],
     [["the cat sat on the mat"], ["the dog ran very fast", "a dog ran fast today"]]),
    (["on the mat the cat sat"], [["the cat sat on the red mat"]]),
]
hidden = [
    (["the the the the the the"], [["the cat sat on the mat"]]),            # clipping, then p2 = 0
    (["a b c d"], [["a b c d"]]),                                            # perfect, 1.0
    (["a b c d e f g h"], [["a b c d"]]),                                    # longer than the ref: BP = 1
    (["a b c d e"], [["a b c d e x", "a b c d"]]),                           # tie 4 vs 6: shorter, BP = 1
    (["a b", "a b c d e f"], [["a b"], ["a b c d e f"]]),                    # short sentence adds no 4-gram
    (["", "w x y z"], [["p q r"], ["w x y z"]]),                             # empty candidate adds 3 to r
    (["x y z w v"], [["x y z w", "x y z w v u t s", "q x y z w v"]]),        # clipping by the max over refs
    (["a", "b"], [["a"], ["b"]]),                                            # no 2-gram at all: 0
]
hidden += [random_corpus(5, 8, 2), random_corpus(30, 15, 3), random_corpus(120, 25, 4),
           random_corpus(300, 30, 4)]

lines = ["# Written by generate_tests.py beside this file (pooled clipped n-gram counts, n = 1..4).",
         "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for cands, refs in cases:
        lines += [f"  - args: [{json.dumps(cands)}, {json.dumps(refs)}]", f"    expected: {bleu(cands, refs)!r}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
