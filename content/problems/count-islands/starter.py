def count_islands(grid: list[list[int]]) -> int:
    # Count the groups of 1s joined up, down, left or right.
    pass
