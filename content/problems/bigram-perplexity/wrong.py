# Wrong on purpose: V counts only the word types and forgets the end-of-sentence token </s>, which is also predicted.
import math
from collections import Counter


def bigram_perplexity(train: list[str], test: list[str], k: float) -> float:
    pairs, history, words = Counter(), Counter(), set()
    for s in train:
        toks = ["<s>"] + s.split() + ["</s>"]
        words.update(s.split())
        for v, w in zip(toks, toks[1:]):
            pairs[(v, w)] += 1
            history[v] += 1
    V = len(words)
    log_sum, n = 0.0, 0
    for s in test:
        toks = ["<s>"] + s.split() + ["</s>"]
        for v, w in zip(toks, toks[1:]):
            log_sum += math.log((pairs[(v, w)] + k) / (history[v] + k * V))
            n += 1
    return math.exp(-log_sum / n)
