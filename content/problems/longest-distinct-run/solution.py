def longest_distinct_run(s: str) -> int:
    last_seen = {}  # character -> the last index where it appeared
    start = 0  # the window s[start : end + 1] never holds a character twice
    best = 0
    for end, ch in enumerate(s):
        if last_seen.get(ch, -1) >= start:
            start = last_seen[ch] + 1  # move just past the earlier copy; start never moves back
        last_seen[ch] = end
        best = max(best, end - start + 1)
    return best
