# Wrong on purpose: takes the highest wall strictly to each side (excluding the column itself) and never clamps at zero, so columns taller than both neighbours' maxima add negative water.
def trapped_water(heights: list[int]) -> int:
    n = len(heights)
    left = [0] * n
    right = [0] * n
    for i in range(1, n):
        left[i] = max(left[i - 1], heights[i - 1])
    for i in range(n - 2, -1, -1):
        right[i] = max(right[i + 1], heights[i + 1])
    return sum(min(left[i], right[i]) - heights[i] for i in range(n))
