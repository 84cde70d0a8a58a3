def min_capacity(crates: list[int], days: int) -> int:
    def trips_needed(capacity: int) -> int:
        trips, load = 1, 0
        for weight in crates:
            if load + weight > capacity:  # this crate waits for the next day
                trips += 1
                load = 0
            load += weight
        return trips

    lo, hi = max(crates), sum(crates)  # hi always works; lo is the least that can carry a crate
    while lo < hi:
        mid = (lo + hi) // 2
        if trips_needed(mid) <= days:
            hi = mid  # mid works: the answer is mid or smaller
        else:
            lo = mid + 1
    return lo
