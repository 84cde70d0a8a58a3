# Wrong on purpose: starts from a best of 0 and resets the running sum to 0, which silently allows an empty stretch; when every day is a loss it returns 0 instead of the least negative day.
def best_stretch(change: list[int]) -> int:
    best = current = 0
    for value in change:
        current = max(0, current + value)
        best = max(best, current)
    return best
