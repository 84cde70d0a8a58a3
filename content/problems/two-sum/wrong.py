# Wrong on purpose: tries every pair with a double loop, O(n^2), which exceeds the time limit on the 20,000-price hidden test.
def two_sum(nums: list[int], target: int) -> list[int]:
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
