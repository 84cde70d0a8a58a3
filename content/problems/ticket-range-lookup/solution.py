def find_range(stamps: list[int], target: int) -> list[int]:
    def first_at_least(value: int) -> int:
        lo, hi = 0, len(stamps)  # the answer lies in [lo, hi]; hi = n means "none"
        while lo < hi:
            mid = (lo + hi) // 2
            if stamps[mid] < value:
                lo = mid + 1
            else:
                hi = mid
        return lo

    first = first_at_least(target)
    if first == len(stamps) or stamps[first] != target:
        return [-1, -1]
    return [first, first_at_least(target + 1) - 1]
