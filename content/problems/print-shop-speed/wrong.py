# Wrong on purpose: uses floor division pages // speed for the hours of a job, so partly used hours are not counted and the speed comes out too slow.
def min_print_speed(jobs: list[int], hours: int) -> int:
    def hours_needed(speed):
        return sum(max(1, pages // speed) for pages in jobs)

    lo, hi = 1, max(jobs)
    while lo < hi:
        mid = (lo + hi) // 2
        if hours_needed(mid) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
