# Wrong on purpose: marks a server as done when it is first pushed instead of when it is popped, so a later, faster route to it is ignored.
import heapq


def broadcast_delay(n: int, links: list[list[int]], source: int) -> int:
    out = [[] for _ in range(n)]
    for u, v, t in links:
        out[u].append((v, t))
    dist = [None] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, t in out[u]:
            if dist[v] is None:
                dist[v] = d + t
                heapq.heappush(heap, (d + t, v))
    return -1 if None in dist else max(dist)
