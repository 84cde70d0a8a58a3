def longest_streak(nums: list[int]) -> int:
    owned = set(nums)
    best = 0
    for x in owned:
        if x - 1 not in owned:  # x starts a streak: walk up from here only
            y = x
            while y + 1 in owned:
                y += 1
            best = max(best, y - x + 1)
    return best
