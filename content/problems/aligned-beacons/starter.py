def max_aligned(beacons: list[list[int]]) -> int:
    # Return the largest number of beacons (duplicates count separately) on one straight line.
    pass
