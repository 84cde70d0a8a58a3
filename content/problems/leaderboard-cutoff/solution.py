import heapq


def cutoff_scores(k: int, initial: list[int], arrivals: list[int]) -> list[int]:
    top = list(initial)  # min-heap of the k largest scores; its root is the k-th largest
    heapq.heapify(top)
    while len(top) > k:
        heapq.heappop(top)
    result = []
    for score in arrivals:
        if len(top) < k:
            heapq.heappush(top, score)
        elif score > top[0]:
            heapq.heapreplace(top, score)
        result.append(top[0])
    return result
