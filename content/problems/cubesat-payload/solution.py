def best_payload(mass: list[int], science: list[int], capacity: int) -> int:
    # best[c]: largest science with total mass at most c, using the instruments seen so far.
    best = [0] * (capacity + 1)
    for w, v in zip(mass, science):
        if w > capacity:
            continue
        # Descending c, so best[c - w] still excludes the current instrument (each is used once).
        for c in range(capacity, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return best[capacity]
