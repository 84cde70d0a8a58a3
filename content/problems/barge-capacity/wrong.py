# Wrong on purpose: starts the search at 1 instead of the heaviest crate, so a capacity below one crate's weight "fits" (the greedy puts the oversize crate alone on a day) and the answer can be too small.
def min_capacity(crates: list[int], days: int) -> int:
    def trips_needed(capacity):
        trips, load = 1, 0
        for weight in crates:
            if load + weight > capacity:
                trips += 1
                load = 0
            load += weight
        return trips

    lo, hi = 1, sum(crates)
    while lo < hi:
        mid = (lo + hi) // 2
        if trips_needed(mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
