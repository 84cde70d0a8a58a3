import heapq


def running_medians(latencies: list[int]) -> list[float]:
    low: list[int] = []   # max-heap (negated) holding the smaller half; may hold one extra
    high: list[int] = []  # min-heap holding the larger half
    medians = []
    for x in latencies:
        if low and x > -low[0]:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        # Rebalance so that len(low) == len(high) or len(low) == len(high) + 1.
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            medians.append(float(-low[0]))
        else:
            medians.append((-low[0] + high[0]) / 2)
    return medians
