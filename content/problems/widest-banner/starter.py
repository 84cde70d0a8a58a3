def max_banner_area(heights: list[int]) -> int:
    # Return the largest (j - i) * min(heights[i], heights[j]) over pairs i < j.
    pass
