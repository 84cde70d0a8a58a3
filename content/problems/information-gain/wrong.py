# Wrong on purpose: measures entropy in nats (natural logarithm) instead of bits.
import math
from collections import Counter, defaultdict


def information_gain(feature: list[str], labels: list[str]) -> float:
    def entropy(counts):
        total = sum(counts)
        return -sum(c / total * math.log(c / total) for c in counts)
    groups = defaultdict(Counter)
    for v, y in zip(feature, labels):
        groups[v][y] += 1
    n = len(labels)
    return entropy(Counter(labels).values()) - sum(sum(g.values()) / n * entropy(g.values()) for g in groups.values())
