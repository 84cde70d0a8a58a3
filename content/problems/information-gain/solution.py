import math
from collections import Counter, defaultdict


def entropy(counts) -> float:
    total = sum(counts)
    return -sum(c / total * math.log2(c / total) for c in counts if c)


def information_gain(feature: list[str], labels: list[str]) -> float:
    groups = defaultdict(Counter)
    for v, y in zip(feature, labels):
        groups[v][y] += 1
    n = len(labels)
    conditional = sum(sum(g.values()) / n * entropy(g.values()) for g in groups.values())
    return entropy(Counter(labels).values()) - conditional
