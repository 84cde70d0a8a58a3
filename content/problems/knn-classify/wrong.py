# Wrong on purpose: breaks vote ties with Counter.most_common, which favours the label met first among the neighbours (the nearest one) instead of the smallest label.
from collections import Counter


def knn_classify(train: list[list[float]], labels: list[int], queries: list[list[float]], k: int) -> list[int]:
    result = []
    for q in queries:
        order = sorted(range(len(train)), key=lambda i: (sum((a - b) ** 2 for a, b in zip(train[i], q)), i))
        result.append(Counter(labels[i] for i in order[:k]).most_common(1)[0][0])
    return result
