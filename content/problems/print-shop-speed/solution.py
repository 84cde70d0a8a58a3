def min_print_speed(jobs: list[int], hours: int) -> int:
    def hours_needed(speed: int) -> int:
        return sum((pages + speed - 1) // speed for pages in jobs)  # ceil(pages / speed)

    lo, hi = 1, max(jobs)  # at the largest job's size every job takes one hour, and n <= hours
    while lo < hi:
        mid = (lo + hi) // 2
        if hours_needed(mid) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
