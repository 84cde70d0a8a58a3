def max_banner_area(heights: list[int]) -> int:
    lo, hi = 0, len(heights) - 1
    best = 0
    while lo < hi:
        if heights[lo] <= heights[hi]:
            # The shorter pole lo cannot do better with any pole closer than hi.
            best = max(best, (hi - lo) * heights[lo])
            lo += 1
        else:
            best = max(best, (hi - lo) * heights[hi])
            hi -= 1
    return best
