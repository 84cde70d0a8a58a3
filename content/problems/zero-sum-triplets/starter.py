def zero_sum_triplets(charges: list[int]) -> list[list[int]]:
    # Return every distinct triplet of values (from different vials) that sums to zero.
    pass
