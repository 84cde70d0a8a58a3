# Wrong on purpose: tests "codes[lo] < codes[mid]" (strict), so when lo == mid the left part is taken as unsorted and a target at position hi is missed.
def search_rotated(codes: list[int], target: int) -> int:
    lo, hi = 0, len(codes) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if codes[mid] == target:
            return mid
        if codes[lo] < codes[mid]:
            if codes[lo] <= target < codes[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if codes[mid] < target <= codes[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
