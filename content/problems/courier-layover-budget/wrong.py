# Wrong on purpose: relaxes in place without copying last round's prices, so one round can chain several flights and routes with too many layovers slip through.
def cheapest_route(n: int, flights: list[list[int]], origin: int, destination: int, max_layovers: int) -> int:
    INF = float("inf")
    best = [INF] * n
    best[origin] = 0
    for _ in range(max_layovers + 1):
        for u, v, price in flights:
            if best[u] + price < best[v]:
                best[v] = best[u] + price
    return -1 if best[destination] == INF else best[destination]
