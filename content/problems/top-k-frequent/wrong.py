# Wrong on purpose: Counter.most_common breaks ties by first appearance in the log, not by the smaller id.
from collections import Counter


def top_k_frequent(plays: list[int], k: int) -> list[int]:
    return [song for song, _ in Counter(plays).most_common(k)]
