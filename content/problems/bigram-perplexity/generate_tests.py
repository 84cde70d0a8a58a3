"""Writes tests.yaml for bigram-perplexity: hand-made corpora plus seeded random ones.

Expected values: count bigrams and histories in dictionaries, then sum log-probabilities with
math.log and exponentiate; the log-sum is accumulated with math.fsum for accuracy.
"""
import json
import math
import random
from pathlib import Path

rnd = random.Random(99)


def padded(sentence):
    return ["<s>"] + sentence.split() + ["</s>"]


def perplexity(train, test, k):
    pair, hist, types = {}, {}, set()
    for s in train:
        toks = padded(s)
        for v, w in zip(toks, toks[1:]):
            pair[(v, w)] = pair.get((v, w), 0) + 1
            hist[v] = hist.get(v, 0) + 1
            types.add(w)
    V = len(types)
    logs = []
    for s in test:
        toks = padded(s)
        for v, w in zip(toks, toks[1:]):
            logs.append(math.log((pair.get((v, w), 0) + k) / (hist.get(v, 0) + k * V)))
    return math.exp(-math.fsum(logs) / len(logs))


def markov_corpus(n_sent, vocab, max_len, stickiness):
    # Sentences from a random first-order chain, so bigram statistics are informative.
    nxt = {w: rnd.sample(vocab, max(1, len(vocab) // 4)) for w in vocab}
    out = []
    for _ in range(n_sent):
        w = rnd.choice(vocab)
        words = [w]
        for _ in range(rnd.randint(0, max_len - 1)):
            w = rnd.choice(nxt[w]) if rnd.random() < stickiness else rnd.choice(vocab)
            words.append(w)
        out.append(" ".join(words))
    return out


def random_case(n_train, n_test, vocab_size, max_len, k):
    vocab = ["t%d" % i for i in range(vocab_size)]
    corpus = markov_corpus(n_train + n_test, vocab, max_len, 0.8)
    train, test = corpus[:n_train], corpus[n_train:]
    seen = {w for s in train for w in s.split()}
    test = [" ".join(w for w in s.split() if w in seen) for s in test]  # test words are in the vocabulary
    return train, test, k


visible = [
    (["the cat sat", "the cat ran", "a dog sat"], ["a cat sat"], 1.0),
    (["the cat sat", "the cat ran", "a dog sat"], ["a cat sat"], 0.5),
    (["a b", "b a b"], ["a b", "b"], 0.1),
]
hidden = [
    (["x"], ["x"], 1.0),                                 # smallest model
    (["x"], [""], 1.0),                                  # empty test sentence: only </s> is predicted
    (["", "a"], ["", "a", "a a"], 1.0),                  # empty training sentence
    (["a b c d"], ["a b c d"], 0.001),                   # tiny k: nearly the MLE
    (["a b c d"], ["d c b a"], 0.001),                   # tiny k, every bigram unseen: huge perplexity
    (["same same same"], ["same same"], 2.5),            # k above 1
]
hidden += [random_case(20, 5, 8, 6, 1.0), random_case(200, 40, 30, 12, 0.1),
           random_case(600, 100, 60, 15, 0.01)]
# Large case: about 13,000 training and 13,000 test tokens. Recounting c(v, w) and c(v) by a scan
# of the training text for every test token costs about 2e8 steps.
vocab = [chr(97 + i) for i in range(26)] + [chr(97 + i) + chr(97 + j) for i in range(6) for j in range(6)]
big = markov_corpus(4000, vocab, 10, 0.85)
train, test = big[:2000], big[2000:]
seen = {w for s in train for w in s.split()}
test = [" ".join(w for w in s.split() if w in seen) for s in test]
hidden.append((train, test, 0.05))

lines = ["# Written by generate_tests.py beside this file (dictionary counts, math.fsum of logs).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for train, test, k in cases:
        lines += [f"  - args: [{json.dumps(train)}, {json.dumps(test)}, {k!r}]",
                  f"    expected: {perplexity(train, test, k)!r}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
