"""Writes tests.yaml for tfidf-matrix: hand-made corpora plus seeded random ones.

Expected values follow the formula in the statement directly: count with dictionaries, take the
smoothed idf with math.log, scale, and divide by the Euclidean norm.
"""
import json
import math
import random
from pathlib import Path

rnd = random.Random(31)


def tfidf(docs):
    toks = [d.split() for d in docs]
    vocab = sorted({t for ts in toks for t in ts})
    n = len(docs)
    df = {t: sum(1 for ts in toks if t in ts) for t in vocab}
    rows = []
    for ts in toks:
        row = []
        for t in vocab:
            row.append(ts.count(t) * (math.log((1 + n) / (1 + df[t])) + 1))
        norm = math.sqrt(sum(x * x for x in row))
        rows.append([x / norm if norm > 0 else 0.0 for x in row])
    return rows


def random_corpus(n, vocab_size, max_len, empty_rate=0.0):
    words = ["w%02d" % i for i in range(vocab_size)]
    weights = [1.0 / (i + 1) for i in range(vocab_size)]  # Zipf-like, so df varies
    docs = []
    for _ in range(n):
        if rnd.random() < empty_rate:
            docs.append("")
            continue
        k = rnd.randint(1, max_len)
        docs.append(" ".join(rnd.choices(words, weights, k=k)))
    if all(d == "" for d in docs):
        docs[0] = words[0]
    return docs


visible = [
    ["the cat sat", "the cat ran", "the dog ran fast"],
    ["a a b", "b c"],
    ["spam spam spam"],
]
hidden = [
    ["x"],                                          # single token
    ["same words here", "same words here"],         # every token in every document: idf = 1
    ["", "login fails", ""],                        # empty documents give zero rows
    ["B b", "b a A"],                               # case-sensitive, code-point order (A < B < a < b)
    ["z y x", "x   y", "q"],                        # repeated spaces
    ["one two three four five six seven eight nine ten"],
    ["a"] * 7 + ["a b"],                            # a rare token dominates its row
]
hidden += [random_corpus(5, 6, 4), random_corpus(12, 15, 8, 0.1), random_corpus(25, 30, 12, 0.05),
           random_corpus(40, 60, 20)]

lines = ["# Written by generate_tests.py beside this file (plain-Python TF-IDF).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for docs in cases:
        lines += [f"  - args: [{json.dumps(docs)}]", f"    expected: {json.dumps(tfidf(docs))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
