def cheapest_route(n: int, flights: list[list[int]], origin: int, destination: int, max_layovers: int) -> int:
    # Return the cheapest price from origin to destination using at most max_layovers + 1 flights, or -1.
    pass
