def entropy_bits(counts: list[int]) -> float:
    # Return the entropy, in bits, of the distribution with probabilities proportional to counts (0 log 0 = 0).
    pass
