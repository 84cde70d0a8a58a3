# Wrong on purpose: jumps the window start to just past any earlier copy, even one already outside the window, so start can move backwards (e.g. "abba" gives 3).
def longest_distinct_run(s: str) -> int:
    last_seen = {}
    start = 0
    best = 0
    for end, ch in enumerate(s):
        if ch in last_seen:
            start = last_seen[ch] + 1
        last_seen[ch] = end
        best = max(best, end - start + 1)
    return best
