# Wrong on purpose: sorts and counts neighbours, but a repeated number resets the streak to 1 instead of being skipped.
def longest_streak(nums: list[int]) -> int:
    if not nums:
        return 0
    values = sorted(nums)
    best = run = 1
    for prev, cur in zip(values, values[1:]):
        run = run + 1 if cur == prev + 1 else 1
        best = max(best, run)
    return best
