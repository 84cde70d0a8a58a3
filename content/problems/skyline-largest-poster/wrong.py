# Wrong on purpose: uses the popped column's own index as the left edge (width i - top) instead of the column below it on the stack, so the rectangle never extends left past that column.
def largest_poster(heights: list[int]) -> int:
    best = 0
    rising = []
    for i, h in enumerate(heights + [0]):
        while rising and heights[rising[-1]] >= h:
            top = rising.pop()
            best = max(best, heights[top] * (i - top))
        rising.append(i)
    return best
