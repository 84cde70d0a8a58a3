def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:  # overlaps or touches the last merged stretch
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
