# Wrong on purpose: lets every tree vote, including trees that saw the point in their bootstrap sample (an in-bag, optimistic estimate).
from collections import Counter


def oob_vote(draws: list[list[int]], predictions: list[list[int]]) -> list[int]:
    n = len(predictions[0])
    result = []
    for i in range(n):
        counter = Counter(p[i] for p in predictions)
        top = max(counter.values())
        result.append(min(label for label, c in counter.items() if c == top))
    return result
