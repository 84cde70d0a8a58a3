def min_capacity(crates: list[int], days: int) -> int:
    # Return the smallest barge capacity that moves all crates, in order, within days trips.
    pass
