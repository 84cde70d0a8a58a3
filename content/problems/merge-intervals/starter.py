def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    # Merge overlapping or touching closed intervals [start, end]; return them sorted by start.
    pass
