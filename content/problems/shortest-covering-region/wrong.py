# Wrong on purpose: discards regions whose right end equals the position (uses <= instead of <), forgetting that regions include their end points.
import heapq


def shortest_cover(regions: list[list[int]], positions: list[int]) -> list[int]:
    regions = sorted(regions)
    answer = [-1] * len(positions)
    heap = []
    k = 0
    for idx in sorted(range(len(positions)), key=positions.__getitem__):
        p = positions[idx]
        while k < len(regions) and regions[k][0] <= p:
            l, r = regions[k]
            heapq.heappush(heap, (r - l + 1, r))
            k += 1
        while heap and heap[0][1] <= p:
            heapq.heappop(heap)
        if heap:
            answer[idx] = heap[0][0]
    return answer
