# Wrong on purpose: never trims the initial scores down to k, so while the heap still holds more than k scores its root is not the k-th largest.
import heapq


def cutoff_scores(k: int, initial: list[int], arrivals: list[int]) -> list[int]:
    top = list(initial)
    heapq.heapify(top)
    result = []
    for score in arrivals:
        heapq.heappush(top, score)
        if len(top) > k:
            heapq.heappop(top)
        result.append(top[0])
    return result
