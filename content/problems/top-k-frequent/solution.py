import heapq
from collections import Counter


def top_k_frequent(plays: list[int], k: int) -> list[int]:
    counts = Counter(plays)
    # Rank by (more airings, smaller id): the key (-count, id) sorts exactly that way.
    return heapq.nsmallest(k, counts, key=lambda song: (-counts[song], song))
