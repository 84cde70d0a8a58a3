import heapq


def nearest_drones(points: list[list[int]], k: int) -> list[int]:
    # Max-heap (by negated key) holding the k best (squared distance, index) pairs seen so far.
    heap: list[tuple[int, int]] = []
    for i, (x, y) in enumerate(points):
        item = (-(x * x + y * y), -i)
        if len(heap) < k:
            heapq.heappush(heap, item)
        elif item > heap[0]:  # strictly better than the worst kept drone
            heapq.heapreplace(heap, item)
    return [-i for _, i in sorted(heap, reverse=True)]
