def longest_uniform_run(boards: str, k: int) -> int:
    counts = [0] * 26
    top = 0  # the largest count of one colour seen in any window so far
    left = 0
    for right, board in enumerate(boards):
        c = ord(board) - 65
        counts[c] += 1
        top = max(top, counts[c])
        # A window needs (length - top) repaints; slide it forward when that exceeds k.
        if right - left + 1 - top > k:
            counts[ord(boards[left]) - 65] -= 1
            left += 1
    return len(boards) - left
