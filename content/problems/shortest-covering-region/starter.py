def shortest_cover(regions: list[list[int]], positions: list[int]) -> list[int]:
    # For each position, return the length r - l + 1 of the shortest region [l, r] containing it, or -1.
    pass
