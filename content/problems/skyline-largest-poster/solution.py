def largest_poster(heights: list[int]) -> int:
    best = 0
    rising = []  # column indices with strictly increasing heights
    for i, h in enumerate(heights + [0]):  # a final 0 flushes the stack
        while rising and heights[rising[-1]] >= h:
            top = rising.pop()
            # Column top is the lowest on (left, i): left is the new stack top (or -1).
            left = rising[-1] if rising else -1
            best = max(best, heights[top] * (i - left - 1))
        rising.append(i)
    return best
