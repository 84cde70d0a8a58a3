"""Writes tests.yaml for bpe-merges: hand-made corpora plus seeded random ones.

The expected merges come from a direct simulation: recount every adjacent pair from scratch
before each merge, pick the most frequent (smallest pair on ties), and rewrite every word by a
left-to-right scan.
"""
import json
import random
from pathlib import Path

rnd = random.Random(2015)
END = "</w>"


def learn(words, counts, num_merges):
    seqs = [list(w) + [END] for w in words]
    merges = []
    for _ in range(num_merges):
        pairs = {}
        for seq, c in zip(seqs, counts):
            for i in range(len(seq) - 1):
                pairs[(seq[i], seq[i + 1])] = pairs.get((seq[i], seq[i + 1]), 0) + c
        if not pairs:
            break
        top = max(pairs.values())
        best = sorted(p for p, v in pairs.items() if v == top)[0]
        merges.append(list(best))
        new_seqs = []
        for seq in seqs:
            out, i = [], 0
            while i < len(seq):
                if i + 1 < len(seq) and seq[i] == best[0] and seq[i + 1] == best[1]:
                    out.append(seq[i] + seq[i + 1])
                    i += 2
                else:
                    out.append(seq[i])
                    i += 1
            new_seqs.append(out)
        seqs = new_seqs
    return merges


def random_case(n_words, alphabet, max_len, max_count, num_merges):
    words = set()
    while len(words) < n_words:
        words.add("".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, max_len))))
    words = sorted(words)
    rnd.shuffle(words)
    return words, [rnd.randint(1, max_count) for _ in words], num_merges


visible = [
    (["low", "lower", "newest", "widest"], [5, 2, 6, 3], 5),
    (["hug", "pug", "pun", "bun", "hugs"], [10, 5, 12, 4, 5], 4),
    (["aaa"], [1], 3),
]
hidden = [
    (["a"], [7], 3),                           # one merge (a, </w>), then nothing is left to merge
    (["ab", "ba"], [1, 1], 1),                 # four pairs tie at 1: (a, </w>) is smallest
    (["aaaa"], [3], 2),                        # overlapping pairs: aaaa -> aa aa -> aa aa</w>
    (["abab", "baba"], [2, 2], 6),
    (["zz", "yy", "xx"], [4, 4, 4], 2),        # ties between unrelated pairs
    (["the", "then", "there", "other"], [50, 20, 15, 9], 0),   # zero merges
    (["AB", "ab", "Ab"], [3, 3, 3], 3),        # upper case sorts before lower case
]
hidden += [random_case(6, "abc", 5, 5, 10), random_case(20, "abcde", 7, 20, 25),
           random_case(60, "etaoinshr", 9, 100, 60), random_case(200, "abcdefghijklmnop", 10, 1000, 150)]

lines = ["# Written by generate_tests.py beside this file (pair counts recomputed from scratch each merge).",
         "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for words, counts, k in cases:
        lines += [f"  - args: [{json.dumps(words)}, {json.dumps(counts)}, {k}]",
                  f"    expected: {json.dumps(learn(words, counts, k))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
