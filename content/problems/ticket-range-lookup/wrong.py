# Wrong on purpose: the search for the last position stops at the first match it meets, so with repeated minutes it returns some middle copy instead of the last.
def find_range(stamps: list[int], target: int) -> list[int]:
    lo, hi = 0, len(stamps) - 1
    first = -1
    while lo <= hi:
        mid = (lo + hi) // 2
        if stamps[mid] < target:
            lo = mid + 1
        else:
            if stamps[mid] == target:
                first = mid
            hi = mid - 1
    if first == -1:
        return [-1, -1]
    lo, hi = first, len(stamps) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if stamps[mid] == target:
            return [first, mid]
        if stamps[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return [first, first]
