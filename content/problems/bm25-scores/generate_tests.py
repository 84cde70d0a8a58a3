"""Writes tests.yaml for bm25-scores: hand-made corpora plus seeded random ones.

Expected scores follow the statement term by term: document frequencies by scanning the
documents, Lucene's idf with math.log, and the saturated term-frequency factor; each document's
terms are added with math.fsum.
"""
import json
import math
import random
from pathlib import Path

rnd = random.Random(1994)


def bm25(docs, query, k1, b):
    toks = [d.split() for d in docs]
    n = len(docs)
    avgdl = sum(len(t) for t in toks) / n
    q = query.split()
    df = {t: sum(1 for d in toks if t in d) for t in set(q)}
    out = []
    for d in toks:
        terms = []
        for t in q:
            idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
            tf = d.count(t)
            terms.append(idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(d) / avgdl)))
        out.append(math.fsum(terms))
    return out


def random_case(n, vocab_size, max_len, q_len, k1, b):
    vocab = ["%s%d" % (chr(97 + i % 26), i // 26) for i in range(vocab_size)]
    weights = [1.0 / (i + 1) ** 0.9 for i in range(vocab_size)]
    docs = [" ".join(rnd.choices(vocab, weights, k=rnd.randint(0, max_len))) for _ in range(n)]
    if not any(docs):
        docs[0] = vocab[0]
    query = " ".join(rnd.choices(vocab[: vocab_size // 2], k=q_len))
    return docs, query, k1, b


visible = [
    (["the cat sat", "the cat ran", "the dog ran fast"], "cat ran", 1.2, 0.75),
    (["the cat sat", "the cat ran", "the dog ran fast"], "the", 1.2, 0.75),
    (["error disk full", "disk disk disk error", "network timeout"], "disk error", 1.5, 0.0),
]
hidden = [
    (["a"], "a", 1.2, 0.75),                                      # one document
    (["a b", "c d"], "z", 1.2, 0.75),                             # query term in no document
    (["a b", "", "a"], "a a", 1.2, 0.75),                          # empty document, repeated query term
    (["x x x x x x x x", "x y"], "x", 2.0, 1.0),                  # full length normalisation
    (["x x x x x x x x", "x y"], "x", 0.0, 0.75),                  # k1 = 0: binary tf
    (["rare common", "common", "common", "common"], "rare common", 1.2, 0.75),  # common term, df > n/2
    (["p q", "p q"], "", 1.2, 0.75),                               # empty query
]
hidden += [random_case(8, 10, 6, 3, 1.2, 0.75), random_case(50, 40, 15, 5, 1.6, 0.5),
           random_case(300, 120, 25, 8, 0.9, 0.9)]
# Large case: 1,500 documents (about 22,000 tokens) and a 12-token query. Recomputing the
# document frequency by a scan of the corpus for every (document, query term) pair costs about
# 1,500 * 12 * 22,000 = 4e8 steps.
hidden.append(random_case(1500, 300, 30, 12, 1.2, 0.75))

lines = ["# Written by generate_tests.py beside this file (term-by-term BM25 with Lucene's idf).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for docs, query, k1, b in cases:
        lines += [f"  - args: [{json.dumps(docs)}, {json.dumps(query)}, {k1!r}, {b!r}]",
                  f"    expected: {json.dumps(bm25(docs, query, k1, b))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
