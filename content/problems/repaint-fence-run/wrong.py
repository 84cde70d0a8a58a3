# Wrong on purpose: off by one in the budget test: shrinks when repaints >= k, so a window that needs exactly k repaints is rejected.
def longest_uniform_run(boards: str, k: int) -> int:
    counts = {}
    best = 0
    left = 0
    for right, board in enumerate(boards):
        counts[board] = counts.get(board, 0) + 1
        while right - left + 1 - max(counts.values()) >= k and left < right:
            counts[boards[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
