def add_window(windows: list[list[int]], extra: list[int]) -> list[list[int]]:
    # Return the sorted, non-overlapping windows after fusing extra with every window it shares a minute with.
    pass
