def search_rotated(codes: list[int], target: int) -> int:
    lo, hi = 0, len(codes) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if codes[mid] == target:
            return mid
        if codes[lo] <= codes[mid]:
            # codes[lo..mid] is sorted: keep it only if the target lies inside its range.
            if codes[lo] <= target < codes[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            # codes[mid..hi] is sorted.
            if codes[mid] < target <= codes[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
