def sample_kits(vials: list[int]) -> list[list[int]]:
    # Return every distinct multiset of vial codes (including the empty one) exactly once.
    pass
