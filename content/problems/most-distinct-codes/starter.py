def max_xor_pair(codes: list[int]) -> int:
    # Return the largest codes[i] ^ codes[j] over all pairs i < j.
    pass
