# Wrong on purpose: merges only strictly overlapping stretches (start < last end), so touching stretches like [1, 4] and [4, 7] stay apart.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
