import heapq


def broadcast_delay(n: int, links: list[list[int]], source: int) -> int:
    out: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, t in links:
        out[u].append((v, t))

    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue  # a stale entry: u was already settled with a shorter time
        for v, t in out[u]:
            if d + t < dist[v]:
                dist[v] = d + t
                heapq.heappush(heap, (d + t, v))

    last = max(dist)
    return -1 if last == INF else last
