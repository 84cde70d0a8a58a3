def postage_combinations(stamps: list[int], postage: int) -> list[list[int]]:
    # Return every multiset of stamp values (unlimited supply) that sums exactly to postage.
    pass
