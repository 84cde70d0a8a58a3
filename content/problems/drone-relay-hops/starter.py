def fewest_hops(reach: list[int]) -> int:
    # Return the fewest hops from pad 0 to pad n-1, or -1 if it cannot be reached.
    pass
