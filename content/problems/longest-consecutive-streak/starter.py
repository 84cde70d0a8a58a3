def longest_streak(nums: list[int]) -> int:
    # Return the length of the longest run a, a+1, ..., a+L-1 contained in nums.
    pass
