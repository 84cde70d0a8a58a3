# Wrong on purpose: sweeps the capacity upwards, so best[c - w] may already contain the same instrument and an instrument gets packed several times (the unbounded knapsack).
def best_payload(mass: list[int], science: list[int], capacity: int) -> int:
    best = [0] * (capacity + 1)
    for w, v in zip(mass, science):
        for c in range(w, capacity + 1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return best[capacity]
