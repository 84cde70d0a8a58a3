import math
from collections import Counter


def _pairs(sentence: str):
    tokens = ["<s>"] + sentence.split() + ["</s>"]
    return zip(tokens, tokens[1:])


def bigram_perplexity(train: list[str], test: list[str], k: float) -> float:
    pair_counts = Counter(p for s in train for p in _pairs(s))
    history = Counter()
    for (v, _), c in pair_counts.items():
        history[v] += c
    vocab_size = len({w for _, w in pair_counts})
    log_sum, n = 0.0, 0
    for s in test:
        for v, w in _pairs(s):
            log_sum += math.log((pair_counts[(v, w)] + k) / (history[v] + k * vocab_size))
            n += 1
    return math.exp(-log_sum / n)
