def best_stretch(change: list[int]) -> int:
    # Return the largest sum of a non-empty run of consecutive days.
    pass
