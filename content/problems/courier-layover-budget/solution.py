def cheapest_route(n: int, flights: list[list[int]], origin: int, destination: int, max_layovers: int) -> int:
    INF = float("inf")
    best = [INF] * n  # best[v]: cheapest price to reach v using at most r flights after round r
    best[origin] = 0
    for _ in range(max_layovers + 1):
        previous = best[:]  # relax only from last round's prices: one more flight per round
        for u, v, price in flights:
            if previous[u] + price < best[v]:
                best[v] = previous[u] + price
    return -1 if best[destination] == INF else best[destination]
